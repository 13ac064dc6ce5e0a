import type { Metadata } from "next";
import { ViewPage } from "../_components/view-page";

export const metadata: Metadata = { title: "Today" };

export default function TodayPage() {
  // A task added here is due today unless its line says another date; overdue ones are grouped apart.
  return (
    <ViewPage
      heading="Today"
      view={{ kind: "today" }}
      newTask={{}}
      groupOverdue
      empty="Nothing due today. Enjoy your day."
    />
  );
}
