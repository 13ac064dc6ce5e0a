// The GitHub Actions workflows parse, and everything they call exists: npm scripts, scripts in the repo,
// actions pinned to at least a major version.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { z } from "zod";

const root = path.join(import.meta.dirname, "../..");
const workflowsDir = path.join(root, ".github/workflows");
const scripts = z
  .object({ scripts: z.record(z.string(), z.string()) })
  .parse(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"))).scripts;

const step = z.object({ id: z.string().optional(), uses: z.string().optional(), run: z.string().optional() }).loose();

/** The outputs of the actions whose outputs a workflow reads (from each action's action.yml at that major). */
const ACTION_OUTPUTS: Record<string, string[]> = {
  "neondatabase/create-branch-action@v6": [
    "db_url",
    "db_url_pooled",
    "db_host",
    "db_host_pooled",
    "password",
    "branch_id",
    "created",
  ],
};
const workflow = z
  .object({
    on: z.unknown().refine((value) => value !== undefined, "has no `on`"),
    jobs: z.record(z.string(), z.object({ steps: z.array(step).default([]) }).loose()),
  })
  .loose();

const files = readdirSync(workflowsDir).filter((name) => /\.ya?ml$/.test(name));
const workflows = files.map((name) => {
  const parsed = workflow.parse(parse(readFileSync(path.join(workflowsDir, name), "utf8")));
  const steps = Object.values(parsed.jobs).flatMap((job) => job.steps);
  return {
    name,
    parsed,
    steps,
    jobs: Object.values(parsed.jobs),
    runs: steps.flatMap((s) => (s.run ? [s.run] : [])),
  };
});

describe("GitHub Actions workflows", () => {
  it("include ci.yml and preview-db.yml", () => {
    expect(files).toEqual(expect.arrayContaining(["ci.yml", "preview-db.yml"]));
  });

  describe.each(workflows)("$name", ({ parsed, steps, jobs, runs }) => {
    it("has triggers and at least one job", () => {
      expect(parsed.on).toBeTruthy();
      expect(Object.keys(parsed.jobs).length).toBeGreaterThan(0);
    });

    it("calls only npm scripts that package.json has", () => {
      const called = runs.flatMap((run) =>
        [...run.matchAll(/npm run(?: -s)? ([\w:.-]+)/g)].map((match) => match[1] ?? ""),
      );
      for (const name of called) expect(scripts, `npm run ${name}`).toHaveProperty([name]);
    });

    it("calls only scripts that exist in the repository", () => {
      const paths = runs.flatMap((run) =>
        [...run.matchAll(/(?:^|\s)(?:bash|sh|node|tsx) ((?:\.\/)?[\w./-]+)/g)].map((match) => match[1] ?? ""),
      );
      for (const file of paths) expect(existsSync(path.join(root, file)), file).toBe(true);
    });

    it("reads only outputs that a step of the same job has", () => {
      for (const job of jobs) {
        const text = JSON.stringify(job.steps);
        for (const [, id = "", output = ""] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
          const source = job.steps.find((each) => each.id === id);
          expect(source, `no step with id ${id}`).toBeDefined();
          const known = ACTION_OUTPUTS[source?.uses ?? ""];
          expect(known, `outputs of ${source?.uses} are not listed in ACTION_OUTPUTS`).toBeDefined();
          expect(known, `${source?.uses} has no output ${output}`).toContain(output);
        }
      }
    });

    it("pins every action to a major version or a commit", () => {
      for (const { uses } of steps) {
        if (!uses || uses.startsWith("./")) continue;
        expect(uses, uses).toMatch(/^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/);
      }
    });
  });

  it("ci.yml runs the local CI script, so CI and `bash .ci/run` are the same steps", () => {
    const ci = workflows.find((entry) => entry.name === "ci.yml");
    expect(ci?.runs).toContain("bash .ci/run");
  });
});
