import type { Metadata } from "next";
import { ViewPage } from "../_components/view-page";

export const metadata: Metadata = { title: "Upcoming" };

export default function UpcomingPage() {
  return (
    <ViewPage heading="Upcoming" view={{ kind: "upcoming" }} groupByDay empty="Nothing scheduled from today on." />
  );
}
