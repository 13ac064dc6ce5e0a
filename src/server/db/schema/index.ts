export * from "./activity";
export * from "./auth";
export * from "./labels";
export * from "./projects";
export * from "./relations";
export * from "./tasks";
