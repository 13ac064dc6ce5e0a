import { describe, expect, it } from "vitest";
import { parseQuickAdd, type QuickAddOptions, type QuickAddResult } from "@/lib/quick-add";
import { formatRecurrenceRule, parseRecurrenceRule } from "@/lib/recurrence";

// 2026-03-04T10:00Z is Wednesday 4 March: 11:00 in Paris, 02:00 in Los Angeles, 23:00 in Auckland.
const NOW = new Date("2026-03-04T10:00:00Z");
// 20:00Z is already Thursday 5 March, 09:00, in Auckland.
const AUCKLAND_THURSDAY = new Date("2026-03-04T20:00:00Z");
// 05:00Z is still Tuesday 3 March, 21:00, in Los Angeles.
const LA_TUESDAY = new Date("2026-03-04T05:00:00Z");
const PARIS_DST_DAY = new Date("2026-03-29T00:30:00Z");
const PROJECTS = ["Home", "Home Renovation", "Work", "Side Project"];
const LABELS = ["Bills", "errand", "deep-work"];

type Expected = Partial<Omit<QuickAddResult, "tokens">> & { title: string };
type Where = { zone?: string; now?: Date };

function parse(text: string, where: Where = {}, extra: Partial<QuickAddOptions> = {}): QuickAddResult {
  return parseQuickAdd(text, {
    now: where.now ?? NOW,
    timeZone: where.zone ?? "Europe/Paris",
    projects: PROJECTS,
    labels: LABELS,
    ...extra,
  });
}

function fields(result: QuickAddResult): Omit<QuickAddResult, "tokens"> {
  const { tokens: _tokens, ...rest } = result;
  return rest;
}

const repeats = (rrule: string, from: "due" | "completion" = "due") => ({ rrule, from });

const CASES: [string, Expected, Where?][] = [
  // Plain titles: nothing to read
  ["Buy milk", { title: "Buy milk" }],
  ["Buy 2 apples", { title: "Buy 2 apples" }],
  ["Call 911", { title: "Call 911" }],
  ["Read chapter 3", { title: "Read chapter 3" }],
  ["Room 101 cleanup", { title: "Room 101 cleanup" }],
  ["Sprint 12 review", { title: "Sprint 12 review" }],
  ["Upgrade to version 2.1", { title: "Upgrade to version 2.1" }],
  ["Take 5", { title: "Take 5" }],
  ["Plan 2027 budget", { title: "Plan 2027 budget" }],
  ["Wait 2 days for the glue", { title: "Wait 2 days for the glue" }],
  ["Cut pizza into 3/8 slices", { title: "Cut pizza into 3/8 slices" }],
  ["Learn C# basics", { title: "Learn C# basics" }],
  ["Email bob@example.com", { title: "Email bob@example.com" }],
  ["Convert mp3 files", { title: "Convert mp3 files" }],
  ["Buy p10 pencils", { title: "Buy p10 pencils" }],
  ["Every little thing", { title: "Every little thing" }],
  ["Give everyone a day off", { title: "Give everyone a day off" }],
  ["Keep  two  spaces", { title: "Keep  two  spaces" }],
  ["  Trim the ends  ", { title: "Trim the ends" }],
  ["Fix the API (v2)", { title: "Fix the API (v2)" }],
  ["Call now", { title: "Call now" }],
  ["Read later", { title: "Read later" }],

  // Priority
  ["Pay taxes p1", { title: "Pay taxes", priority: 1 }],
  ["p2 Pay taxes", { title: "Pay taxes", priority: 2 }],
  ["Pay P3 taxes", { title: "Pay taxes", priority: 3 }],
  ["Pay taxes p4", { title: "Pay taxes", priority: 4 }],
  ["Pay taxes p5", { title: "Pay taxes p5" }],
  ["Pay taxes p1 p2", { title: "Pay taxes p2", priority: 1 }],
  ["Pay taxes (p1)", { title: "Pay taxes ()", priority: 1 }],

  // Projects
  ["Paint the fence #Home", { title: "Paint the fence", project: "Home" }],
  ["Paint the fence #home", { title: "Paint the fence", project: "Home" }],
  ["Buy tiles #Home Renovation", { title: "Buy tiles", project: "Home Renovation" }],
  ["Buy tiles #home renovation today", { title: "Buy tiles", project: "Home Renovation", dueDate: "2026-03-04" }],
  ["#Side Project write docs", { title: "write docs", project: "Side Project" }],
  ["Write docs #Side", { title: "Write docs", project: "Side" }],
  ["Plan trip #Travel", { title: "Plan trip", project: "Travel" }],
  ["Plan trip #Travel-2026", { title: "Plan trip", project: "Travel-2026" }],
  ["Buy tiles #Homeowners", { title: "Buy tiles", project: "Homeowners" }],
  ["Report #Work #Home", { title: "Report #Home", project: "Work" }],
  ["Report # alone", { title: "Report # alone" }],
  ["Fix bug #123", { title: "Fix bug #123" }],
  ["Fix bug #123 #Work", { title: "Fix bug #123", project: "Work" }],
  ["#Home", { title: "", project: "Home" }],
  ["Café #Écoles", { title: "Café", project: "Écoles" }],

  // Labels
  ["Pay rent @bills", { title: "Pay rent", labels: ["Bills"] }],
  ["Pay rent @BILLS @bills", { title: "Pay rent", labels: ["Bills"] }],
  ["Go out @errand @deep-work", { title: "Go out", labels: ["errand", "deep-work"] }],
  ["Go out @new_label", { title: "Go out", labels: ["new_label"] }],
  ["@errand buy stamps", { title: "buy stamps", labels: ["errand"] }],
  ["Buy stamps @ the shop", { title: "Buy stamps @ the shop" }],
  ["p1", { title: "", priority: 1 }],
  ["", { title: "" }],
  ["Ping @Alice and @bob", { title: "Ping and", labels: ["Alice", "bob"] }],

  // Everything together
  ["Pay rent p1 #Home @bills", { title: "Pay rent", priority: 1, project: "Home", labels: ["Bills"] }],
  [
    "Buy tiles tomorrow p2 #Home Renovation @errand",
    { title: "Buy tiles", priority: 2, project: "Home Renovation", labels: ["errand"], dueDate: "2026-03-05" },
  ],
  [
    "Call the bank friday at 3pm p1 @bills",
    { title: "Call the bank", priority: 1, labels: ["Bills"], dueDate: "2026-03-06", dueTime: "15:00" },
  ],

  // Dates: the brief's phrases
  ["Buy milk tomorrow 5pm", { title: "Buy milk", dueDate: "2026-03-05", dueTime: "17:00" }],
  ["Buy milk tomorrow at 5pm", { title: "Buy milk", dueDate: "2026-03-05", dueTime: "17:00" }],
  ["Buy milk tomorrow", { title: "Buy milk", dueDate: "2026-03-05" }],
  ["Call mom next friday", { title: "Call mom", dueDate: "2026-03-13" }],
  ["Review in 3 days", { title: "Review", dueDate: "2026-03-07" }],
  ["Dentist jan 27", { title: "Dentist", dueDate: "2027-01-27" }],
  ["Dentist 27 jan at 9", { title: "Dentist", dueDate: "2027-01-27", dueTime: "09:00" }],
  ["Party tonight", { title: "Party", dueDate: "2026-03-04", dueTime: "20:00" }],
  ["Party tonight at 9", { title: "Party", dueDate: "2026-03-04", dueTime: "21:00" }],
  ["Report end of month", { title: "Report", dueDate: "2026-03-31" }],
  ["Report today", { title: "Report", dueDate: "2026-03-04" }],
  ["Meet at 14:30", { title: "Meet", dueDate: "2026-03-04", dueTime: "14:30" }],

  // Dates: weekdays are the next occurrence (today counts)
  ["Gym monday", { title: "Gym", dueDate: "2026-03-09" }],
  ["Gym tuesday", { title: "Gym", dueDate: "2026-03-10" }],
  ["Gym wednesday", { title: "Gym", dueDate: "2026-03-04" }],
  ["Gym thursday", { title: "Gym", dueDate: "2026-03-05" }],
  ["Gym friday", { title: "Gym", dueDate: "2026-03-06" }],
  ["Gym saturday", { title: "Gym", dueDate: "2026-03-07" }],
  ["Gym sunday", { title: "Gym", dueDate: "2026-03-08" }],
  ["Gym on fri", { title: "Gym", dueDate: "2026-03-06" }],
  ["Buy sun cream", { title: "Buy sun cream" }],
  ["Sat down with Bob", { title: "Sat down with Bob" }],
  ["Picnic on sat", { title: "Picnic", dueDate: "2026-03-07" }],
  ["Picnic next sun", { title: "Picnic", dueDate: "2026-03-15" }],
  ["Gym sat 10am", { title: "Gym", dueDate: "2026-03-07", dueTime: "10:00" }],
  ["Gym next monday", { title: "Gym", dueDate: "2026-03-09" }],
  ["Submit by friday", { title: "Submit by", dueDate: "2026-03-06" }],

  // Dates: a day of the month after "on"
  ["Call on 27th", { title: "Call", dueDate: "2026-03-27" }],
  ["Pay on the 15th", { title: "Pay", dueDate: "2026-03-15" }],
  ["Pay on the 4th", { title: "Pay", dueDate: "2026-03-04" }],
  ["Pay on the 3rd", { title: "Pay", dueDate: "2026-04-03" }],
  ["Pay on the 31st", { title: "Pay", dueDate: "2026-03-31" }],
  ["Pay on the 31st", { title: "Pay", dueDate: "2026-05-31" }, { now: new Date("2026-04-05T10:00:00Z") }],
  ["Pay on the 15th at 3pm", { title: "Pay", dueDate: "2026-03-15", dueTime: "15:00" }],
  ["Pay on the 15th, thanks", { title: "Pay, thanks", dueDate: "2026-03-15" }],
  ["Work on 2nd draft", { title: "Work on 2nd draft" }],
  ["Clean on the 2nd floor", { title: "Clean on the 2nd floor" }],
  ["Read the 3rd chapter", { title: "Read the 3rd chapter" }],
  ["Pay tomorrow, then rest", { title: "Pay, then rest", dueDate: "2026-03-05" }],

  // Dates: months and days
  ["Taxes apr 15", { title: "Taxes", dueDate: "2026-04-15" }],
  ["Taxes april 15th", { title: "Taxes", dueDate: "2026-04-15" }],
  ["Taxes 15 april", { title: "Taxes", dueDate: "2026-04-15" }],
  ["Taxes march 4", { title: "Taxes", dueDate: "2026-03-04" }],
  ["Birthday march 3", { title: "Birthday", dueDate: "2027-03-03" }],
  ["Birthday feb 28", { title: "Birthday", dueDate: "2027-02-28" }],
  ["Old thing dec 31 2025", { title: "Old thing", dueDate: "2025-12-31" }],
  ["Trip june 1 2027", { title: "Trip", dueDate: "2027-06-01" }],
  ["Trip 2026-05-20", { title: "Trip", dueDate: "2026-05-20" }],
  ["Launch in march", { title: "Launch in march" }],
  ["Launch next month", { title: "Launch next month" }],
  // "next week" is next Monday, as in Todoist; "in a week" stays seven days from today.
  ["Review next week", { title: "Review", dueDate: "2026-03-09" }],
  ["Review next week at 3pm", { title: "Review", dueDate: "2026-03-09", dueTime: "15:00" }],
  ["Review next week", { title: "Review", dueDate: "2026-03-09" }, { now: new Date("2026-03-08T10:00:00Z") }],
  ["Review next week", { title: "Review", dueDate: "2026-03-16" }, { now: new Date("2026-03-09T10:00:00Z") }],
  ["Review in 2 weeks", { title: "Review", dueDate: "2026-03-18" }],
  ["Review in a week", { title: "Review", dueDate: "2026-03-11" }],
  ["Call back in 2 hours", { title: "Call back", dueDate: "2026-03-04", dueTime: "13:00" }],

  // Dates: times
  ["Call at 5pm", { title: "Call", dueDate: "2026-03-04", dueTime: "17:00" }],
  ["Call 5pm", { title: "Call", dueDate: "2026-03-04", dueTime: "17:00" }],
  ["Call at 9am", { title: "Call", dueDate: "2026-03-05", dueTime: "09:00" }],
  ["Call at 10:30", { title: "Call", dueDate: "2026-03-05", dueTime: "10:30" }],
  ["Buy milk tmr", { title: "Buy milk", dueDate: "2026-03-05" }],
  ["Meet tue 3pm", { title: "Meet", dueDate: "2026-03-10", dueTime: "15:00" }],
  ["Email 3pm tomorrow", { title: "Email", dueDate: "2026-03-05", dueTime: "15:00" }],
  ["Call Mom at 5:30pm tomorrow", { title: "Call Mom", dueDate: "2026-03-05", dueTime: "17:30" }],
  ["Review in 2 weeks at 3pm", { title: "Review", dueDate: "2026-03-18", dueTime: "15:00" }],
  ["Gym this friday", { title: "Gym", dueDate: "2026-03-06" }],
  ["Gym on monday at 10", { title: "Gym", dueDate: "2026-03-09", dueTime: "10:00" }],
  ["Dentist 27/01", { title: "Dentist 27/01" }],
  ["Call at noon", { title: "Call", dueDate: "2026-03-04", dueTime: "12:00" }],
  ["Call tomorrow 9:15", { title: "Call", dueDate: "2026-03-05", dueTime: "09:15" }],
  ["Call tomorrow p1 at 5pm", { title: "Call", priority: 1, dueDate: "2026-03-05", dueTime: "17:00" }],
  ["at 5pm #Work call tomorrow", { title: "call", project: "Work", dueDate: "2026-03-05", dueTime: "17:00" }],
  ["Pick up kids tomorrow morning", { title: "Pick up kids", dueDate: "2026-03-05" }],

  // Dates: the zone decides what "today" is
  ["Report today", { title: "Report", dueDate: "2026-03-05" }, { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY }],
  ["Report tomorrow", { title: "Report", dueDate: "2026-03-06" }, { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY }],
  ["Gym friday", { title: "Gym", dueDate: "2026-03-06" }, { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY }],
  ["Gym thursday", { title: "Gym", dueDate: "2026-03-05" }, { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY }],
  [
    "Call at 8am",
    { title: "Call", dueDate: "2026-03-06", dueTime: "08:00" },
    { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY },
  ],
  [
    "Call at 10am",
    { title: "Call", dueDate: "2026-03-05", dueTime: "10:00" },
    { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY },
  ],
  ["Report today", { title: "Report", dueDate: "2026-03-03" }, { zone: "America/Los_Angeles", now: LA_TUESDAY }],
  ["Report tomorrow", { title: "Report", dueDate: "2026-03-04" }, { zone: "America/Los_Angeles", now: LA_TUESDAY }],
  ["Gym wednesday", { title: "Gym", dueDate: "2026-03-04" }, { zone: "America/Los_Angeles", now: LA_TUESDAY }],
  [
    "Party tonight",
    { title: "Party", dueDate: "2026-03-03", dueTime: "20:00" },
    { zone: "America/Los_Angeles", now: LA_TUESDAY },
  ],
  ["Review in 3 days", { title: "Review", dueDate: "2026-03-06" }, { zone: "America/Los_Angeles", now: LA_TUESDAY }],
  ["Report end of month", { title: "Report", dueDate: "2026-03-31" }, { zone: "America/Los_Angeles" }],
  // 00:30Z on 29 March is 01:30 in Paris; at 02:00 the clocks there jump to 03:00.
  ["Call in 2 hours", { title: "Call", dueDate: "2026-03-29", dueTime: "04:30" }, { now: PARIS_DST_DAY }],
  ["Call in 30 minutes", { title: "Call", dueDate: "2026-03-29", dueTime: "03:00" }, { now: PARIS_DST_DAY }],
  ["Call tomorrow at 9", { title: "Call", dueDate: "2026-03-30", dueTime: "09:00" }, { now: PARIS_DST_DAY }],
  ["Report today", { title: "Report", dueDate: "2026-03-29" }, { now: PARIS_DST_DAY }],
  [
    "Call in 3 hours",
    { title: "Call", dueDate: "2026-03-05", dueTime: "02:00" },
    { zone: "Pacific/Auckland", now: NOW },
  ],
  ["Report today", { title: "Report", dueDate: "2026-03-04" }, { zone: "America/Los_Angeles" }],
  ["Report today", { title: "Report", dueDate: "2026-03-04" }, { zone: "Pacific/Auckland" }],
  ["Report tomorrow", { title: "Report", dueDate: "2026-03-05" }, { zone: "Pacific/Auckland" }],

  // Recurrence: the brief's phrases
  ["Stretch every day", { title: "Stretch", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY") }],
  [
    "Standup every weekday",
    { title: "Standup", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR") },
  ],
  [
    "Gym every monday and thursday",
    { title: "Gym", dueDate: "2026-03-05", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,TH") },
  ],
  ["Clean every other week", { title: "Clean", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;INTERVAL=2") }],
  [
    "Haircut every 3 months",
    { title: "Haircut", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY;INTERVAL=3") },
  ],
  ["Club every 3rd friday", { title: "Club", dueDate: "2026-03-20", recurrence: repeats("FREQ=MONTHLY;BYDAY=3FR") }],
  [
    "Invoice every last day",
    { title: "Invoice", dueDate: "2026-03-31", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=-1") },
  ],
  [
    "Renew every year on mar 1",
    { title: "Renew", dueDate: "2027-03-01", recurrence: repeats("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=1") },
  ],
  ["Plan ev week", { title: "Plan", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY") }],
  [
    "Water plants every! 2 weeks",
    { title: "Water plants", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;INTERVAL=2", "completion") },
  ],
  [
    "Pills every day until jun 1",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;UNTIL=20260601") },
  ],
  [
    "Course every week for 6 weeks",
    { title: "Course", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;COUNT=6") },
  ],
  [
    "Team sync every monday starting next month",
    { title: "Team sync", dueDate: "2026-04-06", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO") },
  ],
  [
    "Pay rent every month on the 1st",
    { title: "Pay rent", dueDate: "2026-04-01", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=1") },
  ],
  [
    "Meditate every day at 9am",
    { title: "Meditate", dueDate: "2026-03-05", dueTime: "09:00", recurrence: repeats("FREQ=DAILY") },
  ],
  // Recurrence: more schedules
  ["Walk every 2 days", { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;INTERVAL=2") }],
  ["Walk every other day", { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;INTERVAL=2") }],
  ["Walk ev 2 days", { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;INTERVAL=2") }],
  ["Walk Every Day", { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY") }],
  ["Walk every! day", { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY", "completion") }],
  ["Review ev! week", { title: "Review", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY", "completion") }],
  ["Review every month", { title: "Review", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY") }],
  ["Review every year", { title: "Review", dueDate: "2026-03-04", recurrence: repeats("FREQ=YEARLY") }],
  ["Taxes every quarter", { title: "Taxes", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY;INTERVAL=3") }],
  [
    "Taxes every 2 years on jun 1",
    { title: "Taxes", dueDate: "2026-06-01", recurrence: repeats("FREQ=YEARLY;INTERVAL=2;BYMONTH=6;BYMONTHDAY=1") },
  ],
  [
    "Taxes every 3 months on the 15th",
    { title: "Taxes", dueDate: "2026-03-15", recurrence: repeats("FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=15") },
  ],
  [
    "Yoga every! 3 days at 7am",
    {
      title: "Yoga",
      dueDate: "2026-03-05",
      dueTime: "07:00",
      recurrence: repeats("FREQ=DAILY;INTERVAL=3", "completion"),
    },
  ],
  [
    "Meeting 10am #Work every tue",
    {
      title: "Meeting",
      project: "Work",
      dueDate: "2026-03-10",
      dueTime: "10:00",
      recurrence: repeats("FREQ=WEEKLY;BYDAY=TU"),
    },
  ],
  [
    "Sleep every day at 12am",
    { title: "Sleep", dueDate: "2026-03-05", dueTime: "00:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Lunch every day at 12pm",
    { title: "Lunch", dueDate: "2026-03-04", dueTime: "12:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Run every day at 9 am",
    { title: "Run", dueDate: "2026-03-05", dueTime: "09:00", recurrence: repeats("FREQ=DAILY") },
  ],
  ["Poem about every", { title: "Poem about every" }],
  ["Review every 6 weeks", { title: "Review", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;INTERVAL=6") }],
  ["Review every two weeks", { title: "Review", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;INTERVAL=2") }],
  ["Gym EVERY MONDAY", { title: "Gym", dueDate: "2026-03-09", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO") }],
  ["Gym every tuesdays", { title: "Gym", dueDate: "2026-03-10", recurrence: repeats("FREQ=WEEKLY;BYDAY=TU") }],
  ["Gym every wednesday", { title: "Gym", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;BYDAY=WE") }],
  [
    "Gym every mon, wed, fri",
    { title: "Gym", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,WE,FR") },
  ],
  ["Gym every tue and thu", { title: "Gym", dueDate: "2026-03-05", recurrence: repeats("FREQ=WEEKLY;BYDAY=TU,TH") }],
  [
    "Gym every other monday",
    { title: "Gym", dueDate: "2026-03-09", recurrence: repeats("FREQ=WEEKLY;INTERVAL=2;BYDAY=MO") },
  ],
  ["Gym every week on mon", { title: "Gym", dueDate: "2026-03-09", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO") }],
  [
    "Gym every 2 weeks on saturday",
    { title: "Gym", dueDate: "2026-03-07", recurrence: repeats("FREQ=WEEKLY;INTERVAL=2;BYDAY=SA") },
  ],
  ["Relax every weekend", { title: "Relax", dueDate: "2026-03-07", recurrence: repeats("FREQ=WEEKLY;BYDAY=SA,SU") }],
  [
    "Standup every workday",
    { title: "Standup", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR") },
  ],
  ["Club every 2nd monday", { title: "Club", dueDate: "2026-03-09", recurrence: repeats("FREQ=MONTHLY;BYDAY=2MO") }],
  ["Club every first monday", { title: "Club", dueDate: "2026-04-06", recurrence: repeats("FREQ=MONTHLY;BYDAY=1MO") }],
  ["Club every last friday", { title: "Club", dueDate: "2026-03-27", recurrence: repeats("FREQ=MONTHLY;BYDAY=-1FR") }],
  ["Club every 5th monday", { title: "Club", dueDate: "2026-03-30", recurrence: repeats("FREQ=MONTHLY;BYDAY=5MO") }],
  [
    "Club every month on the 2nd tuesday",
    { title: "Club", dueDate: "2026-03-10", recurrence: repeats("FREQ=MONTHLY;BYDAY=2TU") },
  ],
  [
    "Pay every 1st and 15th",
    { title: "Pay", dueDate: "2026-03-15", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=1,15") },
  ],
  [
    "Pay every 1st, 10th and 20th",
    { title: "Pay", dueDate: "2026-03-10", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=1,10,20") },
  ],
  [
    "Club every 2nd and 4th tuesday",
    { title: "Club", dueDate: "2026-03-10", recurrence: repeats("FREQ=MONTHLY;BYDAY=2TU,4TU") },
  ],
  [
    "Club every first and last monday",
    { title: "Club", dueDate: "2026-03-30", recurrence: repeats("FREQ=MONTHLY;BYDAY=1MO,-1MO") },
  ],
  [
    "Invoice every last weekday",
    { title: "Invoice", dueDate: "2026-03-31", recurrence: repeats("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1") },
  ],
  [
    "Invoice every first workday",
    { title: "Invoice", dueDate: "2026-04-01", recurrence: repeats("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1") },
  ],
  [
    "Invoice every first and last workday for 3 months",
    {
      title: "Invoice",
      dueDate: "2026-03-31",
      recurrence: repeats("FREQ=MONTHLY;COUNT=6;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1,-1"),
    },
  ],
  [
    "Club every 2nd and 4th tuesday for 2 months",
    { title: "Club", dueDate: "2026-03-10", recurrence: repeats("FREQ=MONTHLY;COUNT=4;BYDAY=2TU,4TU") },
  ],
  ["Club every 6th monday", { title: "Club every 6th", dueDate: "2026-03-09" }],
  ["Bill every 1st", { title: "Bill", dueDate: "2026-04-01", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=1") }],
  ["Bill every 4th", { title: "Bill", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=4") }],
  ["Bill every 31st", { title: "Bill", dueDate: "2026-03-31", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=31") }],
  [
    "Bill every 15th of the month",
    { title: "Bill", dueDate: "2026-03-15", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=15") },
  ],
  [
    "Bill every month on the last day",
    { title: "Bill", dueDate: "2026-03-31", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=-1") },
  ],
  [
    "Bill every 2 months on the last day",
    { title: "Bill", dueDate: "2026-03-31", recurrence: repeats("FREQ=MONTHLY;INTERVAL=2;BYMONTHDAY=-1") },
  ],
  [
    "Birthday every jan 27",
    { title: "Birthday", dueDate: "2027-01-27", recurrence: repeats("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=27") },
  ],
  [
    "Birthday every 27 jan",
    { title: "Birthday", dueDate: "2027-01-27", recurrence: repeats("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=27") },
  ],
  [
    "Birthday every year on 27th jan",
    { title: "Birthday", dueDate: "2027-01-27", recurrence: repeats("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=27") },
  ],
  [
    "Leap every feb 29",
    { title: "Leap", dueDate: "2028-02-29", recurrence: repeats("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=29") },
  ],
  [
    "Spring every year on march 4",
    { title: "Spring", dueDate: "2026-03-04", recurrence: repeats("FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=4") },
  ],

  // Recurrence: times, ends and starts
  [
    "Walk every day at 6pm",
    { title: "Walk", dueDate: "2026-03-04", dueTime: "18:00", recurrence: repeats("FREQ=DAILY") },
  ],
  ["Walk every day 7am", { title: "Walk", dueDate: "2026-03-05", dueTime: "07:00", recurrence: repeats("FREQ=DAILY") }],
  [
    "Walk every day at 11:00",
    { title: "Walk", dueDate: "2026-03-04", dueTime: "11:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Walk every day p1 at 9am",
    { title: "Walk", priority: 1, dueDate: "2026-03-05", dueTime: "09:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Review every 3rd friday at 6pm",
    { title: "Review", dueDate: "2026-03-20", dueTime: "18:00", recurrence: repeats("FREQ=MONTHLY;BYDAY=3FR") },
  ],
  [
    "Standup every weekday at 9:30 #Work",
    {
      title: "Standup",
      project: "Work",
      dueDate: "2026-03-05",
      dueTime: "09:30",
      recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
    },
  ],
  [
    "Gym every mon, wed and fri at 7am",
    { title: "Gym", dueDate: "2026-03-06", dueTime: "07:00", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,WE,FR") },
  ],
  [
    "Pills every day until dec 31",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;UNTIL=20261231") },
  ],
  [
    "Pills every day until jan 10",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;UNTIL=20270110") },
  ],
  [
    "Pills every week until next month",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;UNTIL=20260401") },
  ],
  [
    "Pills every day for 10 times",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;COUNT=10") },
  ],
  ["Pills every day for 3 days", { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;COUNT=3") }],
  [
    "Pills every day for 2 weeks",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;COUNT=14") },
  ],
  [
    "Pills every 2 weeks for 6 weeks",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;INTERVAL=2;COUNT=3") },
  ],
  [
    "Pills every month for 6 months",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY;COUNT=6") },
  ],
  [
    "Gym every weekday for 2 weeks",
    { title: "Gym", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;COUNT=10;BYDAY=MO,TU,WE,TH,FR") },
  ],
  [
    "Gym every mon and thu for 3 weeks",
    { title: "Gym", dueDate: "2026-03-05", recurrence: repeats("FREQ=WEEKLY;COUNT=6;BYDAY=MO,TH") },
  ],
  [
    "Rent every month on the 1st for 12 months",
    { title: "Rent", dueDate: "2026-04-01", recurrence: repeats("FREQ=MONTHLY;COUNT=12;BYMONTHDAY=1") },
  ],
  [
    "Pills every day for 10 years",
    { title: "Pills for 10 years", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Pills every week for 2 months",
    { title: "Pills for 2 months", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY") },
  ],
  [
    "Pills every day at 8am for 5 days",
    { title: "Pills", dueDate: "2026-03-05", dueTime: "08:00", recurrence: repeats("FREQ=DAILY;COUNT=5") },
  ],
  [
    "Class every friday starting jun 5",
    { title: "Class", dueDate: "2026-06-05", recurrence: repeats("FREQ=WEEKLY;BYDAY=FR") },
  ],
  [
    "Class every monday from next week",
    { title: "Class", dueDate: "2026-03-09", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO") },
  ],
  [
    "Walk every other day starting friday",
    { title: "Walk", dueDate: "2026-03-06", recurrence: repeats("FREQ=DAILY;INTERVAL=2") },
  ],
  [
    "Walk every day starting tomorrow at 8am",
    { title: "Walk", dueDate: "2026-03-05", dueTime: "08:00", recurrence: repeats("FREQ=DAILY") },
  ],
  ["Walk every day tomorrow", { title: "Walk", dueDate: "2026-03-05", recurrence: repeats("FREQ=DAILY") }],
  ["Report every month starting june", { title: "Report", dueDate: "2026-06-01", recurrence: repeats("FREQ=MONTHLY") }],

  // Todoist's help article "Recurring dates", table by table. Readings where the article is not exact:
  // - "every weekend" is Saturday and Sunday (the article says "Every Saturday"; two days fit a weekend task).
  // - "every hour" / "every 12 hours": repeats here work on whole days, so the words stay in the title.
  // - "after 3 days" repeats from completion, like "every! 3 days".
  // - An end written after a start counts from the start: "starting aug 29 ending in 6 months".
  // Basic
  ["Walk daily", { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY") }],
  [
    "Every morning stretch",
    { title: "stretch", dueDate: "2026-03-05", dueTime: "09:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Stretch every morning",
    { title: "Stretch", dueDate: "2026-03-05", dueTime: "09:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Lunch walk every afternoon",
    { title: "Lunch walk", dueDate: "2026-03-04", dueTime: "12:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Journal every evening",
    { title: "Journal", dueDate: "2026-03-04", dueTime: "19:00", recurrence: repeats("FREQ=DAILY") },
  ],
  ["Read every night", { title: "Read", dueDate: "2026-03-04", dueTime: "22:00", recurrence: repeats("FREQ=DAILY") }],
  [
    "Read every evening at 8pm",
    { title: "Read", dueDate: "2026-03-04", dueTime: "20:00", recurrence: repeats("FREQ=DAILY") },
  ],
  [
    "Walk every morning",
    { title: "Walk", dueDate: "2026-03-04", dueTime: "09:00", recurrence: repeats("FREQ=DAILY") },
    { now: new Date("2026-03-04T07:00:00Z") },
  ],
  ["Plan weekly", { title: "Plan", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY") }],
  ["Create monthly report", { title: "Create report", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY") }],
  ["Review yearly", { title: "Review", dueDate: "2026-03-04", recurrence: repeats("FREQ=YEARLY") }],
  [
    "Stand up weekly at 9am",
    { title: "Stand up", dueDate: "2026-03-05", dueTime: "09:00", recurrence: repeats("FREQ=WEEKLY") },
  ],
  ["Pay every 27", { title: "Pay", dueDate: "2026-03-27", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=27") }],
  ["Pay every 27th", { title: "Pay", dueDate: "2026-03-27", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=27") }],
  ["Pay ev 2", { title: "Pay", dueDate: "2026-04-02", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=2") }],
  [
    "Birthday every jan 27th",
    { title: "Birthday", dueDate: "2027-01-27", recurrence: repeats("FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=27") },
  ],
  ["Check every hour", { title: "Check every hour" }],
  ["Pills every 12 hours", { title: "Pills every 12 hours" }],
  // Start and end dates
  ["Walk every day starting aug 3", { title: "Walk", dueDate: "2026-08-03", recurrence: repeats("FREQ=DAILY") }],
  [
    "Walk every day ending aug 3",
    { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;UNTIL=20260803") },
  ],
  [
    "Walk every day until aug 3",
    { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;UNTIL=20260803") },
  ],
  [
    "Walk every day from aug 3 until aug 10",
    { title: "Walk", dueDate: "2026-08-03", recurrence: repeats("FREQ=DAILY;UNTIL=20260810") },
  ],
  [
    "Walk every day starting aug 3 ending aug 10",
    { title: "Walk", dueDate: "2026-08-03", recurrence: repeats("FREQ=DAILY;UNTIL=20260810") },
  ],
  [
    "Club every 3rd tuesday starting aug 29 ending in 6 months",
    { title: "Club", dueDate: "2026-09-15", recurrence: repeats("FREQ=MONTHLY;UNTIL=20270301;BYDAY=3TU") },
  ],
  [
    "Walk every day ending in 2 weeks",
    { title: "Walk", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;UNTIL=20260318") },
  ],
  [
    "Pills every day for 3 weeks",
    { title: "Pills", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;COUNT=21") },
  ],
  [
    "Taxes every 3 months starting jan 1",
    { title: "Taxes", dueDate: "2027-01-01", recurrence: repeats("FREQ=MONTHLY;INTERVAL=3") },
  ],
  // Advanced
  [
    "Clean every other month",
    { title: "Clean", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY;INTERVAL=2") },
  ],
  ["Check every other year", { title: "Check", dueDate: "2026-03-04", recurrence: repeats("FREQ=YEARLY;INTERVAL=2") }],
  [
    "Water every! 3 days",
    { title: "Water", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;INTERVAL=3", "completion") },
  ],
  [
    "Water after 3 days",
    { title: "Water", dueDate: "2026-03-04", recurrence: repeats("FREQ=DAILY;INTERVAL=3", "completion") },
  ],
  [
    "Haircut after a month",
    { title: "Haircut", dueDate: "2026-03-04", recurrence: repeats("FREQ=MONTHLY", "completion") },
  ],
  [
    "Team call every monday at 9am",
    { title: "Team call", dueDate: "2026-03-09", dueTime: "09:00", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO") },
  ],
  [
    "Run every mon, fri at 20:00",
    { title: "Run", dueDate: "2026-03-06", dueTime: "20:00", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,FR") },
  ],
  [
    "Gym every mon, tues, wed, and fri",
    { title: "Gym", dueDate: "2026-03-04", recurrence: repeats("FREQ=WEEKLY;BYDAY=MO,TU,WE,FR") },
  ],
  [
    "Swim every 14 days 7am starting 1 Nov",
    { title: "Swim", dueDate: "2026-11-01", dueTime: "07:00", recurrence: repeats("FREQ=DAILY;INTERVAL=14") },
  ],
  [
    "Swim every other tues 7am starting 1 nov",
    { title: "Swim", dueDate: "2026-11-03", dueTime: "07:00", recurrence: repeats("FREQ=WEEKLY;INTERVAL=2;BYDAY=TU") },
  ],
  [
    "Report every 15th workday",
    { title: "Report", dueDate: "2026-03-20", recurrence: repeats("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=15") },
  ],
  [
    "Report every last workday",
    { title: "Report", dueDate: "2026-03-31", recurrence: repeats("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1") },
  ],

  // Recurrence: words that are not a repeat
  ["Call after lunch", { title: "Call after lunch" }],
  ["Read after dinner at 9pm", { title: "Read after dinner", dueDate: "2026-03-04", dueTime: "21:00" }],
  ["Pay every 32nd", { title: "Pay every 32nd" }],
  ["Pay every 0 days", { title: "Pay every 0 days" }],
  ["Party every feb 30", { title: "Party every feb 30" }],
  ["Thank everyone", { title: "Thank everyone" }],

  // Recurrence in other zones: the first date is the zone's
  [
    "Stretch every day",
    { title: "Stretch", dueDate: "2026-03-05", recurrence: repeats("FREQ=DAILY") },
    { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY },
  ],
  [
    "Gym every thursday",
    { title: "Gym", dueDate: "2026-03-05", recurrence: repeats("FREQ=WEEKLY;BYDAY=TH") },
    { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY },
  ],
  [
    "Stretch every day at 8am",
    { title: "Stretch", dueDate: "2026-03-06", dueTime: "08:00", recurrence: repeats("FREQ=DAILY") },
    { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY },
  ],
  [
    "Gym every tuesday",
    { title: "Gym", dueDate: "2026-03-03", recurrence: repeats("FREQ=WEEKLY;BYDAY=TU") },
    { zone: "America/Los_Angeles", now: LA_TUESDAY },
  ],
  [
    "Invoice every last day",
    { title: "Invoice", dueDate: "2026-03-31", recurrence: repeats("FREQ=MONTHLY;BYMONTHDAY=-1") },
    { zone: "America/Los_Angeles", now: LA_TUESDAY },
  ],
  [
    "Stretch every day at 10pm",
    { title: "Stretch", dueDate: "2026-03-03", dueTime: "22:00", recurrence: repeats("FREQ=DAILY") },
    { zone: "America/Los_Angeles", now: LA_TUESDAY },
  ],
];

describe("parseQuickAdd table", () => {
  it.each(CASES)("%s", (text, expected, where) => {
    expect(fields(parse(text, where))).toEqual({ priority: 4, labels: [], ...expected });
  });

  it("writes every repeat as a valid rule in its canonical spelling", () => {
    for (const [text, , where] of CASES) {
      const rrule = parse(text, where).recurrence?.rrule;
      if (rrule === undefined) continue;
      const parsed = parseRecurrenceRule(rrule);
      expect(parsed.ok && formatRecurrenceRule(parsed.rule)).toBe(rrule);
    }
  });

  it("has at least 150 cases", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(150);
  });
});

describe("parseQuickAdd: the e2e sentence", () => {
  it("reads Pay rent every month on the 1st p1 #Home @bills", () => {
    const result = parse("Pay rent every month on the 1st p1 #Home @bills");
    expect(fields(result)).toEqual({
      title: "Pay rent",
      priority: 1,
      project: "Home",
      labels: ["Bills"],
      recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=1", from: "due" },
      dueDate: "2026-04-01",
    });
  });

  it("is due today when today is the 1st", () => {
    const result = parse("Pay rent every month on the 1st p1 #Home @bills", { now: new Date("2026-04-01T08:00:00Z") });
    expect(result.dueDate).toBe("2026-04-01");
  });
});

describe("parseQuickAdd: tokens", () => {
  it("gives every recognised range in order, with its text", () => {
    expect(parse("Buy milk tomorrow 5pm p1 #Home @errand @x").tokens).toEqual([
      { kind: "date", start: 9, end: 21, text: "tomorrow 5pm" },
      { kind: "priority", start: 22, end: 24, text: "p1" },
      { kind: "project", start: 25, end: 30, text: "#Home" },
      { kind: "label", start: 31, end: 38, text: "@errand" },
      { kind: "label", start: 39, end: 41, text: "@x" },
    ]);
  });

  it("marks a repeat phrase as one token, its time included", () => {
    expect(parse("Gym every mon and thu at 7am").tokens).toEqual([
      { kind: "recurrence", start: 4, end: 28, text: "every mon and thu at 7am" },
    ]);
  });

  it("keeps a date and a separate time as two date tokens", () => {
    expect(parse("Call tomorrow p1 at 5pm").tokens.map((token) => [token.kind, token.text])).toEqual([
      ["date", "tomorrow"],
      ["priority", "p1"],
      ["date", "at 5pm"],
    ]);
  });

  it("takes a multi-word project as one token", () => {
    expect(parse("Tiles #home renovation now").tokens).toEqual([
      { kind: "project", start: 6, end: 22, text: "#home renovation" },
    ]);
  });

  it("never overlaps and always matches the text, in every table case", () => {
    for (const [text, , where] of CASES) {
      const { tokens } = parse(text, where);
      tokens.forEach((token, index) => {
        expect(token.text).toBe(text.slice(token.start, token.end));
        expect(token.start).toBeLessThan(token.end);
        const previous = tokens[index - 1];
        if (previous) expect(previous.end).toBeLessThanOrEqual(token.start);
      });
    }
  });

  it("is empty for a plain title", () => {
    expect(parse("Buy 2 apples").tokens).toEqual([]);
  });
});

describe("parseQuickAdd: ignored ranges", () => {
  it("leaves an un-recognised date in the title", () => {
    const result = parse("Buy milk tomorrow", {}, { ignore: [{ start: 9, end: 17 }] });
    expect(fields(result)).toEqual({ title: "Buy milk tomorrow", priority: 4, labels: [] });
    expect(result.tokens).toEqual([]);
  });

  it("leaves an un-recognised priority, project and label in the title", () => {
    const text = "Ship p1 #Home @errand";
    const ignore = [
      { start: 5, end: 7 },
      { start: 8, end: 13 },
      { start: 14, end: 21 },
    ];
    expect(fields(parse(text, {}, { ignore }))).toEqual({ title: text, priority: 4, labels: [] });
  });

  it("still reads what is outside the ignored ranges", () => {
    const result = parse("Order p1 sheets p2 friday", {}, { ignore: [{ start: 6, end: 8 }] });
    expect(fields(result)).toEqual({ title: "Order p1 sheets", priority: 2, labels: [], dueDate: "2026-03-06" });
  });

  it("un-recognises a whole repeat phrase", () => {
    const result = parse("Gym every monday", {}, { ignore: [{ start: 4, end: 16 }] });
    expect(fields(result)).toEqual({ title: "Gym every monday", priority: 4, labels: [] });
  });

  it("keeps a quote mark that is inside an ignored range", () => {
    const result = parse('Say "hi" p1', {}, { ignore: [{ start: 4, end: 8 }] });
    expect(fields(result)).toEqual({ title: 'Say "hi"', priority: 1, labels: [] });
  });

  it("tolerates ranges outside the text", () => {
    expect(parse("Buy milk p1", {}, { ignore: [{ start: 50, end: 60 }] }).priority).toBe(1);
  });
});

describe("parseQuickAdd: quoted text", () => {
  it("is never parsed, and its quote marks leave the title", () => {
    expect(fields(parse('Read "p1 tomorrow" book'))).toEqual({
      title: "Read p1 tomorrow book",
      priority: 4,
      labels: [],
    });
  });

  it("does not stop the rest from being read", () => {
    expect(fields(parse('Watch "Friday Night Lights" friday #Home'))).toEqual({
      title: "Watch Friday Night Lights",
      priority: 4,
      labels: [],
      project: "Home",
      dueDate: "2026-03-06",
    });
  });

  it("protects a repeat phrase", () => {
    expect(fields(parse('"Every day" poster'))).toEqual({ title: "Every day poster", priority: 4, labels: [] });
  });

  it("leaves an unpaired quote as typed", () => {
    expect(fields(parse('Say "hi tomorrow'))).toEqual({
      title: 'Say "hi',
      priority: 4,
      labels: [],
      dueDate: "2026-03-05",
    });
  });

  it("gives no token for the quoted part", () => {
    expect(parse('Buy "@home" p3').tokens).toEqual([{ kind: "priority", start: 12, end: 14, text: "p3" }]);
  });
});

describe("parseQuickAdd: /section", () => {
  const SECTIONS = ["To do", "Doing", "Waiting on others"];
  const withSections = (text: string) => parse(text, {}, { sections: SECTIONS });
  it.each<[string, Expected]>([
    ["Call the bank /Doing", { title: "Call the bank", section: "Doing" }],
    ["Call the bank /doing", { title: "Call the bank", section: "Doing" }],
    ["#Work Call the bank /to do", { title: "Call the bank", project: "Work", section: "To do" }],
    [
      "Ping Ann /Waiting on others tomorrow",
      { title: "Ping Ann", section: "Waiting on others", dueDate: "2026-03-05" },
    ],
    // Only a section the project has: the rest stays in the title, as do slashes inside words.
    ["Clean /tmp folder", { title: "Clean /tmp folder" }],
    ["Decide and/or plan /Doing", { title: "Decide and/or plan", section: "Doing" }],
    ["Read /Doingness", { title: "Read /Doingness" }],
    // The first one wins.
    ["Move /Doing /To do", { title: "Move /To do", section: "Doing" }],
  ])("%s", (text, expected) => {
    expect(fields(withSections(text))).toEqual({ priority: 4, labels: [], ...expected });
  });

  it("reads no section without the project's section names", () => {
    expect(parse("Call /Doing").title).toBe("Call /Doing");
  });
});

describe("parseQuickAdd: +assignee", () => {
  const MEMBERS = ["Alice", "Alice Martin", "Bob", "José Ñúñez", "May"];
  const withMembers = (text: string, assignees: string[] = MEMBERS) => parse(text, {}, { assignees });

  it.each<[string, Expected]>([
    ["Call the bank +Alice", { title: "Call the bank", assignee: "Alice" }],
    ["Call the bank +alice", { title: "Call the bank", assignee: "Alice" }],
    ["+Bob call the bank", { title: "call the bank", assignee: "Bob" }],
    ["Call +Alice Martin tomorrow", { title: "Call", assignee: "Alice Martin", dueDate: "2026-03-05" }],
    ["Call +alice martin", { title: "Call", assignee: "Alice Martin" }],
    ["Call +Alice Mart", { title: "Call Mart", assignee: "Alice" }],
    ["Call +Alicex", { title: "Call +Alicex" }],
    ["Call +José Ñúñez", { title: "Call", assignee: "José Ñúñez" }],
    // A name chrono would read as a date is read as the name.
    ["Plan +May", { title: "Plan", assignee: "May" }],
    // The first one wins; a second stays in the title.
    ["Review +Bob +Alice", { title: "Review +Alice", assignee: "Bob" }],
    // Someone who is not among the assignees stays in the title; so does the next one that is.
    ["Ask +Carol then +Bob", { title: "Ask +Carol then", assignee: "Bob" }],
    ["Ask +Carol", { title: "Ask +Carol" }],
    ["1+1 is two", { title: "1+1 is two" }],
    ["Add + to the list", { title: "Add + to the list" }],
    ["C++ course +Bob", { title: "C++ course", assignee: "Bob" }],
    ["Call +1 555 0100", { title: "Call +1 555 0100" }],
    [
      "Pay rent p1 #Home @bills +Bob tomorrow",
      {
        title: "Pay rent",
        priority: 1,
        project: "Home",
        labels: ["Bills"],
        assignee: "Bob",
        dueDate: "2026-03-05",
      },
    ],
    ["(+Bob) fix it", { title: "() fix it", assignee: "Bob" }],
  ])("%s", (text, expected) => {
    expect(fields(withMembers(text))).toEqual({ priority: 4, labels: [], ...expected });
  });

  it("stays in the title when there is nobody to assign", () => {
    expect(fields(parse("Call the bank +Alice"))).toEqual({ title: "Call the bank +Alice", priority: 4, labels: [] });
    expect(fields(withMembers("Call the bank +Alice", []))).toEqual({
      title: "Call the bank +Alice",
      priority: 4,
      labels: [],
    });
  });

  it("reads no name two people share (any case), and does not fall back to a shorter one", () => {
    const twoAlices = ["Alice", "alice", "Bob"];
    expect(fields(withMembers("Call +Alice", twoAlices))).toEqual({ title: "Call +Alice", priority: 4, labels: [] });
    expect(withMembers("Call +Alice", twoAlices).tokens).toEqual([]);
    const twoAnnLees = ["Ann", "Ann Lee", "Ann Lee"];
    expect(fields(withMembers("Call +Ann Lee", twoAnnLees))).toEqual({
      title: "Call +Ann Lee",
      priority: 4,
      labels: [],
    });
    expect(withMembers("Call +Ann", twoAnnLees).assignee).toBe("Ann");
    // An ambiguous one is text; a later one that names one person is read.
    expect(fields(withMembers("Call +Alice +Bob", twoAlices))).toEqual({
      title: "Call +Alice",
      priority: 4,
      labels: [],
      assignee: "Bob",
    });
  });

  it("is a token of its own, multi-word names as one", () => {
    expect(withMembers("Call +alice martin p2").tokens).toEqual([
      { kind: "assignee", start: 5, end: 18, text: "+alice martin" },
      { kind: "priority", start: 19, end: 21, text: "p2" },
    ]);
  });

  it("leaves an un-recognised +Name in the title", () => {
    const result = withMembers("Call +Bob", MEMBERS);
    const token = result.tokens[0];
    expect(token?.kind).toBe("assignee");
    const again = parse("Call +Bob", {}, { assignees: MEMBERS, ignore: token ? [token] : [] });
    expect(fields(again)).toEqual({ title: "Call +Bob", priority: 4, labels: [] });
  });

  it("is not read inside quotes", () => {
    expect(fields(withMembers('Say "hi +Bob"'))).toEqual({ title: "Say hi +Bob", priority: 4, labels: [] });
  });
});

describe("parseQuickAdd: {deadline}", () => {
  it.each<[string, Expected]>([
    ["Tax return {april 30}", { title: "Tax return", deadline: "2026-04-30" }],
    ["Tax return { apr 30 }", { title: "Tax return", deadline: "2026-04-30" }],
    ["{next friday} Ship it", { title: "Ship it", deadline: "2026-03-13" }],
    ["Ship {in 2 weeks}", { title: "Ship", deadline: "2026-03-18" }],
    // A date without a year that has passed rolls to next year, as due dates do.
    ["Renew {march 1}", { title: "Renew", deadline: "2027-03-01" }],
    // A deadline is a day: a time in the braces is dropped.
    ["Ship {tomorrow 5pm}", { title: "Ship", deadline: "2026-03-05" }],
    // Beside a due date, a priority and a repeat, each read on its own.
    ["Draft {april 30} friday p2", { title: "Draft", deadline: "2026-04-30", dueDate: "2026-03-06", priority: 2 }],
    [
      "Timesheet every friday {dec 31}",
      {
        title: "Timesheet",
        deadline: "2026-12-31",
        dueDate: "2026-03-06",
        recurrence: repeats("FREQ=WEEKLY;BYDAY=FR"),
      },
    ],
    // The first one wins; other braces stay as typed.
    ["Ship {apr 30} {may 1}", { title: "Ship {may 1}", deadline: "2026-04-30" }],
    // Empty or unreadable braces stay in the title and are not read for anything else.
    ["Tax return {}", { title: "Tax return {}" }],
    ["Tax return {soon}", { title: "Tax return {soon}" }],
    ["Ship {apr 30 or so} p1", { title: "Ship {apr 30 or so}", priority: 1 }],
    ["Map {a: 1} p1", { title: "Map {a: 1}", priority: 1 }],
    // Quoted braces are text.
    ['Print "{april 30}"', { title: "Print {april 30}" }],
  ])("%s", (text, expected) => {
    expect(fields(parse(text))).toEqual({ priority: 4, labels: [], ...expected });
  });

  it("is a token of its own, braces included", () => {
    expect(parse("Tax return {april 30} p1").tokens).toEqual([
      { kind: "deadline", start: 11, end: 21, text: "{april 30}" },
      { kind: "priority", start: 22, end: 24, text: "p1" },
    ]);
  });

  it("stays in the title when un-recognised", () => {
    const result = parse("Tax return {april 30}", {}, { ignore: [{ start: 11, end: 21 }] });
    expect(fields(result)).toEqual({ title: "Tax return {april 30}", priority: 4, labels: [] });
  });

  it("is read in the user's zone", () => {
    expect(parse("Ship {tomorrow}", { zone: "Pacific/Auckland", now: AUCKLAND_THURSDAY }).deadline).toBe("2026-03-06");
  });
});
