/**
 * The demo account `npm run db:seed` creates. Its password is public on purpose (README, sign-in
 * page): the sign-in page offers the account only outside production (src/server/demo/offer.ts).
 */
export const DEMO_ACCOUNT = {
  // example.com is reserved (RFC 2606): the seeded reminders can never mail a real inbox.
  email: "demo@example.com",
  password: "tasklane-demo",
  name: "Demo User",
} as const;
