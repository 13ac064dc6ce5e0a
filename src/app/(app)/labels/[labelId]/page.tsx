import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { cache } from "react";
import { labelId as labelIdSchema } from "@/lib/schemas/label";
import { api } from "@/trpc/server";
import { ViewPage } from "../../_components/view-page";

/** The label in the URL, read once per request (for the title and the page), or a 404. */
const findLabel = cache(async (labelId: string) => {
  await connection();
  if (!labelIdSchema.safeParse(labelId).success) notFound();
  const label = (await api.label.list()).find((each) => each.id === labelId);
  if (!label) notFound();
  return label;
});

export async function generateMetadata({ params }: PageProps<"/labels/[labelId]">): Promise<Metadata> {
  return { title: `@${(await findLabel((await params).labelId)).name}` };
}

export default async function LabelPage({ params }: PageProps<"/labels/[labelId]">) {
  const label = await findLabel((await params).labelId);
  return (
    <ViewPage
      key={label.id}
      heading={`@${label.name}`}
      view={{ kind: "label", labelId: label.id }}
      newTask={{ labelIds: [label.id] }}
      empty="No open tasks with this label."
    />
  );
}
