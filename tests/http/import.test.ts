import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();

const CSV = [
  "TYPE,CONTENT,PRIORITY,INDENT,DATE",
  "section,Errands,,,",
  "task,Buy milk @shop,1,1,every monday",
  "task,Oat milk,,2,",
].join("\r\n");

async function signedUp() {
  const browser = new HttpSession(app.url);
  expect(
    (await browser.signUp({ name: "Importer", email: uniqueEmail("import"), password: "correct horse battery" }))
      .status,
  ).toBe(200);
  return browser;
}

function form(fields: Record<string, string | Blob>, fileName = "Errands.csv") {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof Blob) body.set(name, value, fileName);
    else body.set(name, value);
  }
  return body;
}

function upload(browser: HttpSession, body: FormData, headers: Record<string, string> = { origin: browser.origin }) {
  return browser.request("/api/import", { method: "POST", body, headers });
}

const csvFile = (text = CSV) => new Blob([text], { type: "text/csv" });

describe("POST /api/import over HTTP (next start)", () => {
  it("answers 401 without a session, and 403 to another origin or none (a form post is cross-site by default)", async () => {
    const anonymous = new HttpSession(app.url);
    expect((await upload(anonymous, form({ format: "todoist-csv", mode: "preview", file: csvFile() }))).status).toBe(
      401,
    );
    const browser = await signedUp();
    const fields = { format: "todoist-csv", mode: "import", file: csvFile() };
    expect((await upload(browser, form(fields), { origin: "https://evil.example" })).status).toBe(403);
    expect((await upload(browser, form(fields), {})).status).toBe(403);
    const nothing = await browser.query("task.list");
    expect(JSON.stringify(await nothing.json())).not.toContain("Buy milk");
  });

  it("previews, then imports, a Todoist CSV sent as multipart/form-data", async () => {
    const browser = await signedUp();
    const preview = await upload(browser, form({ format: "todoist-csv", mode: "preview", file: csvFile() }));
    expect(preview.status).toBe(200);
    const previewed = (await preview.json()) as { counts: unknown; problems: unknown[]; rows: { title: string }[] };
    expect(previewed.counts).toEqual({ projects: 1, sections: 1, tasks: 2, comments: 0, labels: 1 });
    expect(previewed.problems).toEqual([]);
    expect(previewed.rows.map((row) => row.title)).toEqual(["Buy milk", "Oat milk"]);

    const imported = await upload(
      browser,
      form({ format: "todoist-csv", mode: "import", file: csvFile(), projectId: "" }),
    );
    expect(imported.status).toBe(200);
    const answer = (await imported.json()) as { projects: { id: string; name: string }[] };
    expect(answer.projects).toEqual([{ id: expect.any(String), name: "Errands" }]);
  });

  it("refuses a malformed file with 400 naming the line, a wrong format or a missing file, and JSON bodies", async () => {
    const browser = await signedUp();
    const malformed = await upload(
      browser,
      form({ format: "todoist-csv", mode: "preview", file: csvFile('TYPE,CONTENT\ntask,"oops\n') }),
    );
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({
      error: { message: "Could not import Errands.csv: line 2: a quoted field is never closed." },
    });
    expect((await upload(browser, form({ format: "trello", mode: "preview", file: csvFile() }))).status).toBe(400);
    expect((await upload(browser, form({ format: "todoist-csv", mode: "preview" }))).status).toBe(400);
    expect((await browser.post("/api/import", { format: "todoist-csv" })).status).toBe(415);
  });

  it("reads a file of 10 MB whole: with the form around it, more than the proxy's default buffer", async () => {
    const browser = await signedUp();
    const description = "x".repeat(500);
    const lines = Array.from({ length: 19_900 }, (_, i) => `task,Task ${i},1,1,,${description}`);
    const body = ["TYPE,CONTENT,PRIORITY,INDENT,DATE,DESCRIPTION", ...lines, "task,The very last one,1,1,,"].join("\n");
    // Padded to exactly the limit with a description on the last row: the request body is then over 10 MB.
    const text = `${body}${"y".repeat(10 * 1024 * 1024 - body.length)}`;
    expect(text.length).toBe(10 * 1024 * 1024);
    const response = await upload(browser, form({ format: "todoist-csv", mode: "preview", file: csvFile(text) }));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { counts: { tasks: number }; problems: { message: string }[] };
    expect(answer.counts.tasks).toBe(19_901);
    // The last row arrived whole (a cut body would be malformed multipart, or lose the row's end): its
    // padded description is longer than a task's and is reported cut.
    expect(answer.problems).toEqual([{ line: 19_902, message: "line 19902: description cut to 10000 characters" }]);
  });

  it("refuses a file over 10 MB with 413 before reading it", async () => {
    const browser = await signedUp();
    const big = new Blob([new Uint8Array(10 * 1024 * 1024 + 100 * 1024)], { type: "text/csv" });
    const response = await upload(browser, form({ format: "todoist-csv", mode: "preview", file: big }));
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { message: "The file is larger than 10 MB." } });
  });
});
