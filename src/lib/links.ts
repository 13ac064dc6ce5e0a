// Web addresses in a task's title or description, shown as links beside them (a title is a button that
// renames the task, so a link cannot sit inside it). Only http(s): never javascript:, data: or the like.

const ADDRESS = /\bhttps?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence or closes a bracket around an address, not part of it. */
const TRAILING = /[.,;:!?)\]}]+$/;

export interface FoundLink {
  href: string;
  /** What to show: the host and path, without the scheme or a trailing slash. */
  text: string;
}

/** The distinct addresses in `texts`, in order, at most `limit`. */
export function findLinks(texts: readonly string[], limit = 3): FoundLink[] {
  const found: FoundLink[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(ADDRESS)) {
      const candidate = match[0].replace(TRAILING, "");
      const url = URL.canParse(candidate) ? new URL(candidate) : null;
      if (!url || found.some((link) => link.href === url.href)) continue;
      found.push({ href: url.href, text: `${url.host}${url.pathname === "/" ? "" : url.pathname}` });
      if (found.length === limit) return found;
    }
  }
  return found;
}
