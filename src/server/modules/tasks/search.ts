import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { searchMode } from "@/lib/task-search";
import { task } from "@/server/db/schema";

interface SearchPlan {
  where: SQL;
  /** Higher is a better match; used by the `relevance` sort. */
  rank: SQL;
}

/**
 * Full-text search over the generated `search` column (GIN index), every word matched as a prefix, in
 * English stems or as written; tasks whose title has every word first, then by `ts_rank_cd`. When every
 * word is shorter than three characters, a case-insensitive substring match on title and description
 * instead, title matches first. The same SQL runs on PGlite and PostgreSQL, so both rank alike.
 */
export function searchPlan(text: string): SearchPlan | null {
  const mode = searchMode(text);
  if (mode === null) return null;
  // Only punctuation, or only very short words: matched as typed.
  if (mode.kind === "substring") return substringPlan(mode.text);
  const { words } = mode;

  // `weights` "A" limits a word to the title (the document's A-weighted part).
  const allWords = (weights: "" | "A") =>
    sql.join(
      words.map(
        (word) =>
          sql`(to_tsquery('english', ${`${word}:*${weights}`}) || to_tsquery('simple', ${`${word}:*${weights}`}))`,
      ),
      sql` && `,
    );
  const query = allWords("");
  return {
    where: sql`${task.search} @@ (${query})`,
    // Title matches first (1 + …), then ts_rank_cd scaled into [0, 1) (normalization 32), so a word
    // repeated in a description never outranks it in a title.
    rank: sql`round((case when ${task.search} @@ (${allWords("A")}) then 1 else 0 end + ts_rank_cd(${task.search}, ${query}, 32))::numeric, 6)`,
  };
}

function substringPlan(text: string): SearchPlan {
  const pattern = `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  const inTitle = sql`${task.title} ilike ${pattern}`;
  return {
    where: sql`(${inTitle} or ${task.description} ilike ${pattern})`,
    rank: sql`(case when ${inTitle} then 1 else 0.5 end)::numeric`,
  };
}
