import { describe, expect, it } from "vitest";
import { FIRST_ROWS } from "@/app/(app)/_components/tasks/first-rows";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();

/** Occurrences of `text` in `html`. */
const count = (html: string, text: string) => html.split(text).length - 1;

describe("a task list page's HTML", () => {
  it("draws the first rows, carries each task's data once, and draws its icons from one sprite", async () => {
    const browser = new HttpSession(app.url);
    const signUp = await browser.signUp({
      name: "Page Weight",
      email: uniqueEmail("page"),
      password: "correct horse battery",
    });
    expect(signUp.status).toBe(200);
    const titles = Array.from(
      { length: FIRST_ROWS + 4 },
      (_, index) => `Weighed item ${String(index + 1).padStart(2, "0")}`,
    );
    for (const title of titles) {
      expect((await browser.post("/api/trpc/task.create", { json: { title } })).status).toBe(200);
    }

    const page = await browser.request("/");
    expect(page.status).toBe(200);
    const html = await page.text();

    // The server draws the first rows in order; the browser draws the rest once the page has hydrated.
    const drawn = [...html.matchAll(/<li [^>]*data-task-row[\s\S]*?<\/li>/g)].map((row) => row[0]);
    expect(drawn).toHaveLength(FIRST_ROWS);
    expect(drawn.map((row) => row.match(/>([^<>]+)<\/button>/)?.[1])).toEqual(titles.slice(0, FIRST_ROWS));
    // A task not drawn yet is in the page once: in the query cache handed to the browser (the layout's
    // boundary and the page's used to carry it both).
    for (const title of titles.slice(FIRST_ROWS)) expect(count(html, title)).toBe(1);
    // That cache is one JSON text in the flight payload (trpc/server.ts), not an object written value by
    // value, where each date's shared annotation came back as a reference path to the first.
    expect(html).not.toContain(":props:state:queries:");

    // The view is in the document's first paint, not a fallback that an inline script swaps for it later (a
    // loading.tsx streams one: its swap waits for React's reveal throttle and the scripts before it, which made
    // the add field's placeholder Lighthouse's LCP after hydration; issue #20 target 4). The heading and the
    // add field are inside <main> as it comes; the rows are in React's boundary that hydrates later
    // (HydrateLater, decision 48), over 12.8 kB, so React writes it whole after the shell, in this same
    // document, with the inline script that moves it into <main>'s placeholder for it.
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(main).toContain('id="tasks-heading"');
    expect(main).toContain('id="new-task-title"');
    expect(count(main, "data-task-row")).toBe(0);
    const boundary = main.match(/<!--\$\?--><template id="(B:[0-9a-f]+)"><\/template>/)?.[1];
    expect(boundary).toBeDefined();
    const segment = html.match(new RegExp(`\\$RC\\("${boundary}","(S:[0-9a-f]+)"\\)`))?.[1];
    expect(segment).toBeDefined();
    const written = html.slice(html.indexOf(`<div hidden id="${segment}">`), html.indexOf(`$RC("${boundary}"`));
    expect(count(written, "data-task-row")).toBe(FIRST_ROWS);
    // No fallback is drawn in its place meanwhile.
    expect(main).not.toContain("animate-pulse");

    // Every icon drawn is a symbol of the page's one sprite.
    expect(count(html, "<symbol ")).toBeGreaterThan(0);
    const used = new Set([...html.matchAll(/<use href="#(i-[a-z0-9-]+)"/g)].map((use) => use[1]));
    expect(used.size).toBeGreaterThan(0);
    for (const id of used) expect(count(html, `<symbol id="${id}"`), id).toBe(1);
  });

  it("draws a project's first rows across its sections, and every section's heading", async () => {
    const browser = new HttpSession(app.url);
    await browser.signUp({ name: "Sectioned", email: uniqueEmail("sections"), password: "correct horse battery" });
    const made = async (procedure: string, input: unknown) => {
      const response = await browser.post(`/api/trpc/${procedure}`, { json: input });
      expect(response.status).toBe(200);
      return ((await response.json()) as { result: { data: { json: { id: string } } } }).result.data.json.id;
    };
    const projectId = await made("project.create", { name: "Moving house" });
    const packing = await made("section.create", { projectId, name: "Packing" });
    await made("section.create", { projectId, name: "Unpacking" });
    // Half a window's rows in no section, then more than the rest of the window in the first section.
    const loose = Array.from({ length: FIRST_ROWS / 2 }, (_, index) => `Loose item ${index + 1}`);
    const packed = Array.from({ length: FIRST_ROWS }, (_, index) => `Packed item ${index + 1}`);
    for (const title of loose) await made("task.create", { title, projectId });
    for (const title of packed) await made("task.create", { title, projectId, sectionId: packing });

    const html = await (await browser.request(`/projects/${projectId}`)).text();
    const drawn = [...html.matchAll(/<li [^>]*data-task-row[\s\S]*?<\/li>/g)].map(
      (row) => row[0].match(/>([^<>]+)<\/button>/)?.[1],
    );
    expect(drawn).toEqual([...loose, ...packed].slice(0, FIRST_ROWS));
    // The rows not drawn yet are in the page once, in the query cache; both sections' headings are drawn.
    for (const title of packed.slice(FIRST_ROWS / 2)) expect(count(html, title)).toBe(1);
    expect(html).toContain(">Packing<");
    expect(html).toContain(">Unpacking<");
  });

  it("draws Completed's first rows under their days' headings", async () => {
    const browser = new HttpSession(app.url);
    await browser.signUp({ name: "Done Lots", email: uniqueEmail("completed"), password: "correct horse battery" });
    const titles = Array.from(
      { length: FIRST_ROWS + 4 },
      (_, index) => `Finished item ${String(index + 1).padStart(2, "0")}`,
    );
    for (const title of titles) {
      const created = await browser.post("/api/trpc/task.create", { json: { title } });
      const { id } = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
      expect((await browser.post("/api/trpc/task.setCompleted", { json: { id, completed: true } })).status).toBe(200);
    }

    const html = await (await browser.request("/completed")).text();
    const drawn = [...html.matchAll(/<li [^>]*data-completion[\s\S]*?<\/li>/g)].map(
      (row) => row[0].match(/>([^<>]+)<\/a>/)?.[1],
    );
    // Newest first: the last completed leads.
    expect(drawn).toEqual(titles.toReversed().slice(0, FIRST_ROWS));
    for (const title of titles.slice(0, 4)) expect(count(html, title)).toBe(1);
    expect(html).toContain(">Today</h2>");
  });
});
