/**
 * Who a comment mentions: `@Name` of a member, matched case-insensitively against the members' display
 * names, longest first (so "@Ann Lee" is Ann Lee, not Ann, and "@Anna" is not Ann). A mention starts the
 * text or follows something that is not a letter or digit ("mail@ann.example" mentions nobody) and ends
 * before one. A name two members share mentions neither: the comment cannot say which.
 */
export interface Mentionable {
  userId: string;
  name: string;
}

const wordChar = /[\p{L}\p{N}_]/u;

export function findMentions(body: string, members: readonly Mentionable[]): string[] {
  const byName = new Map<string, string | null>();
  for (const member of members) {
    const name = member.name.trim().toLowerCase();
    if (!name) continue;
    byName.set(name, byName.has(name) && byName.get(name) !== member.userId ? null : member.userId);
  }
  const names = [...byName.keys()].sort((a, b) => b.length - a.length);
  const text = body.toLowerCase();
  const found = new Set<string>();
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    if (at > 0 && wordChar.test(text.charAt(at - 1))) continue;
    const rest = text.slice(at + 1);
    const name = names.find((candidate) => rest.startsWith(candidate) && !wordChar.test(rest.charAt(candidate.length)));
    const userId = name === undefined ? undefined : byName.get(name);
    if (userId) found.add(userId);
  }
  return [...found];
}
