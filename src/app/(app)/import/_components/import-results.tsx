import type { ReactNode } from "react";
import type { ImportAnswer } from "@/lib/import/answer";

const COUNT_WORDS: [keyof ImportAnswer["counts"], string][] = [
  ["projects", "New projects"],
  ["sections", "Sections"],
  ["tasks", "Tasks"],
  ["comments", "Comments"],
  ["labels", "New labels"],
];

/** What an import holds (or wrote): the counts, every problem with its line, and the first rows. */
export function ImportResults({
  title,
  answer,
  children,
}: {
  title: string;
  answer: ImportAnswer;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby="import-results-title" className="flex flex-col gap-4">
      <h2 id="import-results-title" className="text-lg font-semibold">
        {title}
      </h2>
      <dl className="grid max-w-md grid-cols-[auto_auto] gap-x-6 gap-y-1 text-sm">
        {COUNT_WORDS.map(([key, words]) => (
          <div key={key} className="contents">
            <dt className="text-muted">{words}</dt>
            <dd className="font-medium tabular-nums">{answer.counts[key].toLocaleString("en")}</dd>
          </div>
        ))}
      </dl>
      {answer.problems.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 id="import-problems-title" className="font-medium">
            {answer.problems.length === 1 ? "1 problem" : `${answer.problems.length.toLocaleString("en")} problems`}
          </h3>
          {/* A long list scrolls: focusable, so a keyboard can scroll it too. */}
          <ul
            aria-labelledby="import-problems-title"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
            tabIndex={0}
            className="flex max-h-80 list-disc flex-col gap-1 overflow-y-auto pl-5 text-sm"
          >
            {answer.problems.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: problems are a fixed list; two can share a line.
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p className="text-sm">No problems.</p>
      )}
      {answer.rows.length > 0 ? (
        <div className="flex flex-col gap-2">
          <h3 id="import-rows-title" className="font-medium">
            First rows
          </h3>
          {/* Scrolls sideways on a phone: a focusable region, so a keyboard can scroll it too. */}
          <section
            aria-labelledby="import-rows-title"
            // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard.
            tabIndex={0}
            className="max-w-full overflow-x-auto"
          >
            <table className="min-w-full text-left text-sm">
              <thead>
                <tr className="border-b border-border">
                  <th scope="col" className="px-2 py-1 font-medium">
                    Line
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    Task
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    Section
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    Due
                  </th>
                  <th scope="col" className="px-2 py-1 font-medium">
                    Labels
                  </th>
                </tr>
              </thead>
              <tbody>
                {answer.rows.map((row, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the rows are a fixed list in file order.
                  <tr key={index} className="border-b border-border align-top">
                    <td className="px-2 py-1 tabular-nums">{row.line || "—"}</td>
                    <td className="px-2 py-1">
                      {row.parent ? <span className="text-muted">↳ </span> : null}
                      {row.title}
                      {row.priority < 4 ? <span className="text-muted"> p{row.priority}</span> : null}
                      {row.parent ? <span className="sr-only"> (subtask of {row.parent})</span> : null}
                    </td>
                    <td className="px-2 py-1">{row.section ?? "—"}</td>
                    <td className="px-2 py-1 whitespace-nowrap">
                      {row.due ?? "—"}
                      {row.repeats ? " (repeats)" : ""}
                    </td>
                    <td className="px-2 py-1">
                      {row.labels.length > 0 ? row.labels.map((l) => `@${l}`).join(" ") : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </div>
      ) : null}
      {children}
    </section>
  );
}
