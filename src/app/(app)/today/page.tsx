import type { Metadata } from "next";
import { ViewPage } from "../_components/view-page";

export const metadata: Metadata = { title: "Today" };

export default function TodayPage() {
  return <ViewPage heading="Today" view={{ kind: "today" }} groupOverdue empty="Nothing due today. Enjoy your day." />;
}
