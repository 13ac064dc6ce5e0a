import type { Metadata } from "next";
import { connection } from "next/server";
import { requireSession } from "@/server/auth/session";
import { api, HydrateClient } from "@/trpc/server";
import { Welcome } from "./_components/welcome";

export const metadata: Metadata = { title: "Home" };

export default async function HomePage() {
  await connection();
  await requireSession();
  // Seeds the client cache: <Welcome> renders from it without fetching again.
  void api.account.me.prefetch();
  return (
    <HydrateClient>
      <Welcome />
    </HydrateClient>
  );
}
