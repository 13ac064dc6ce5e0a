import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { setupAppServer } from "~tests/setup/app-server";
import { HttpSession, uniqueEmail } from "./client";

const app = setupAppServer();

interface TaskJson {
  id: string;
  title: string;
  completed: boolean;
  priority: number;
  updatedAt: Date;
}

/** tRPC over HTTP as the browser's link speaks it: superjson in, superjson out. */
function trpc(browser: HttpSession) {
  async function read<T>(response: Response): Promise<{ status: number; data: T; error: { code: string } | null }> {
    const body = (await response.json()) as {
      result?: { data: Parameters<typeof superjson.deserialize>[0] };
      error?: { json: { data: { code: string } } };
    };
    return {
      status: response.status,
      data: body.result ? superjson.deserialize<T>(body.result.data) : (undefined as T),
      error: body.error ? { code: body.error.json.data.code } : null,
    };
  }
  return {
    query: <T>(path: string, input: unknown) =>
      browser
        .request(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`)
        .then((response) => read<T>(response)),
    mutate: <T>(path: string, input: unknown) =>
      browser.post(`/api/trpc/${path}`, superjson.serialize(input)).then((response) => read<T>(response)),
  };
}

async function signedIn(name: string) {
  const browser = new HttpSession(app.url);
  const response = await browser.signUp({ name, email: uniqueEmail(name), password: "correct horse battery" });
  expect(response.status).toBe(200);
  return trpc(browser);
}

describe("tasks over HTTP with a session cookie", () => {
  it("creates, lists, updates, completes and deletes", async () => {
    const api = await signedIn("http-tasks");

    const created = await api.mutate<TaskJson>("task.create", { title: "Over the wire", priority: 2 });
    expect(created.status).toBe(200);
    expect(created.data).toMatchObject({ title: "Over the wire", priority: 2, completed: false });
    expect(created.data.updatedAt).toBeInstanceOf(Date);

    const listed = await api.query<{ items: TaskJson[] }>("task.list", {});
    expect(listed.data.items.map((task) => task.id)).toEqual([created.data.id]);

    const updated = await api.mutate<TaskJson>("task.update", {
      id: created.data.id,
      updatedAt: created.data.updatedAt,
      title: "Renamed over the wire",
    });
    expect(updated.data.title).toBe("Renamed over the wire");

    const stale = await api.mutate("task.update", {
      id: created.data.id,
      updatedAt: created.data.updatedAt,
      title: "x",
    });
    expect(stale).toMatchObject({ status: 409, error: { code: "CONFLICT" } });

    const completed = await api.mutate<TaskJson>("task.setCompleted", { id: created.data.id, completed: true });
    expect(completed.data.completed).toBe(true);

    expect((await api.mutate("task.delete", { id: created.data.id })).status).toBe(200);
    expect((await api.query<{ items: TaskJson[] }>("task.list", { status: "all" })).data.items).toEqual([]);
  });

  it("answers NOT_FOUND (404) for another user's task, and 401 without a session", async () => {
    const owner = await signedIn("owner");
    const stranger = await signedIn("stranger");
    const task = await owner.mutate<TaskJson>("task.create", { title: "Private" });

    expect(await stranger.query("task.byId", { id: task.data.id })).toMatchObject({
      status: 404,
      error: { code: "NOT_FOUND" },
    });
    const anonymous = trpc(new HttpSession(app.url));
    expect((await anonymous.query("task.list", {})).status).toBe(401);
  });

  it("answers 400 with field errors for invalid input", async () => {
    const api = await signedIn("invalid");
    const response = await api.mutate("task.create", { title: "" });
    expect(response).toMatchObject({ status: 400, error: { code: "BAD_REQUEST" } });
  });
});
