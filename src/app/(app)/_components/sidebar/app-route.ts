import type { Route } from "next";

/**
 * A path inside the app as a typed route. The sidebar links to pages (project and label views,
 * settings) whose route files live elsewhere and may not be in the generated route types yet.
 */
export function appRoute(path: `/${string}`): Route {
  return path as Route;
}
