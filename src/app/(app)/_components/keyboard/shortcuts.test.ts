import { describe, expect, it } from "vitest";
import { isTypingTarget, type KeyPress, matchShortcut, type Pending } from "./shortcuts";

const press = (key: string, modifiers: Partial<Omit<KeyPress, "key">> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});

describe("matchShortcut", () => {
  it.each([
    ["q", "quickAdd"],
    ["j", "nextTask"],
    ["k", "previousTask"],
    ["x", "completeTask"],
    ["e", "openTask"],
    ["t", "scheduleTask"],
    ["Delete", "deleteTask"],
    ["Backspace", "deleteTask"],
    ["/", "search"],
  ] as const)("%s alone is %s", (key, command) => {
    expect(matchShortcut(press(key), null)).toEqual({ command, pending: null });
  });

  it("? is typed with Shift and still counts", () => {
    expect(matchShortcut(press("?", { shiftKey: true }), null).command).toBe("showShortcuts");
  });

  it.each([
    ["i", "goInbox"],
    ["t", "goToday"],
    ["u", "goUpcoming"],
  ] as const)("g then %s is %s", (key, command) => {
    const first = matchShortcut(press("g"), null);
    expect(first).toEqual({ command: null, pending: "g" });
    expect(matchShortcut(press(key), first.pending)).toEqual({ command, pending: null });
  });

  it("g then another key does nothing and ends the sequence", () => {
    expect(matchShortcut(press("x"), "g")).toEqual({ command: null, pending: null });
    expect(matchShortcut(press("g"), "g")).toEqual({ command: null, pending: null });
  });

  it.each([
    ["Ctrl", { ctrlKey: true }],
    ["Cmd", { metaKey: true }],
  ])("%s+K opens the palette, also while typing and in a sequence", (_name, modifier) => {
    expect(matchShortcut(press("k", modifier), null).command).toBe("openPalette");
    expect(matchShortcut(press("K", modifier), null, true).command).toBe("openPalette");
    expect(matchShortcut(press("k", modifier), "g" as Pending)).toEqual({ command: "openPalette", pending: null });
  });

  it.each([
    ["Ctrl+J", press("j", { ctrlKey: true })],
    ["Cmd+X", press("x", { metaKey: true })],
    ["Alt+Q", press("q", { altKey: true })],
    ["Shift+J", press("J", { shiftKey: true })],
    ["Ctrl+Shift+K", press("K", { ctrlKey: true, shiftKey: true })],
    ["Ctrl+Alt+K", press("k", { ctrlKey: true, altKey: true })],
    ["Shift+Delete", press("Delete", { shiftKey: true })],
    ["an unbound key", press("z")],
    ["Enter", press("Enter")],
  ])("%s is no shortcut", (_name, keys) => {
    expect(matchShortcut(keys, null)).toEqual({ command: null, pending: null });
  });

  it("keys typed into a field are text, not shortcuts", () => {
    for (const key of ["q", "j", "x", "/", "?", "g", "Backspace"]) {
      expect(matchShortcut(press(key), null, true).command).toBeNull();
    }
    expect(matchShortcut(press("t"), "g", true).command).toBeNull();
  });
});

describe("isTypingTarget", () => {
  it.each([
    ["a text input", { tagName: "INPUT", type: "text" }, true],
    ["a search input", { tagName: "input", type: "search" }, true],
    ["an input without a type", { tagName: "INPUT" }, true],
    ["a date input", { tagName: "INPUT", type: "date" }, true],
    ["a textarea", { tagName: "TEXTAREA" }, true],
    ["a select", { tagName: "SELECT" }, true],
    ["editable content", { tagName: "DIV", isContentEditable: true }, true],
    ["a checkbox", { tagName: "INPUT", type: "checkbox" }, false],
    ["a radio button", { tagName: "INPUT", type: "radio" }, false],
    ["a button", { tagName: "BUTTON" }, false],
    ["a list item", { tagName: "LI" }, false],
    ["nothing", null, false],
  ])("%s: %s", (_name, target, typing) => {
    expect(isTypingTarget(target)).toBe(typing);
  });
});
