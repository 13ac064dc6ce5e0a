"use client";

import { taskPath } from "@/lib/task-url";

export const SERVICE_WORKER_URL = "/sw.js";

export const notificationsSupported = () => typeof window !== "undefined" && "Notification" in window;
const pushSupported = () => "serviceWorker" in navigator && "PushManager" in window;

/** Asks once (the browser remembers the answer); "unsupported" where there are no notifications. */
export async function askNotificationPermission(): Promise<NotificationPermission | "unsupported"> {
  if (!notificationsSupported()) return "unsupported";
  if (Notification.permission !== "default") return Notification.permission;
  return Notification.requestPermission();
}

export async function registerServiceWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!("serviceWorker" in navigator)) return null;
  try {
    return await navigator.serviceWorker.register(SERVICE_WORKER_URL);
  } catch {
    return null;
  }
}

/** The VAPID public key (base64url) as the bytes `pushManager.subscribe` wants. */
function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, "+")
    .replace(/_/g, "/")
    .padEnd(Math.ceil(base64url.length / 4) * 4, "=");
  const binary = atob(base64);
  const bytes = new Uint8Array(new ArrayBuffer(binary.length));
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index);
  return bytes;
}

/** This browser's push subscription (made now if needed), or null where push is unavailable. */
export async function pushSubscriptionFor(publicKey: string): Promise<PushSubscriptionJSON | null> {
  if (!pushSupported() || Notification.permission !== "granted") return null;
  const registration = await registerServiceWorker();
  if (!registration) return null;
  const existing = await registration.pushManager.getSubscription();
  const subscription =
    existing ??
    (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
  return subscription.toJSON();
}

/**
 * Shows a reminder while the app is open, through the service worker when there is one (its click
 * handler opens the task), with the tag a push of the same reminder carries, so the two never double.
 */
export async function showReminder(reminder: { id: string; taskId: string; title: string }) {
  if (!notificationsSupported() || Notification.permission !== "granted") return;
  const options = { body: "Reminder", tag: `reminder:${reminder.id}`, data: { url: taskPath(reminder.taskId) } };
  const registration = "serviceWorker" in navigator ? await navigator.serviceWorker.getRegistration() : undefined;
  if (registration) {
    await registration.showNotification(reminder.title, options);
    return;
  }
  const notification = new Notification(reminder.title, options);
  notification.onclick = () => {
    window.focus();
    window.location.assign(taskPath(reminder.taskId));
  };
}
