import * as chrono from "chrono-node";
import { daysInMonth } from "@/lib/dates";
import { nextWeekIsMonday } from "@/lib/quick-add/next-week";

// chrono with one more phrase: "on the 15th", "on 3rd", the next such day of a month (today counts;
// months without a 31st are skipped). Only after "on": "Read the 3rd chapter" is not a date.
// And "next week" is next Monday, as in Todoist.

// Not before a noun: "on the 2nd floor", "Work on 2nd draft".
const ON_MONTH_DAY =
  /(?<![\p{L}\p{N}_])on\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)(?![\p{L}\p{N}_])(?!\s+(?!(?:at|by|in|for|of|and|to|then)\b)\p{L})/iu;

export const quickAddChrono = chrono.casual.clone();

quickAddChrono.parsers.push({
  pattern: () => ON_MONTH_DAY,
  extract: (context, match) => nextMonthDay(context.refDate, Number(match[1])),
});
quickAddChrono.refiners.push(nextWeekIsMonday);

function nextMonthDay(reference: Date, day: number): { year: number; month: number; day: number } | null {
  if (day < 1 || day > 31) return null;
  for (let ahead = 0; ahead <= 12; ahead++) {
    const first = new Date(reference.getFullYear(), reference.getMonth() + ahead, 1);
    const [year, month] = [first.getFullYear(), first.getMonth() + 1];
    if (day <= daysInMonth(year, month) && (ahead > 0 || day >= reference.getDate())) return { year, month, day };
  }
  return null;
}
