import "server-only";
import { accessTokenRouter } from "@/server/modules/access-tokens/router";
import { accountRouter } from "@/server/modules/account/router";
import { calendarFeedRouter } from "@/server/modules/calendar-feeds/router";
import { commentRouter } from "@/server/modules/comments/router";
import { connectedAppRouter } from "@/server/modules/connected-apps/router";
import { conversationRouter } from "@/server/modules/conversations/router";
import { filterRouter } from "@/server/modules/filters/router";
import { importRouter } from "@/server/modules/import/router";
import { labelRouter } from "@/server/modules/labels/router";
import { invitationRouter } from "@/server/modules/members/router";
import { notificationRouter } from "@/server/modules/notifications/router";
import { projectRouter } from "@/server/modules/projects/router";
import { pushRouter } from "@/server/modules/push/router";
import { reminderRouter } from "@/server/modules/reminders/router";
import { sectionRouter } from "@/server/modules/sections/router";
import { sessionRouter } from "@/server/modules/sessions/router";
import { sidebarRouter } from "@/server/modules/sidebar/router";
import { syncRouter } from "@/server/modules/sync/router";
import { taskRouter } from "@/server/modules/tasks/router";
import { createCallerFactory, createTRPCRouter } from "./init";

export const appRouter = createTRPCRouter({
  account: accountRouter,
  task: taskRouter,
  comment: commentRouter,
  project: projectRouter,
  section: sectionRouter,
  invitation: invitationRouter,
  label: labelRouter,
  filter: filterRouter,
  session: sessionRouter,
  accessToken: accessTokenRouter,
  connectedApp: connectedAppRouter,
  reminder: reminderRouter,
  push: pushRouter,
  conversation: conversationRouter,
  sync: syncRouter,
  notification: notificationRouter,
  calendarFeed: calendarFeedRouter,
  import: importRouter,
  sidebar: sidebarRouter,
});

export type AppRouter = typeof appRouter;

/** Calls procedures in-process with a context of the caller's own (tests, MCP, AI tools). */
export const createCaller = createCallerFactory(appRouter);
