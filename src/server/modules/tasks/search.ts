import "server-only";
import { type SQL, sql } from "drizzle-orm";
import { searchMode } from "@/lib/task-search";
import { task } from "@/server/db/schema";

export interface SearchPlan {
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

/**
 * How many matches a search sorted by relevance ranks, at most: its newest ones (issue #20). Ranking every
 * match of a word most tasks contain took ~40 ms at 100 000 tasks and grew with them; the newest matches
 * come from an ordered index and the scan stops once it has this many, so a search costs about the same at
 * 100 000 tasks as at 100. A search with more matches lists these, best first (two pages of 50); narrowing
 * it (more words, #project, @label, another sort) reaches the rest. Other sorts page through every match.
 */
export const SEARCH_CANDIDATES = 100;

/**
 * The newest {@link SEARCH_CANDIDATES} tasks that `matching` (a view's whole condition, search included)
 * selects, as a condition on the view's `task`. The subquery reads `task` again: there `task` names its
 * own rows, so `matching` means what it means anywhere. Newest in `task_created_idx`'s order (its NULLS
 * LAST too, or the planner sorts every match rather than read the index): for a word most tasks contain
 * the scan stops after SEARCH_CANDIDATES rows; for a rare word the GIN index finds them. An array, not
 * `in (…)`: computed once, then read by primary key (`in` let the planner hash-join a scan of every task).
 */
export function rankedCandidates(matching: SQL | undefined): SQL {
  return sql`${task.id} = any(array(
    select ${task.id} from ${task} where ${matching ?? sql`true`}
    order by ${task.createdAt} desc nulls last, ${task.id} desc nulls last
    limit ${sql.raw(String(SEARCH_CANDIDATES))}))`;
}
