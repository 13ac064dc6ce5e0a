import type { Metadata } from "next";
import { requireSession } from "@/server/auth/session";
import { api, HydrateClient } from "@/trpc/server";
import { AccessTokensSection } from "./_components/access-tokens-section";
import { CalendarFeedsSection } from "./_components/calendar-feeds-section";
import { ConnectedAppsSection } from "./_components/connected-apps-section";
import { EmailSection } from "./_components/email-section";
import { NameForm } from "./_components/name-form";
import { NotificationEmailForm } from "./_components/notification-email-form";
import { PasswordSection } from "./_components/password-section";
import { SessionsSection } from "./_components/sessions-section";
import { TimeFormatForm } from "./_components/time-format-form";
import { TimeZoneForm } from "./_components/time-zone-form";
import { TwoFactorSection } from "./_components/two-factor/two-factor-section";
import { YourData } from "./_components/your-data";

export const metadata: Metadata = { title: "Settings" };

/**
 * The zones offered: what this server's `Intl` knows (the same engine that checks a saved zone),
 * plus UTC, which `supportedValuesOf` leaves out but is every account's default.
 */
function timeZoneOptions(current: string): string[] {
  const zones = new Set(Intl.supportedValuesOf("timeZone"));
  zones.add("UTC");
  zones.add(current);
  return [...zones].sort();
}

export default async function SettingsPage({ searchParams }: PageProps<"/settings">) {
  await requireSession();
  const [me, { email: emailParam }, notificationEmail] = await Promise.all([
    api.account.me(),
    searchParams,
    api.notification.preferences(),
    api.session.list.prefetch(),
    api.accessToken.list.prefetch(),
    api.connectedApp.list.prefetch(),
    api.calendarFeed.list.prefetch(),
  ]);
  return (
    <div className="flex flex-col gap-8">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <NameForm name={me.name} />
      <EmailSection email={me.email} verified={me.emailVerified} changed={emailParam === "changed"} />
      <PasswordSection hasPassword={me.hasPassword} />
      <TimeZoneForm timeZone={me.timeZone} options={timeZoneOptions(me.timeZone)} />
      <TimeFormatForm timeFormat={me.timeFormat} />
      <TwoFactorSection enabled={me.twoFactorEnabled} hasPassword={me.hasPassword} />
      <NotificationEmailForm email={notificationEmail.email} />
      <HydrateClient paths={["session.list", "accessToken.list", "connectedApp.list", "calendarFeed.list"]}>
        <SessionsSection timeZone={me.timeZone} />
        <AccessTokensSection timeZone={me.timeZone} />
        <ConnectedAppsSection timeZone={me.timeZone} />
        <CalendarFeedsSection timeZone={me.timeZone} />
      </HydrateClient>
      <YourData hasPassword={me.hasPassword} />
    </div>
  );
}
