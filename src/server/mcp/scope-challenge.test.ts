import { describe, expect, it } from "vitest";
import { missingScope } from "./scope-challenge";

const call = (name: string) => ({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name, arguments: {} } });

describe("missingScope", () => {
  it("names tasks:write for a mutating tool called with a read-only grant", () => {
    expect(missingScope(call("add_task"), ["tasks:read"])).toBe("tasks:write");
    expect(missingScope([call("list_tasks"), call("delete_task")], ["tasks:read"])).toBe("tasks:write");
  });

  it("is null when the grant covers the tool, or for anything else", () => {
    expect(missingScope(call("add_task"), ["tasks:read", "tasks:write"])).toBeNull();
    expect(missingScope(call("list_tasks"), ["tasks:read"])).toBeNull();
    expect(missingScope(call("no_such_tool"), [])).toBeNull();
    expect(missingScope({ jsonrpc: "2.0", id: 1, method: "tools/list" }, [])).toBeNull();
    expect(missingScope("not json-rpc", [])).toBeNull();
    expect(missingScope({ method: "tools/call", params: null }, [])).toBeNull();
  });
});
