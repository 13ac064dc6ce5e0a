export const PRIORITY_LABELS: Record<number, string> = {
  1: "Priority 1",
  2: "Priority 2",
  3: "Priority 3",
  4: "No priority",
};

/** Repeat rules offered in a menu; anything else is edited as a custom RRULE. */
export const REPEAT_PRESETS = [
  { rrule: "FREQ=DAILY", label: "Every day" },
  { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", label: "Every weekday" },
  { rrule: "FREQ=WEEKLY", label: "Every week" },
  { rrule: "FREQ=WEEKLY;INTERVAL=2", label: "Every other week" },
  { rrule: "FREQ=MONTHLY", label: "Every month" },
  { rrule: "FREQ=YEARLY", label: "Every year" },
] as const;
