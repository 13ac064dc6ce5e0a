import type { HttpSession } from "~tests/http/client";

/** One request as the fuzz suite sends it: the text of a tRPC call's body or `?input=`, by method. */
export interface FuzzRequest {
  label: string;
  method: "GET" | "POST";
  /** Procedure path(s) after /api/trpc/, comma-separated in a batch. */
  path: string;
  batch: boolean;
  /** The body (POST) or the `input` parameter (GET); undefined sends none. */
  text: string | undefined;
}

export interface Answer {
  status: number;
  /** The server's own measure (Server-Timing `total`), not the time the client waited. */
  serverMs: number | null;
  body: string;
}

/** Node refuses a request line and headers over 16 kB itself (431), before the app sees them. */
export const MAX_URL_LENGTH = 8_000;

export function urlOf(request: FuzzRequest): string {
  const parameters = new URLSearchParams();
  if (request.batch) parameters.set("batch", "1");
  if (request.method === "GET" && request.text !== undefined) parameters.set("input", request.text);
  const query = parameters.toString();
  return `/api/trpc/${request.path}${query ? `?${query}` : ""}`;
}

export function serverMsOf(response: Response): number | null {
  const total = /(?:^|,)\s*total;dur=([\d.]+)/.exec(response.headers.get("server-timing") ?? "");
  return total?.[1] === undefined ? null : Number(total[1]);
}

export async function send(session: HttpSession, request: FuzzRequest): Promise<Answer> {
  const url = urlOf(request);
  const response =
    request.method === "GET"
      ? await session.request(url)
      : await session.request(url, {
          method: "POST",
          headers: { "content-type": "application/json", origin: session.origin },
          body: request.text,
        });
  return { status: response.status, serverMs: serverMsOf(response), body: await response.text() };
}

/** How a request and its input read in a failure: what was sent (cut when long) and its size. */
export function describe(request: FuzzRequest): string {
  const text = request.text ?? "";
  const shown = text.length > 600 ? `${text.slice(0, 600)}… (${text.length.toLocaleString("en")} characters)` : text;
  return `${request.label}: ${request.method} /api/trpc/${request.path}${request.batch ? "?batch=1" : ""} ${request.method === "GET" ? "input" : "body"}: ${shown}`;
}
