import { describe, expect, it } from "vitest";
import { groupOverdue } from "./group-overdue";

const today = "2026-12-07";
const due = (id: string, dueDate: string | null) => ({ id, dueDate });

describe("groupOverdue", () => {
  it("puts tasks due on earlier days under Overdue, then today's, in their order", () => {
    const tasks = [due("a", "2026-11-30"), due("b", today), due("c", "2026-12-06"), due("d", today)];
    expect(groupOverdue(tasks, today)).toEqual([
      { heading: "Overdue", tasks: [tasks[0], tasks[2]], overdue: true },
      { heading: "Today", tasks: [tasks[1], tasks[3]], overdue: false },
    ]);
  });

  it("is one plain section when nothing is overdue, and only Overdue when nothing else is due", () => {
    const todays = [due("a", today)];
    expect(groupOverdue(todays, today)).toEqual([{ heading: null, tasks: todays, overdue: false }]);
    const late = [due("a", "2026-12-01")];
    expect(groupOverdue(late, today)).toEqual([{ heading: "Overdue", tasks: late, overdue: true }]);
  });
});
