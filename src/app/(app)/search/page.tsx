import type { Metadata } from "next";
import { SEARCH_MAX } from "@/lib/schemas/task";
import { ViewPage } from "../_components/view-page";
import { SearchBox } from "./_components/search-box";

export const metadata: Metadata = { title: "Search" };

export default async function SearchPage({ searchParams }: PageProps<"/search">) {
  const raw = (await searchParams).q;
  const query = (typeof raw === "string" ? raw : "").trim().slice(0, SEARCH_MAX);
  return (
    <div className="flex flex-col gap-4">
      <SearchBox initial={query} />
      {query ? (
        <ViewPage
          key={query}
          heading={`Results for “${query}”`}
          view={{ kind: "search", query }}
          empty="No tasks match. Try fewer or shorter words."
        />
      ) : (
        <div className="flex flex-col gap-1">
          <h1 className="text-2xl font-semibold">Search</h1>
          <p className="text-muted">Type to search the titles and descriptions of all your tasks.</p>
        </div>
      )}
    </div>
  );
}
