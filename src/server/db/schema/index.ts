export * from "./access-tokens";
export * from "./activity";
export * from "./auth";
export * from "./email";
export * from "./labels";
export * from "./projects";
export * from "./relations";
export * from "./tasks";
