// The README's code map names every folder of src/server and src/server/modules, and nothing that is gone;
// every decision has the same shape, and the paths its Code: and Test: lines give exist.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

const sectionOf = (title: string) => {
  const start = readme.indexOf(`\n## ${title}\n`);
  const next = readme.indexOf("\n## ", start + 1);
  return start === -1 ? "" : readme.slice(start, next === -1 ? undefined : next);
};

const foldersIn = (folder: string) =>
  readdirSync(path.join(root, folder), { withFileTypes: true })
    // git keeps no empty folder: one left behind by a move is not part of the code.
    .filter((entry) => entry.isDirectory() && readdirSync(path.join(root, folder, entry.name)).length > 0)
    .map((entry) => `${folder}/${entry.name}`);

/** The map's lines: `<indent><name>  <what it holds>`, two spaces of indent per level under the folder above. */
const mapLines = (/```\n(src\/\n[\s\S]*?)```/.exec(sectionOf("Architecture"))?.[1] ?? "").split("\n").filter(Boolean);

interface MapEntry {
  line: string;
  path: string | null;
}

const mapEntries: MapEntry[] = (() => {
  const parents: string[] = [];
  return mapLines.map((line) => {
    const match = /^((?: {2})*)(\S+)(?: {2,}\S.*)?$/.exec(line);
    const depth = (match?.[1]?.length ?? 0) / 2;
    const name = match?.[2];
    if (!match || !name || depth > parents.length) return { line, path: null };
    parents.length = depth;
    const entryPath = [...parents, name].join("").replace(/\/$/, "");
    if (name.endsWith("/")) parents.push(name);
    return { line, path: entryPath };
  });
})();
const mapped = new Set(mapEntries.map((entry) => entry.path));

describe("README's code map", () => {
  it("is found, with src/server and src/server/modules in it", () => {
    expect(mapped.has("src/server")).toBe(true);
    expect(mapped.has("src/server/modules")).toBe(true);
  });

  it("has one entry per line, each under the folder above it", () => {
    expect(mapEntries.filter((entry) => entry.path === null).map((entry) => entry.line)).toEqual([]);
  });

  it.each([...foldersIn("src/server"), ...foldersIn("src/server/modules")])("names %s", (folder) => {
    expect(mapped.has(folder)).toBe(true);
  });

  it("names only folders and files that exist", () => {
    const missing = [...mapped].filter((entry) => entry !== null && !existsSync(path.join(root, entry)));
    expect(missing).toEqual([]);
  });
});

const FIELDS = ["Status", "Context", "Decision", "Consequences", "Code", "Test"] as const;

const decisions = sectionOf("Decisions")
  .split(/^(?=\d+\. \*\*)/m)
  .slice(1)
  .map((text) => {
    const heading = /^(\d+)\. \*\*(.+?)\*\*\n/.exec(text);
    const fields = [...text.matchAll(/^ {3,4}- (\w+): ([\s\S]*?)(?=^ {3,4}- \w+: |(?![\s\S]))/gm)].map(
      ([, name = "", body = ""]) => ({ name, body: body.trim() }),
    );
    return { number: Number(heading?.[1]), title: heading?.[2] ?? "", text, fields };
  });

const pathsOf = (body: string) => [...body.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? "");

describe("README's decisions", () => {
  it("are numbered 1, 2, 3… in order", () => {
    expect(decisions.length).toBeGreaterThanOrEqual(28);
    expect(decisions.map((decision) => decision.number)).toEqual(decisions.map((_, index) => index + 1));
  });

  it.each(decisions.map((decision) => [decision.number, decision] as const))(
    "decision %i has a title, then status, context, decision, consequences, Code: and Test:, none empty",
    (_, decision) => {
      expect(decision.title).not.toBe("");
      expect(decision.fields.map((field) => field.name)).toEqual([...FIELDS]);
      expect(decision.fields.filter((field) => field.body === "").map((field) => field.name)).toEqual([]);
    },
  );

  it.each(decisions.map((decision) => [decision.number, decision] as const))(
    "decision %i's Code: and Test: paths exist",
    (_, decision) => {
      const code = pathsOf(decision.fields.find((field) => field.name === "Code")?.body ?? "");
      const test = decision.fields.find((field) => field.name === "Test")?.body ?? "";
      expect(code.length).toBeGreaterThan(0);
      // A decision no test can hold (a measured size) says so: "none: <why>".
      if (!test.startsWith("none: ")) expect(pathsOf(test).length).toBeGreaterThan(0);
      const missing = [...code, ...pathsOf(test)].filter((file) => !existsSync(path.join(root, file)));
      expect(missing).toEqual([]);
    },
  );
});
