// Stands in for "server-only" under vitest: tests import server modules directly.
export {};
