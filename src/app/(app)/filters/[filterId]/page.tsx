import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { filterId as filterIdSchema } from "@/lib/schemas/filter";
import { api } from "@/trpc/server";
import { ViewPage } from "../../_components/view-page";
import { EditFilterButton } from "./_components/edit-filter-button";

/** The saved filter in the URL, read once per request (for the title and the page), or a 404. */
const findFilter = cache(async (filterId: string) => {
  await connection();
  if (!filterIdSchema.safeParse(filterId).success) notFound();
  const filter = (await api.filter.list()).find((each) => each.id === filterId);
  if (!filter) notFound();
  return filter;
});

export async function generateMetadata({ params }: PageProps<"/filters/[filterId]">): Promise<Metadata> {
  return { title: (await findFilter((await params).filterId)).name };
}

export default async function FilterPage({ params }: PageProps<"/filters/[filterId]">) {
  const filter = await findFilter((await params).filterId);
  return (
    <ViewPage
      // A new query is a new view: its list starts afresh.
      key={`${filter.id}:${filter.query}`}
      heading={filter.name}
      subheading={<code className="break-all font-mono">{filter.query}</code>}
      view={{ kind: "filter", query: filter.query }}
      empty="No open tasks match this filter."
      actions={<EditFilterButton filter={filter} />}
    />
  );
}
