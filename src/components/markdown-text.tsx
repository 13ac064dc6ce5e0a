import type { ReactNode } from "react";
import { type Inline, parseMarkdown } from "@/lib/markdown";

function spans(content: Inline[]): ReactNode[] {
  return content.map((span, index) => {
    // A span has no identity but its place in the text.
    const key = `${span.type}-${index}`;
    if (span.type === "strong") return <strong key={key}>{span.text}</strong>;
    if (span.type === "em") return <em key={key}>{span.text}</em>;
    if (span.type === "code") {
      return (
        <code key={key} className="rounded bg-surface px-1 font-mono text-[0.9em]">
          {span.text}
        </code>
      );
    }
    return span.text;
  });
}

/** Text in the app's Markdown subset (assistant answers, comments) with its lists and emphasis shown; React escapes every text. */
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="flex flex-col gap-2 break-words">
      {parseMarkdown(text).map((block, index) => {
        const key = `${block.type}-${index}`;
        if (block.type === "heading") {
          return (
            <p key={key} className="font-semibold">
              {spans(block.content)}
            </p>
          );
        }
        if (block.type === "paragraph") {
          return (
            <p key={key} className="whitespace-pre-wrap">
              {spans(block.content)}
            </p>
          );
        }
        const items = block.items.map((item, itemIndex) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: list items have no identity but their place.
          <li key={itemIndex}>{spans(item)}</li>
        ));
        return block.ordered ? (
          <ol key={key} start={block.start} className="list-decimal pl-6">
            {items}
          </ol>
        ) : (
          <ul key={key} className="list-disc pl-6">
            {items}
          </ul>
        );
      })}
    </div>
  );
}
