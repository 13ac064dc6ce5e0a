/** A tiny cookie-keeping HTTP client for the HTTP suite, as a browser would behave. */
export class HttpSession {
  private cookies = new Map<string, string>();

  constructor(private readonly baseUrl: string) {}

  get origin() {
    return this.baseUrl;
  }

  /** The same cookies against another server (the app restarted on a new port). */
  at(baseUrl: string): HttpSession {
    const moved = new HttpSession(baseUrl);
    moved.cookies = new Map(this.cookies);
    return moved;
  }

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0) headers.set("cookie", this.cookieHeader());
    const response = await fetch(`${this.baseUrl}${path}`, { ...init, headers, redirect: "manual" });
    for (const setCookie of response.headers.getSetCookie()) {
      const [pair = ""] = setCookie.split(";");
      const separator = pair.indexOf("=");
      const name = pair.slice(0, separator);
      const value = pair.slice(separator + 1);
      if (/max-age=0/i.test(setCookie) || value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return response;
  }

  /** A JSON POST from the app's own origin, as the browser sends it. */
  post(path: string, body: unknown, headers: Record<string, string> = {}) {
    return this.request(path, {
      method: "POST",
      headers: { "content-type": "application/json", origin: this.baseUrl, ...headers },
      body: JSON.stringify(body),
    });
  }

  signUp(user: { name: string; email: string; password: string }) {
    return this.post("/api/auth/sign-up/email", user);
  }

  signIn(credentials: { email: string; password: string }) {
    return this.post("/api/auth/sign-in/email", credentials);
  }

  /** Calls a tRPC query over GET, as httpBatchStreamLink does without batching. */
  query(path: string) {
    return this.request(`/api/trpc/${path}`);
  }

  hasCookies() {
    return this.cookies.size > 0;
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }
}

export function uniqueEmail(tag: string) {
  return `${tag}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}
