import { readdirSync } from "node:fs";
import path from "node:path";

const APP_DIR = path.join(import.meta.dirname, "../../src/app");

/** The URL pattern of every `name` file under src/app: `(app)/labels/[labelId]/page.tsx` → `/labels/[labelId]`. */
function routesOf(name: "page.tsx" | "route.ts"): string[] {
  return readdirSync(APP_DIR, { recursive: true, encoding: "utf8" })
    .filter((file) => path.basename(file) === name)
    .map((file) => {
      const segments = path.dirname(file).split(path.sep);
      const visible = segments.filter((segment) => segment !== "." && !/^\(.+\)$/.test(segment));
      return `/${visible.join("/")}`;
    })
    .sort();
}

/** Every page of the app, as found on disk. */
export const pageRoutes = () => routesOf("page.tsx");

/** Every route handler (API) of the app, as found on disk. */
export const routeHandlers = () => routesOf("route.ts");
