"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { auth } from "@/server/auth/auth";

/**
 * Signs out on the server (a server action): the page needs no auth client
 * code for it, and Next.js checks the action's origin.
 */
export async function signOut() {
  await auth.api.signOut({ headers: await headers() });
  redirect("/sign-in");
}
