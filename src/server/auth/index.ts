import "server-only";

export { auth, type Session } from "./auth";
export { getSession, requireSession } from "./session";
