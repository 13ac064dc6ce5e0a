import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { labelId as labelIdSchema } from "@/lib/schemas/label";
import { api } from "@/trpc/server";
import { ViewPage } from "../../_components/view-page";

export const metadata: Metadata = { title: "Label" };

export default async function LabelPage({ params }: PageProps<"/labels/[labelId]">) {
  await connection();
  const { labelId } = await params;
  if (!labelIdSchema.safeParse(labelId).success) notFound();
  const label = (await api.label.list()).find((each) => each.id === labelId);
  if (!label) notFound();
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
