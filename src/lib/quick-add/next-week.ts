import type * as chrono from "chrono-node";

// Todoist reads "next week" as next Monday; chrono reads it as a week from today.

const NEXT_WEEK = /^next\s+week(?![\p{L}\p{N}_])/iu;

export const nextWeekIsMonday: chrono.Refiner = {
  refine: (context, results) => {
    for (const result of results) {
      if (!NEXT_WEEK.test(result.text)) continue;
      const reference = context.refDate;
      const daysToMonday = (8 - reference.getDay()) % 7 || 7;
      const monday = new Date(reference.getFullYear(), reference.getMonth(), reference.getDate() + daysToMonday);
      result.start.assign("year", monday.getFullYear());
      result.start.assign("month", monday.getMonth() + 1);
      result.start.assign("day", monday.getDate());
      result.start.assign("weekday", 1);
    }
    return results;
  },
};
