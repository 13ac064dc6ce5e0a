import type { Metadata } from "next";
import { SEARCH_MAX } from "@/lib/schemas/task";
import { mayHoldFilters, type ReadSearch, readSearch } from "@/lib/search-filters";
import { api } from "@/trpc/server";
import { ViewPage } from "../_components/view-page";
import { SearchBox } from "./_components/search-box";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const raw = (await searchParams).q;
  const query = (typeof raw === "string" ? raw : "").trim().slice(0, SEARCH_MAX);
  const read = await readFilterWords(query);
  return (
    <div className="flex flex-col gap-4">
      <SearchBox initial={query} />
      {query ? (
        <ViewPage
          key={query}
          heading={`Results for “${query}”`}
          view={{ kind: "search", query: read.text, filters: read.filters }}
          empty="No tasks match. Try fewer or shorter words."
        />
      ) : (
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">Search</h1>
          <p className="text-muted">
            Type to search the titles and descriptions of all your tasks. Narrow it with #Project, @label or p1–p4.
          </p>
        </div>
      )}
    </div>
  );
}

/** `#Project`, `@label` and `p1` words as filters; the projects and labels are read only when one may be there. */
async function readFilterWords(query: string): Promise<ReadSearch> {
  if (!mayHoldFilters(query)) return { text: query, filters: {} };
  const [projects, labels] = await Promise.all([api.project.list(), api.label.list()]);
  return readSearch(query, projects, labels);
}
