import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { MarkdownText } from "./markdown-text";

const html = (text: string) => renderToStaticMarkup(createElement(MarkdownText, { text }));

describe("MarkdownText", () => {
  it("shows lists and emphasis as elements", () => {
    expect(html("Open:\n- **Call mum**\n- `Pay rent`\n\n1. *first*")).toBe(
      '<div class="flex flex-col gap-2 break-words"><p class="whitespace-pre-wrap">Open:</p>' +
        '<ul class="list-disc pl-6"><li><strong>Call mum</strong></li>' +
        '<li><code class="rounded bg-surface px-1 font-mono text-[0.9em]">Pay rent</code></li></ul>' +
        '<ol start="1" class="list-decimal pl-6"><li><em>first</em></li></ol></div>',
    );
  });

  it("never lets markup through: HTML in an answer, even inside bold or a list, is text", () => {
    const markup = html('<script>alert(1)</script>\n- **<img src=x onerror="alert(1)">**');
    expect(markup).not.toContain("<script");
    expect(markup).not.toContain("<img");
    expect(markup).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(markup).toContain("<strong>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</strong>");
  });
});
