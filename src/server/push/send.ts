import "server-only";
import webpush from "web-push";
import type { VapidDetails } from "./vapid";

export interface PushTarget {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/** What the push service answered: 201 delivered, 404/410 the subscription is gone for good. */
export type PushSender = (target: PushTarget, payload: string) => Promise<{ status: number }>;

/** One push's whole request; a push service answers in well under a second. */
const PUSH_TIMEOUT_MS = 5_000;

/**
 * A sender that encrypts and signs with `web-push` (RFC 8291 payload, VAPID header) and posts with
 * `fetch`: web-push's own transport is https-only, and tests point subscriptions at a local http server.
 * It posts to the endpoint it is given (callers check it against the push services first) and never
 * follows a redirect: a 3xx is the push service's answer, a failure like any other non-2xx.
 */
export function webPushSender(vapid: VapidDetails): PushSender {
  return async (target, payload) => {
    const request = webpush.generateRequestDetails(
      { endpoint: target.endpoint, keys: { p256dh: target.p256dh, auth: target.auth } },
      payload,
      { vapidDetails: vapid, TTL: 24 * 60 * 60 },
    );
    const response = await fetch(request.endpoint, {
      method: request.method,
      headers: request.headers,
      body: request.body ? new Uint8Array(request.body) : null,
      redirect: "manual",
      signal: AbortSignal.timeout(PUSH_TIMEOUT_MS),
    });
    await response.body?.cancel();
    return { status: response.status };
  };
}
