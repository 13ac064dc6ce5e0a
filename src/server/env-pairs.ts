// Settings that only make sense together (SMTP_URL + EMAIL_FROM, an OAuth client id + secret):
// one without the other is a mistake, not a choice. Apart from src/env.ts so unit tests can call it.

export interface PairIssue {
  path: string;
  message: string;
}

export function pairIssue(settings: Record<string, unknown>, first: string, second: string): PairIssue | null {
  if (Boolean(settings[first]) === Boolean(settings[second])) return null;
  return settings[first]
    ? { path: second, message: `is required when ${first} is set` }
    : { path: first, message: `is required when ${second} is set (or unset ${second})` };
}

/** The pairs src/env.ts checks. */
export const SETTING_PAIRS = [
  ["SMTP_URL", "EMAIL_FROM"],
  ["GITHUB_CLIENT_ID", "GITHUB_CLIENT_SECRET"],
  ["GOOGLE_CLIENT_ID", "GOOGLE_CLIENT_SECRET"],
  ["OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET"],
  ["OIDC_CLIENT_ID", "OIDC_DISCOVERY_URL"],
  ["VAPID_PUBLIC_KEY", "VAPID_PRIVATE_KEY"],
  ["VAPID_PUBLIC_KEY", "VAPID_SUBJECT"],
  ["BENCH", "BENCH_SECRET"],
] as const;

export function settingPairIssues(settings: Record<string, unknown>): PairIssue[] {
  return SETTING_PAIRS.map(([first, second]) => pairIssue(settings, first, second)).filter(
    (issue): issue is PairIssue => issue !== null,
  );
}
