import type { Metadata } from "next";
import { ViewPage } from "./_components/view-page";

export const metadata: Metadata = { title: "Inbox" };

export default async function InboxPage({ searchParams }: PageProps<"/">) {
  const showCompleted = (await searchParams).completed === "1";
  return (
    <ViewPage
      heading="Inbox"
      view={{ kind: "inbox", showCompleted }}
      newTask={{}}
      reorderable
      showProject={false}
      empty="Nothing in your Inbox. Type a task above and press Enter."
    />
  );
}
