import { describe, expect, it } from "vitest";
import { assistantTurns, textOf, toolParts } from "~tests/setup/assistant-turns";
import { setupTestDatabase } from "~tests/setup/test-database";

const database = setupTestDatabase();
const { turn, newChat } = assistantTurns(database);

describe("the assistant builds filters (scripted model)", () => {
  it("hears where a query it wrote does not parse, saves nothing; saves the corrected one", async () => {
    const { session, api, conversationId } = await newChat();
    const home = await api.project.create({ name: "Home" });
    await api.task.create({ title: "Fix the tap", projectId: home.id, priority: 1 });
    await api.task.create({ title: "Paint the fence", projectId: home.id, priority: 4 });

    const wrong = await turn(session, conversationId, { text: "save a filter Urgent at home: #Home & (p1 | p2" });
    expect(toolParts(wrong.last).map((part) => [part.type, part.state])).toEqual([
      ["tool-save_filter", "output-available"],
    ]);
    expect(textOf(wrong.last)).toBe("That query does not parse: Expected ')' at 16.");
    expect(await api.filter.list()).toEqual([]);

    const fixed = await turn(session, conversationId, { text: "save a filter Urgent at home: #Home & (p1 | p2)" });
    expect(textOf(fixed.last)).toBe("Saved the filter: it is in your sidebar.");
    const [saved] = await api.filter.list();
    expect(saved).toMatchObject({ name: "Urgent at home", query: "#Home & (p1 | p2)" });
    expect((await api.task.list({ filter: saved?.query ?? "" })).items.map((task) => task.title)).toEqual([
      "Fix the tap",
    ]);
  });

  it("lists the tasks a query finds without saving it", async () => {
    const { session, api, conversationId } = await newChat();
    await api.task.create({ title: "Call the bank", priority: 1 });
    await api.task.create({ title: "Read a book" });

    const found = await turn(session, conversationId, { text: "filter p1 | search: book" });
    expect(toolParts(found.last).map((part) => part.type)).toEqual(["tool-filter_tasks"]);
    expect(textOf(found.last)).toBe("2 tasks match.");
    expect(await api.filter.list()).toEqual([]);
  });
});
