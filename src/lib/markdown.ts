// The small part of Markdown the assistant's answers use, as data (never HTML): paragraphs, headings,
// bulleted and numbered lists, **bold**, *italic* and `code`. Anything else stays as the text it is.

export type Inline =
  | { type: "text"; text: string }
  | { type: "strong"; text: string }
  | { type: "em"; text: string }
  | { type: "code"; text: string };

export type Block =
  | { type: "paragraph"; content: Inline[] }
  | { type: "heading"; content: Inline[] }
  | { type: "list"; ordered: boolean; start: number; items: Inline[][] };

const BULLET = /^\s{0,3}[-*+]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,9})[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
// **bold** (or __bold__), `code`, *italic* whose stars touch the words they wrap.
const INLINE = /\*\*([^*\n]+?)\*\*|__([^_\n]+?)__|`([^`\n]+)`|\*([^*\s](?:[^*\n]*[^*\s])?)\*/g;

/** The spans of one run of text; what is not marked up (HTML included) is plain text. */
export function parseInline(text: string): Inline[] {
  const spans: Inline[] = [];
  let from = 0;
  for (const match of text.matchAll(INLINE)) {
    if (match.index > from) spans.push({ type: "text", text: text.slice(from, match.index) });
    const [, bold, underscored, code, em] = match;
    if (bold !== undefined || underscored !== undefined)
      spans.push({ type: "strong", text: bold ?? underscored ?? "" });
    else if (code !== undefined) spans.push({ type: "code", text: code });
    else spans.push({ type: "em", text: em ?? "" });
    from = match.index + match[0].length;
  }
  if (from < text.length) spans.push({ type: "text", text: text.slice(from) });
  return spans;
}

/**
 * The blocks of an answer. A blank line ends a paragraph; consecutive lines of one paragraph keep their
 * line breaks; a list runs while its items follow one another (an indented line continues an item).
 */
export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length > 0) blocks.push({ type: "paragraph", content: parseInline(paragraph.join("\n")) });
    paragraph = [];
  };
  const flushList = () => {
    if (list)
      blocks.push({ type: "list", ordered: list.ordered, start: list.start, items: list.items.map(parseInline) });
    list = null;
  };

  for (const line of source.replace(/\r\n?/g, "\n").split("\n")) {
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      flushParagraph();
      const ordered = numbered !== null;
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, start: numbered ? Number(numbered[1]) : 1, items: [] };
      list.items.push((bullet ? bullet[1] : numbered?.[2]) ?? "");
      continue;
    }
    if (line.trim() === "") {
      flushParagraph();
      flushList();
      continue;
    }
    if (list && /^\s+\S/.test(line)) {
      list.items[list.items.length - 1] += ` ${line.trim()}`;
      continue;
    }
    flushList();
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      blocks.push({ type: "heading", content: parseInline(heading[1] ?? "") });
      continue;
    }
    paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return blocks;
}
