import { beforeAll, describe, expect, it } from "vitest";
import { HttpSession, uniqueEmail } from "~tests/http/client";
import { setupAppServer } from "~tests/setup/app-server";

// Issue 15, item 2: superjson trusted `meta`. A `values` that is a string recursed until the stack
// overflowed (160 ms and more for 48 bytes; a 900 kB one took over half a second), and the answer
// quoted the library ("Maximum call stack size exceeded", "Cannot destructure property 'json'…").

// A session straight from sign-up, whatever the production default for verification becomes.
const app = setupAppServer({ env: { EMAIL_VERIFICATION_REQUIRED: "false" } });
const MALFORMED = "Malformed request body.";
let browser: HttpSession;

beforeAll(async () => {
  browser = new HttpSession(app.url);
  const signedUp = await browser.signUp({
    name: "Envelope",
    email: uniqueEmail("envelope"),
    password: "correct horse battery staple",
  });
  expect(signedUp.status).toBe(200);
});

function postRaw(path: string, body: string) {
  return browser.request(`/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.url },
    body,
  });
}

interface TrpcError {
  error: { json: { message: string; data: { code: string } } };
}

async function expectMalformed(response: Response) {
  expect(response.status).toBe(400);
  const body = (await response.json()) as TrpcError | TrpcError[];
  for (const each of Array.isArray(body) ? body : [body]) {
    expect(each.error.json).toMatchObject({ message: MALFORMED, data: { code: "BAD_REQUEST" } });
  }
}

function nestedValues(depth: number): string {
  return `${'{"a":'.repeat(depth)}["undefined"]${"}".repeat(depth)}`;
}

describe("superjson envelopes", () => {
  it("answers the 48-byte body whose meta.values is a string with 400 and our message", async () => {
    const body = '{"json":{"name":"x"},"meta":{"values":"string"}}';
    expect(body).toHaveLength(48);
    await expectMalformed(await postRaw("project.create", body));
  });

  it("answers a 100 kB meta.values string, a 20,000-deep one and 5,000 annotations with 400 and our message", async () => {
    const huge = JSON.stringify({ json: { name: "x" }, meta: { values: "s".repeat(100 * 1024) } });
    await expectMalformed(await postRaw("project.create", huge));
    const deep = `{"json":{"name":"x"},"meta":{"values":${nestedValues(20_000)}}}`;
    await expectMalformed(await postRaw("project.create", deep));
    const many = Object.fromEntries(Array.from({ length: 5_000 }, (_, index) => [`k${index}`, ["undefined"]]));
    await expectMalformed(
      await postRaw("project.create", JSON.stringify({ json: { name: "x" }, meta: { values: many } })),
    );
  });

  it("refuses a 900 kB meta.values string by its size (413), before reading it", async () => {
    const huge = JSON.stringify({ json: { name: "x" }, meta: { values: "s".repeat(900 * 1024) } });
    const response = await postRaw("project.create", huge);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { message: "Request body is larger than 128 kB." } });
  });

  it("answers json nested 60,000 deep with 400 and our message", async () => {
    await expectMalformed(await postRaw("project.create", `{"json":${"[".repeat(60_000)}${"]".repeat(60_000)}}`));
  });

  it("answers an envelope that is null, in a batch, with our message and not the library's", async () => {
    await expectMalformed(
      await postRaw("project.create,project.create?batch=1", '{"0":null,"1":{"json":{"name":"x"}}}'),
    );
  });

  it("answers a bad envelope in a query's ?input= the same way", async () => {
    const input = encodeURIComponent('{"json":{},"meta":{"values":"string"}}');
    await expectMalformed(await browser.request(`/api/trpc/task.list?input=${input}`));
  });

  it("answers a body that is not JSON without quoting it back", async () => {
    const response = await postRaw("project.create", '{"json":{"name":"my secret project"');
    const text = await response.clone().text();
    expect(text).not.toContain("my secret project");
    await expectMalformed(response);
  });

  it("still reads what superjson writes: a date in meta.values", async () => {
    const created = await postRaw("task.create", JSON.stringify({ json: { title: "Envelope check" } }));
    expect(created.status).toBe(200);
    const task = ((await created.json()) as { result: { data: { json: { id: string; updatedAt: string } } } }).result
      .data.json;
    const updated = await postRaw(
      "task.update",
      JSON.stringify({
        json: { id: task.id, updatedAt: task.updatedAt, title: "Renamed" },
        meta: { values: { updatedAt: ["Date"] }, v: 1 },
      }),
    );
    expect(updated.status).toBe(200);
  });
});
