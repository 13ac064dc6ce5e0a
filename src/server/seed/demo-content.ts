import "server-only";
import { addDays, daysInMonth, formatDateString, parseDateString, weekdayOf } from "@/lib/dates";
import type { ColorName } from "@/lib/schemas/colors";
import type { CreateTaskInput } from "@/lib/schemas/task";

export const DEMO_LABELS = [
  { name: "errands", color: "orange" },
  { name: "calls", color: "teal" },
  { name: "deep-work", color: "indigo" },
  { name: "waiting", color: "gray" },
] as const satisfies readonly { name: string; color: ColorName }[];

/** Saved filters (#19) in the demo account's sidebar. */
export const DEMO_FILTERS = [
  { name: "Urgent this week", query: "(p1 | p2) & (overdue | 7 days)", color: "red" },
  { name: "Calls to make", query: "@calls & !no date", color: "teal" },
] as const satisfies readonly { name: string; query: string; color: ColorName }[];

export type DemoLabelName = (typeof DEMO_LABELS)[number]["name"];

/** A task as the `task.create` procedure takes it, plus what other procedures add afterwards. */
export interface DemoTask extends Omit<CreateTaskInput, "id" | "projectId" | "parentId" | "labelIds"> {
  labels?: DemoLabelName[];
  /** Completed through `task.setCompleted` once created. */
  completed?: boolean;
  /** A reminder this many minutes before the due time (`reminder.create`). */
  remindMinutesBefore?: number;
  subtasks?: DemoTask[];
}

export interface DemoProject {
  name: string;
  color: ColorName;
  tasks: DemoTask[];
}

export interface DemoContent {
  inbox: DemoTask[];
  projects: DemoProject[];
}

/** The next date on or after `date` that falls on `weekday` (0 = Sunday). */
function onOrAfter(date: string, weekday: number): string {
  return addDays(date, (weekday - weekdayOf(date) + 7) % 7);
}

function lastDayOfMonth(date: string): string {
  const { year, month } = parseDateString(date);
  return formatDateString({ year, month, day: daysInMonth(year, month) });
}

function firstOfNextMonth(date: string): string {
  return addDays(lastDayOfMonth(date), 1);
}

/**
 * The demo account's projects and tasks, with dates relative to `today` (the demo user's date):
 * some overdue, some today, some later, some undated, repeating ones, subtasks and a few done.
 */
export function demoContent(today: string): DemoContent {
  const day = (offset: number) => addDays(today, offset);
  return {
    inbox: [
      {
        title: "Call the dentist to book a check-up",
        priority: 2,
        dueDate: day(-1),
        labels: ["calls"],
      },
      { title: "Buy a birthday card for Sam", dueDate: day(2), labels: ["errands"] },
      {
        title: "Renew passport",
        description:
          "Before the summer trip.\n\n- [ ] New photo (the booth at the post office)\n- [ ] Old passport\n- [ ] Fill in the online form",
        priority: 1,
        dueDate: day(14),
        dueTime: "10:00",
        remindMinutesBefore: 24 * 60,
      },
      {
        title: "Water the plants",
        dueDate: today,
        recurrence: { rrule: "FREQ=DAILY;INTERVAL=3", from: "completion" },
      },
      { title: "Read: Shape Up, chapters 1–3", description: "https://basecamp.com/shapeup" },
      { title: "Back up the laptop" },
    ],
    projects: [
      {
        name: "Work",
        color: "blue",
        tasks: [
          {
            title: "Prepare the Q3 roadmap review",
            description: "Twenty minutes for the leadership sync: what shipped, what slipped, what is next.",
            priority: 1,
            dueDate: today,
            dueTime: "15:00",
            labels: ["deep-work"],
            subtasks: [
              { title: "Collect updates from each team", completed: true },
              { title: "Draft the slides" },
              { title: "Book a meeting room" },
            ],
          },
          {
            title: "Daily stand-up notes",
            dueDate: today,
            dueTime: "09:30",
            recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", from: "due" },
          },
          {
            title: "Weekly planning",
            description: "Look at next week's calendar; pick the three things that matter.",
            dueDate: onOrAfter(day(1), 1),
            dueTime: "09:00",
            recurrence: { rrule: "FREQ=WEEKLY;BYDAY=MO", from: "due" },
            labels: ["deep-work"],
          },
          {
            title: "Submit the expense report",
            priority: 2,
            dueDate: lastDayOfMonth(today),
            recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=-1", from: "due" },
          },
          {
            title: "Reply to Alex about the API contract",
            priority: 2,
            dueDate: day(-2),
            labels: ["waiting"],
          },
          { title: "Review pull request #482", priority: 2, dueDate: today, labels: ["deep-work"] },
          { title: "Fix the flaky sign-in test", priority: 3, dueDate: day(-5) },
          { title: "Schedule a 1:1 with Priya", dueDate: day(1), labels: ["calls"] },
          {
            title: "Write the onboarding guide for new hires",
            priority: 3,
            dueDate: day(6),
            labels: ["deep-work"],
          },
          { title: "Send the meeting notes", dueDate: day(-1), completed: true },
        ],
      },
      {
        name: "Home",
        color: "green",
        tasks: [
          {
            title: "Pay rent",
            priority: 1,
            dueDate: firstOfNextMonth(today),
            dueTime: "09:00",
            recurrence: { rrule: "FREQ=MONTHLY;BYMONTHDAY=1", from: "due" },
            remindMinutesBefore: 0,
          },
          {
            title: "Take out the recycling",
            dueDate: day(-1),
            recurrence: { rrule: "FREQ=WEEKLY", from: "due" },
          },
          {
            title: "Grocery run",
            description: "Oat milk, eggs, coffee, lemons, rice.",
            dueDate: onOrAfter(today, 6),
            recurrence: { rrule: "FREQ=WEEKLY;BYDAY=SA", from: "due" },
            labels: ["errands"],
          },
          {
            title: "Fix the leaking kitchen tap",
            priority: 2,
            dueDate: day(-3),
            subtasks: [
              { title: "Watch a how-to video", completed: true },
              { title: "Buy a new washer", labels: ["errands"] },
            ],
          },
          { title: "Call Mum", dueDate: today, dueTime: "18:30", labels: ["calls"] },
          {
            title: "Plan a weekend trip",
            description: "Somewhere within two hours by train. Ask Jo about dates.",
            labels: ["waiting"],
          },
          { title: "Cancel the unused gym membership", completed: true },
        ],
      },
      {
        name: "Side project",
        color: "purple",
        tasks: [
          { title: "Set up the domain and DNS", priority: 2, dueDate: day(-1) },
          { title: "Sketch the landing page", dueDate: day(3), labels: ["deep-work"] },
          { title: "Ship v0.1", priority: 1, dueDate: day(10) },
          {
            title: "Write the first blog post",
            description: "Why we are building this, in under 800 words.",
            subtasks: [{ title: "Outline" }, { title: "First draft" }, { title: "Pick a cover image" }],
          },
          { title: "Register the project name", completed: true },
        ],
      },
    ],
  };
}
