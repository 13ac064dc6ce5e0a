import type { Metadata } from "next";
import { ViewPage } from "../_components/view-page";

export const metadata: Metadata = { title: "Assigned to me" };

export default function AssignedPage() {
  return (
    <ViewPage
      heading="Assigned to me"
      view={{ kind: "assigned" }}
      empty="Nothing is assigned to you. Tasks someone gives you in a shared project show here."
    />
  );
}
