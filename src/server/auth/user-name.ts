import "server-only";
import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware } from "better-auth/api";
import { userName } from "@/lib/schemas/auth";

/**
 * Better Auth's routes that take the user's name. Its own check is only "a string": without this, a
 * sign-up stored a 2 MB name. (A magic-link request's name would name an account it creates; ours
 * creates none, but the name is still stored with the link.)
 */
const TAKES_USER_NAME = new Set(["/sign-up/email", "/update-user", "/sign-in/magic-link"]);

/**
 * The name's limits from the shared schema, on the server, before the route runs (so a refused name
 * says nothing about whether the address has an account). The trimmed name is what gets stored.
 */
export const userNameLimits = () =>
  ({
    id: "user-name-limits",
    hooks: {
      before: [
        {
          matcher: (ctx) => TAKES_USER_NAME.has(ctx.path ?? ""),
          handler: createAuthMiddleware(async (ctx) => {
            const body: unknown = ctx.body;
            if (typeof body !== "object" || body === null || !("name" in body) || body.name === undefined) return;
            const checked = userName.safeParse(body.name);
            if (!checked.success) {
              throw new APIError("BAD_REQUEST", {
                code: "INVALID_NAME",
                message: checked.error.issues[0]?.message ?? "That name cannot be used.",
              });
            }
            return { context: { body: { ...body, name: checked.data } } };
          }),
        },
      ],
    },
  }) satisfies BetterAuthPlugin;
