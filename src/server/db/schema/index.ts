export * from "./auth";
export * from "./relations";
export * from "./tasks";
