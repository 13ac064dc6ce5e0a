// Every variable src/env.ts validates has a row in the README's "Environment variables" table.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.join(import.meta.dirname, "../..");
const envSource = readFileSync(path.join(root, "src/env.ts"), "utf8");
const readme = readFileSync(path.join(root, "README.md"), "utf8");

const serverBlock = /server: \{([\s\S]*?)\n {2}\},/.exec(envSource)?.[1] ?? "";
const declared = [...serverBlock.matchAll(/^ {4}([A-Z][A-Z0-9_]*):/gm)].map((match) => match[1] ?? "");
const section = /^## Environment variables$([\s\S]*?)^## /m.exec(readme)?.[1] ?? "";
const rows = section
  .split("\n")
  .filter((line) => line.startsWith("| `"))
  .map((line) => line.split("|").slice(1, -1));
const documented = new Set(
  rows.flatMap(([names = ""]) => [...names.matchAll(/`([A-Z][A-Z0-9_]*)`/g)].map((match) => match[1])),
);

describe("README's Environment variables table", () => {
  it("finds the variables src/env.ts declares", () => {
    expect(declared).toEqual(expect.arrayContaining(["DATABASE_URL", "BETTER_AUTH_SECRET", "CRON_SECRET"]));
  });

  it.each(declared)("documents %s", (name) => {
    expect(documented.has(name)).toBe(true);
  });

  it("gives every row its four cells: variable, default, what it does, where to get it", () => {
    const incomplete = rows.filter((cells) => cells.length !== 4 || cells.some((cell) => cell.trim() === ""));
    expect(incomplete.map(([names]) => names?.trim())).toEqual([]);
  });
});
