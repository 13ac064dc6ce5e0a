import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { layoutOf, type ViewLayouts } from "./view-layouts";

const UpcomingDays: NonNullable<ViewLayouts["UpcomingDays"]> = () => createElement("p", null, "days");

describe("layoutOf", () => {
  it("gives the shape the page handed over", () => {
    expect(layoutOf({ UpcomingDays }, "UpcomingDays")).toBe(UpcomingDays);
  });

  it("names the missing shape, rather than drawing a flat list in its place", () => {
    expect(() => layoutOf({}, "ProjectSections")).toThrow("TaskView's layouts.ProjectSections");
  });
});
