// The README's "Deploy with Vercel" button clones the repository package.json names, provisions Neon during
// the import, and asks for BETTER_AUTH_SECRET with a description.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";

const root = path.join(import.meta.dirname, "../..");
const readme = readFileSync(path.join(root, "README.md"), "utf8");
const packageJson = z
  .object({ repository: z.object({ type: z.literal("git"), url: z.string() }) })
  .parse(JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")));

/** git+https://github.com/owner/name.git (or git@github.com:owner/name.git) → https://github.com/owner/name */
function normaliseRepositoryUrl(url: string): string {
  const match = /github\.com[/:]([\w.-]+)\/([\w.-]+?)(?:\.git)?\/?$/.exec(url);
  if (!match) throw new Error(`not a GitHub repository URL: ${url}`);
  return `https://github.com/${match[1]}/${match[2]}`;
}

const products = z.array(
  z.object({ type: z.string(), protocol: z.string(), productSlug: z.string(), integrationSlug: z.string() }),
);

function deployButtonUrl(): URL {
  const links = [...readme.matchAll(/\[!\[Deploy with Vercel\]\(https:\/\/vercel\.com\/button\)\]\((\S+?)\)/g)];
  expect(links, "exactly one Deploy with Vercel button").toHaveLength(1);
  return new URL(links[0]?.[1] ?? "");
}

describe("the README's Deploy with Vercel button", () => {
  const url = deployButtonUrl();
  const params = url.searchParams;

  it("opens Vercel's clone flow", () => {
    expect(url.origin + url.pathname).toBe("https://vercel.com/new/clone");
  });

  it("clones the repository named in package.json", () => {
    expect(params.get("repository-url")).toBe(normaliseRepositoryUrl(packageJson.repository.url));
  });

  it("asks for BETTER_AUTH_SECRET, with a description and a link to the variables' documentation", () => {
    expect(params.get("env")?.split(",")).toContain("BETTER_AUTH_SECRET");
    expect(params.get("envDescription")).toMatch(/openssl rand/);
    expect(params.get("envLink")).toBe(`${normaliseRepositoryUrl(packageJson.repository.url)}#environment-variables`);
    expect(readme).toMatch(/^## Environment variables$/m);
  });

  it("provisions Neon through Vercel's native integration during the import", () => {
    const listed = products.parse(JSON.parse(params.get("products") ?? "[]"));
    expect(listed).toContainEqual({
      type: "integration",
      protocol: "storage",
      productSlug: "neon",
      integrationSlug: "neon",
    });
  });

  it("never carries a secret value in the URL", () => {
    expect(params.has("envDefaults")).toBe(false);
  });
});

describe("normaliseRepositoryUrl", () => {
  it("accepts the forms package.json and git use", () => {
    expect(normaliseRepositoryUrl("git+https://github.com/tasklane/tasklane.git")).toBe(
      "https://github.com/tasklane/tasklane",
    );
    expect(normaliseRepositoryUrl("git@github.com:tasklane/tasklane.git")).toBe("https://github.com/tasklane/tasklane");
    expect(normaliseRepositoryUrl("https://github.com/tasklane/tasklane")).toBe("https://github.com/tasklane/tasklane");
  });
});
