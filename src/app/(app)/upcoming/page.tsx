import type { Metadata } from "next";
import { ViewPage } from "../_components/view-page";
import { UpcomingTaskView } from "./_components/upcoming-task-view";

export const metadata: Metadata = { title: "Upcoming" };

export default function UpcomingPage() {
  return (
    <ViewPage
      component={UpcomingTaskView}
      heading="Upcoming"
      view={{ kind: "upcoming" }}
      groupByDay
      empty="Nothing scheduled from today on."
    />
  );
}
