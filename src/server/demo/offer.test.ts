import { describe, expect, it } from "vitest";
import { offersDemoAccount } from "./offer";

describe("offersDemoAccount", () => {
  it("offers it in development and tests, not in a production build", () => {
    expect(offersDemoAccount({ demoAccount: undefined, vercelEnv: undefined, nodeEnv: "development" })).toBe(true);
    expect(offersDemoAccount({ demoAccount: undefined, vercelEnv: undefined, nodeEnv: "test" })).toBe(true);
    expect(offersDemoAccount({ demoAccount: undefined, vercelEnv: undefined, nodeEnv: "production" })).toBe(false);
  });

  it("on Vercel, offers it on previews and never on the production deployment", () => {
    expect(offersDemoAccount({ demoAccount: undefined, vercelEnv: "preview", nodeEnv: "production" })).toBe(true);
    expect(offersDemoAccount({ demoAccount: undefined, vercelEnv: "development", nodeEnv: "production" })).toBe(true);
    expect(offersDemoAccount({ demoAccount: undefined, vercelEnv: "production", nodeEnv: "production" })).toBe(false);
    expect(offersDemoAccount({ demoAccount: undefined, vercelEnv: "production", nodeEnv: "development" })).toBe(false);
  });

  it("follows DEMO_ACCOUNT when it is set, whatever the deployment", () => {
    expect(offersDemoAccount({ demoAccount: "on", vercelEnv: undefined, nodeEnv: "production" })).toBe(true);
    expect(offersDemoAccount({ demoAccount: "on", vercelEnv: "production", nodeEnv: "production" })).toBe(true);
    expect(offersDemoAccount({ demoAccount: "off", vercelEnv: "preview", nodeEnv: "development" })).toBe(false);
    expect(offersDemoAccount({ demoAccount: "off", vercelEnv: undefined, nodeEnv: "development" })).toBe(false);
  });
});
