import type { toast as sonnerToast } from "sonner";
import { describe, expect, it, vi } from "vitest";
import { subscribeToToaster, toast, toasterMounted, toasterWanted } from "./toast";

// Sonner's Toaster itself is the browser's; here only its module's arrival matters.
vi.mock("./toaster", () => ({ Toaster: () => null }));

/** Sonner's toast as the Toaster hands it over, recording what it is asked to show. */
function fakeSonner() {
  const shown: string[] = [];
  const record = (kind: string) => (message: unknown) => {
    shown.push(`${kind}:${String(message)}`);
    return shown.length;
  };
  const fake = Object.assign(record("plain"), {
    success: record("success"),
    error: record("error"),
    warning: record("warning"),
  });
  return { shown, sonner: fake as unknown as typeof sonnerToast };
}

describe("toasts before and after sonner has loaded", () => {
  it("asks for the Toaster at the first toast, then shows the waiting toasts in order once it listens", async () => {
    const wanted = vi.fn();
    const stop = subscribeToToaster(wanted);
    const asked = new Promise((resolve) => subscribeToToaster(() => resolve(undefined)));
    expect(toasterWanted()).toBe(false);

    toast.success("Completed “Milk”", { action: { label: "Undo", onClick: () => {} } });
    toast.error("Couldn't save.");
    // Once the Toaster's code has arrived.
    await asked;
    expect(toasterWanted()).toBe(true);
    expect(wanted).toHaveBeenCalledTimes(1);

    const { shown, sonner } = fakeSonner();
    toasterMounted(sonner);
    // A turn later: the Toaster's live region is on the page before the first words reach it.
    expect(shown).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(shown).toEqual(["success:Completed “Milk”", "error:Couldn't save."]);

    toast.warning("Changed elsewhere.");
    toast("Moved “Milk”");
    expect(shown.slice(2)).toEqual(["warning:Changed elsewhere.", "plain:Moved “Milk”"]);
    stop();
  });
});
