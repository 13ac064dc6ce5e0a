/**
 * The Web Push services whose endpoints we accept: the only hosts the server ever posts a push to.
 * A subscription's endpoint is a URL the browser hands us, so anything else (an internal address, a
 * metadata service, localhost) would make the server send requests wherever a user likes. Checked when a
 * browser subscribes and again before every send. A browser on another push service needs its host here
 * (README, Security: Web Push).
 */
export const PUSH_SERVICE_HOSTS = [
  // Chrome, Edge (Chromium), Opera, Samsung Internet: Firebase Cloud Messaging.
  "fcm.googleapis.com",
  // Firefox.
  "updates.push.services.mozilla.com",
  "*.push.services.mozilla.com",
  // Legacy Edge and Windows apps: Windows Push Notification Services.
  "*.notify.windows.com",
  // Safari (macOS 13+, iOS 16.4+).
  "web.push.apple.com",
  "*.push.apple.com",
] as const;

/** Whether `host` (lowercase, as `URL` gives it) is one of the hosts above; `*.` matches one or more labels. */
function isPushServiceHost(host: string): boolean {
  return PUSH_SERVICE_HOSTS.some((allowed) =>
    allowed.startsWith("*.") ? host.endsWith(allowed.slice(1)) && host.length > allowed.length - 1 : host === allowed,
  );
}

/** The check a push endpoint passes: https on the default port, no credentials, a push service's host. */
export type PushEndpointCheck = (endpoint: string) => boolean;

export const isAllowedPushEndpoint: PushEndpointCheck = (endpoint) => {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  return (
    url.protocol === "https:" && url.port === "" && !url.username && !url.password && isPushServiceHost(url.hostname)
  );
};
