import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { OpenCount } from "@/app/(app)/_components/sidebar/nav-link";
import { COUNT_CAP } from "@/lib/limits";

const shown = (count: number) => renderToStaticMarkup(createElement(OpenCount, { count }));
const text = (count: number) => shown(count).replace(/<[^>]+>/g, "");

describe("the sidebar's open-task count", () => {
  it("shows a count below the cap as it is, and says it to a screen reader", () => {
    expect(text(3)).toBe("3, 3 open tasks");
    expect(text(1)).toBe("1, 1 open task");
    expect(text(COUNT_CAP - 1)).toBe("99, 99 open tasks");
    expect(shown(0)).toBe("");
  });

  it("shows a count that stopped at its cap as 99+, 'more than 99 open tasks' to a screen reader", () => {
    expect(text(COUNT_CAP)).toBe("99+, more than 99 open tasks");
    expect(shown(COUNT_CAP)).toContain('<span aria-hidden="true">99+</span>');
  });
});
