import type { EmailMessage } from "./types";

// The app's emails: a plain-text body (what the outbox page shows) and a minimal HTML twin.

const escapeHtml = (value: string) => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The greeting of every mail about the account itself (verification, reset, change of address, sign-in
 * links): never the account's name. Whoever signs up or takes over an account with someone's address
 * chooses that name, and a name like "Urgent: confirm at www.example.net" would reach that address in
 * a genuine Tasklane mail, where mail apps make it a link. Refusing URL-like names cannot be complete
 * ("example dot net", look-alike characters), leaving the name out is.
 */
const STRANGER = "there";

interface LinkEmail {
  to: string;
  name: string;
  subject: string;
  intro: string;
  action: string;
  url: string;
  outro: string;
}

function linkEmail({ to, name, subject, intro, action, url, outro }: LinkEmail): EmailMessage {
  const text = `Hi ${name},\n\n${intro}\n\n${action}: ${url}\n\n${outro}\n\n— Tasklane`;
  const html = [
    `<p>Hi ${escapeHtml(name)},</p>`,
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(url)}">${escapeHtml(action)}</a></p>`,
    `<p>${escapeHtml(outro)}</p>`,
    "<p>— Tasklane</p>",
  ].join("\n");
  return { to, subject, text, html };
}

export function verificationEmail(user: { email: string }, url: string): EmailMessage {
  return linkEmail({
    to: user.email,
    name: STRANGER,
    subject: "Verify your email for Tasklane",
    intro: "Confirm that this is your email address by opening the link below.",
    action: "Verify your email",
    url,
    outro: "The link works for 24 hours. If you did not create a Tasklane account, ignore this email.",
  });
}

export function resetPasswordEmail(user: { email: string }, url: string): EmailMessage {
  return linkEmail({
    to: user.email,
    name: STRANGER,
    subject: "Reset your Tasklane password",
    intro: "Someone (hopefully you) asked to reset the password of your Tasklane account.",
    action: "Choose a new password",
    url,
    outro:
      "The link works once, for 1 hour. If you did not ask for it, ignore this email: your password stays the same.",
  });
}

export function changeEmailEmail(user: { email: string }, url: string): EmailMessage {
  return linkEmail({
    to: user.email,
    name: STRANGER,
    subject: "Confirm your new email for Tasklane",
    intro: "You asked to sign in to Tasklane with this address from now on. Confirm it by opening the link below.",
    action: "Confirm your new email",
    url,
    outro:
      "The link works for 24 hours. Until then your account keeps its old address. If you did not ask, ignore this email.",
  });
}

export function magicLinkEmail(email: string, url: string): EmailMessage {
  return linkEmail({
    to: email,
    name: STRANGER,
    subject: "Your Tasklane sign-in link",
    intro: "Open the link below to sign in to Tasklane.",
    action: "Sign in to Tasklane",
    url,
    outro: "The link works once, for 5 minutes. If you did not ask for it, ignore this email.",
  });
}

export function noAccountEmail(email: string, signUpUrl: string): EmailMessage {
  return linkEmail({
    to: email,
    name: STRANGER,
    subject: "Signing in to Tasklane",
    intro: "Someone asked for a sign-in link for this address, but there is no Tasklane account with it.",
    action: "Create an account",
    url: signUpUrl,
    outro: "If it was not you, ignore this email.",
  });
}

export function existingAccountEmail(user: { email: string }, signInUrl: string, resetUrl: string) {
  return linkEmail({
    to: user.email,
    name: STRANGER,
    subject: "Someone tried to sign up to Tasklane with your address",
    intro: "Someone tried to create a Tasklane account with this address, which already has one. Nothing was changed.",
    action: "If it was you, sign in",
    url: signInUrl,
    outro: `Forgot your password? Reset it here: ${resetUrl}\nIf it was not you, ignore this email.`,
  });
}

export function emailChangedEmail(oldEmail: string, newEmail: string, resetUrl: string): EmailMessage {
  return linkEmail({
    to: oldEmail,
    name: STRANGER,
    subject: "Your Tasklane email was changed",
    intro: `Your Tasklane account now signs in with ${newEmail} instead of this address.`,
    action: "If this was not you, reset your password",
    url: resetUrl,
    outro: "If you made this change, there is nothing to do.",
  });
}

export function reminderEmail(user: { email: string; name: string }, taskTitle: string, url: string): EmailMessage {
  return linkEmail({
    to: user.email,
    name: user.name,
    subject: `Reminder: ${taskTitle}`,
    intro: `You asked to be reminded of "${taskTitle}".`,
    action: "Open the task",
    url,
    outro: "You get this email because the task has a reminder. Remove it in the task's details.",
  });
}

/**
 * An invitation into a project, to an address that may have no account: like the account mails, it names
 * nothing anyone chose (not the project, not who invited), which the invitation page shows once signed in.
 */
export function invitationEmail(email: string, role: string, url: string): EmailMessage {
  return linkEmail({
    to: email,
    name: STRANGER,
    subject: "You are invited to a shared project on Tasklane",
    intro: `Someone invited this address to a shared project on Tasklane, as ${role === "viewer" ? "a" : "an"} ${role}.`,
    action: "See the invitation",
    url,
    outro:
      "Sign in (or create an account) with this address to see who invited you and to accept or decline. " +
      "The link works once, for 7 days. If you were not expecting it, ignore this email.",
  });
}

/**
 * A notification the recipient chose to get by email (Settings). Unlike the account mails it names who
 * did what and the task or project: the recipient shares that project with them and asked for these.
 */
export function notificationEmail(
  recipient: { email: string; name: string },
  sentence: string,
  excerpt: string | null,
  url: string,
): EmailMessage {
  return linkEmail({
    to: recipient.email,
    name: recipient.name,
    subject: sentence,
    intro: excerpt ? `${sentence}:\n\n“${excerpt}”` : `${sentence}.`,
    action: "Open it in Tasklane",
    url,
    outro: "You get this email because you chose it in Settings → Notifications, where you can turn it off.",
  });
}
