import type { Metadata } from "next";
import { ViewPage } from "../_components/view-page";

export const metadata: Metadata = { title: "Completed" };

export default function CompletedPage() {
  return <ViewPage heading="Completed" view={{ kind: "completed" }} empty="No completed tasks yet." />;
}
