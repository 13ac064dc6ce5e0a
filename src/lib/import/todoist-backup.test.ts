import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readTodoistBackup } from "./todoist-backup";
import { readCsvZip } from "./zip";

const NOW = new Date("2026-03-04T10:00:00Z");
const options = { now: NOW, timeZone: "UTC" };
const csv = (...lines: string[]) => strToU8(`TYPE,CONTENT,PRIORITY,INDENT\n${lines.join("\n")}\n`);

describe("readTodoistBackup", () => {
  it("reads one project per CSV, named after the file, skipping other files", () => {
    const zip = zipSync({
      "Work.csv": csv("task,Ship it,1,1"),
      "Home [123].csv": csv("section,Kitchen,,", "task,Descale kettle,,1"),
      "README.txt": strToU8("hello"),
      "__MACOSX/._Work.csv": strToU8("junk"),
    });
    const plan = readTodoistBackup(zip, options);
    expect(plan.projects.map((project) => [project.name, project.sections.length, project.tasks.length])).toEqual([
      ["Home [123]", 1, 1],
      ["Work", 0, 1],
    ]);
  });

  it("names the file in its problems and refusals", () => {
    const plan = readTodoistBackup(zipSync({ "Work.csv": csv("task,Deep,,5") }), options);
    expect(plan.problems).toEqual([
      { line: 2, message: "Work.csv: line 2: indent 5 with no task above it: imported as a top-level task" },
    ]);
    expect(() => readTodoistBackup(zipSync({ "Bad.csv": strToU8('TYPE,CONTENT\ntask,"open\n') }), options)).toThrow(
      "Bad.csv: line 2: a quoted field is never closed",
    );
  });

  it("counts the row limit over every file together", () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => `task,T${i},,1`);
    const zip = zipSync({ "A.csv": csv(...many(15_000)), "B.csv": csv(...many(5_001)) });
    expect(() => readTodoistBackup(zip, options)).toThrow("B.csv: line 5002: the file has more than 5,000 rows");
  });

  it("refuses a zip bomb at the unpacked limit, and too many files", () => {
    const bomb = zipSync({ "big.csv": new Uint8Array(11 * 1024 * 1024) }, { level: 9 });
    expect(bomb.byteLength).toBeLessThan(100_000);
    expect(() => readCsvZip(bomb)).toThrow("the zip unpacks to more than 10 MB");
    const crowded = zipSync(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`${i}.csv`, strToU8("x")])));
    expect(() => readCsvZip(crowded, { maxBytes: 1000, maxFiles: 3 })).toThrow("the zip holds more than 3 files");
  });

  it("refuses what is not a zip, and a zip without CSVs", () => {
    expect(() => readTodoistBackup(strToU8("TYPE,CONTENT\n"), options)).toThrow("the file is not a zip archive");
    expect(() => readTodoistBackup(zipSync({ "a.txt": strToU8("x") }), options)).toThrow("the zip holds no .csv file");
  });
});
