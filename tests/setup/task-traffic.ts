import superjson from "superjson";
import { HttpSession, uniqueEmail } from "../http/client";

// Write and read traffic for fault tests and the load script (no vitest here), and the check that every
// write the app acknowledged is in the database afterwards.

export type TrafficProcedure = "task.list" | "task.create" | "task.update";

/** One call as the client saw it: its HTTP status (0: no answer at all), when it started and how long it took. */
export interface TrafficCall {
  procedure: TrafficProcedure;
  status: number;
  startedAt: number;
  ms: number;
}

interface TaskAnswer {
  id: string;
  updatedAt: Date;
}

const VERSION = / v(\d+)$/;

/** Signs up a user for traffic; its session may be shared by several clients. */
export async function signUpTrafficUser(baseUrl: string, name: string): Promise<HttpSession> {
  const session = new HttpSession(baseUrl);
  const response = await session.signUp({
    name,
    email: uniqueEmail(name.toLowerCase().replace(/\W+/g, "-")),
    password: "traffic password 1",
  });
  if (response.status !== 200) throw new Error(`sign-up of ${name} answered ${response.status}`);
  return session;
}

/**
 * One connection's traffic on a user's session: it lists, creates tasks, and updates only the tasks it
 * created (so two clients never conflict). A task's title ends in its version (" v3"), so the database can
 * be checked against what was acknowledged.
 */
export class TaskTrafficClient {
  /** Every task whose create was acknowledged → the highest version an acknowledged write gave its title. */
  readonly acknowledged = new Map<string, number>();
  /** The tasks this client can update without a conflict: it knows their `updatedAt` (no failed write since). */
  private readonly updatable = new Map<string, { name: string; updatedAt: Date; version: number }>();
  private created = 0;

  constructor(
    private readonly session: HttpSession,
    private readonly label: string,
  ) {}

  list(): Promise<TrafficCall> {
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ limit: 20 })));
    return this.call("task.list", () => this.session.request(`/api/trpc/task.list?input=${input}`));
  }

  async create(): Promise<TrafficCall> {
    this.created += 1;
    const name = `${this.label} #${this.created}`;
    return this.call(
      "task.create",
      () => this.session.post("/api/trpc/task.create", superjson.serialize({ title: `${name} v1` })),
      (task) => {
        this.acknowledged.set(task.id, 1);
        this.updatable.set(task.id, { name, updatedAt: task.updatedAt, version: 1 });
      },
    );
  }

  /** Renames one of its tasks to the next version; creates one when it has none it can update. */
  async update(): Promise<TrafficCall> {
    const [id, known] = [...this.updatable][Math.floor(Math.random() * this.updatable.size)] ?? [];
    if (!id || !known) return this.create();
    // Until this answers, the task's state is unknown: a lost answer may still have been committed.
    this.updatable.delete(id);
    const version = known.version + 1;
    const title = `${known.name} v${version}`;
    return this.call(
      "task.update",
      () => this.session.post("/api/trpc/task.update", superjson.serialize({ id, updatedAt: known.updatedAt, title })),
      (task) => {
        this.acknowledged.set(id, version);
        this.updatable.set(id, { ...known, updatedAt: task.updatedAt, version });
      },
    );
  }

  private async call(
    procedure: TrafficProcedure,
    send: () => Promise<Response>,
    onAnswer?: (task: TaskAnswer) => void,
  ): Promise<TrafficCall> {
    const startedAt = performance.now();
    let status = 0;
    try {
      const response = await send();
      status = response.status;
      const body = (await response.json()) as { result?: { data: Parameters<typeof superjson.deserialize>[0] } };
      if (status === 200 && onAnswer && body.result) {
        onAnswer(superjson.deserialize<TaskAnswer>(body.result.data));
      }
    } catch {
      // No answer (or not JSON): recorded as status 0.
    }
    return { procedure, status, startedAt, ms: performance.now() - startedAt };
  }
}

/** Reads from the database the title of each of these tasks that exists (and is not in the trash). */
export type TaskTitleQuery = (ids: string[]) => Promise<{ id: string; title: string }[]>;

export const ACKNOWLEDGED_TASKS_SQL = "select id, title from task where id = any($1::uuid[]) and deleted_at is null";

/**
 * Compares the database with what the app acknowledged: `missing` tasks whose create was answered 200 but
 * are not there; `behind` tasks whose title is at an older version than an acknowledged update gave it.
 * (A later version is fine: an update whose answer was lost may still have committed.)
 */
export async function checkAcknowledgedWrites(
  clients: TaskTrafficClient[],
  titles: TaskTitleQuery,
): Promise<{ checked: number; missing: string[]; behind: string[] }> {
  const expected = new Map<string, number>();
  for (const client of clients) for (const [id, version] of client.acknowledged) expected.set(id, version);
  const found = new Map((await titles([...expected.keys()])).map((row) => [row.id, row.title]));
  const missing: string[] = [];
  const behind: string[] = [];
  for (const [id, version] of expected) {
    const title = found.get(id);
    if (title === undefined) missing.push(id);
    else if (Number(VERSION.exec(title)?.[1] ?? 0) < version)
      behind.push(`${id}: "${title}", acknowledged v${version}`);
  }
  return { checked: expected.size, missing, behind };
}
