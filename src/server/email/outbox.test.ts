import { describe, expect, it } from "vitest";
import {
  changeEmailEmail,
  emailChangedEmail,
  magicLinkEmail,
  noAccountEmail,
  reminderEmail,
  resetPasswordEmail,
  verificationEmail,
} from "./messages";
import { REMOVED_LINK, withoutLinks } from "./outbox";

const TOKEN = "tok_9f8e7d6c5b4a";
const link = (path: string) => `https://tasks.example.com${path}?token=${TOKEN}&callbackURL=%2F&x='y'`;
const user = { email: "ada@example.test", name: "Ada" };

const everyMessage = {
  verification: verificationEmail(user, link("/api/auth/verify-email")),
  reset: resetPasswordEmail(user, link("/reset-password")),
  changeEmail: changeEmailEmail(user, link("/api/auth/verify-email")),
  magicLink: magicLinkEmail(user.email, link("/api/auth/magic-link/verify")),
  noAccount: noAccountEmail(user.email, link("/sign-up")),
  emailChanged: emailChangedEmail(user.email, "new@example.test", link("/forgot-password")),
  reminder: reminderEmail(user, "Pay rent", link("/")),
};

describe("the outbox without links (production without SMTP)", () => {
  it.each(Object.entries(everyMessage))("keeps no part of the %s mail's link, in text or HTML", (_name, message) => {
    expect(message.text + message.html).toContain(TOKEN);

    const kept = withoutLinks(message);

    expect(kept.text + kept.html).not.toContain(TOKEN);
    expect(kept.text + kept.html).not.toMatch(/https?:/);
    expect(kept.text).toContain(REMOVED_LINK);
    expect(kept.html).toContain(REMOVED_LINK);
    expect({ to: kept.to, subject: kept.subject }).toEqual({ to: message.to, subject: message.subject });
  });
});
