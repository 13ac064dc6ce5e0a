// The README's code map names every folder of src/server and src/server/modules, and nothing that is gone.
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
