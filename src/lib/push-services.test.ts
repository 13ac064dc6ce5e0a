import { describe, expect, it } from "vitest";
import { isAllowedPushEndpoint } from "./push-services";

describe("isAllowedPushEndpoint", () => {
  it.each([
    "https://fcm.googleapis.com/fcm/send/abc:def",
    "https://fcm.googleapis.com:443/fcm/send/abc",
    "https://FCM.googleapis.com/fcm/send/abc",
    "https://updates.push.services.mozilla.com/wpush/v2/gAAAA",
    "https://autopush.stage.push.services.mozilla.com/wpush/v2/gAAAA",
    "https://wns2-by3p.notify.windows.com/w/?token=abc",
    "https://web.push.apple.com/QGx1",
    "https://api.push.apple.com/3/device/abc",
  ])("accepts %s", (endpoint) => {
    expect(isAllowedPushEndpoint(endpoint)).toBe(true);
  });

  it.each([
    "http://fcm.googleapis.com/fcm/send/abc",
    "https://fcm.googleapis.com:8443/fcm/send/abc",
    "https://user@fcm.googleapis.com/fcm/send/abc",
    "https://user:secret@fcm.googleapis.com/fcm/send/abc",
    "https://fcm.googleapis.com./fcm/send/abc",
    "https://fcm.googleapis.com.attacker.test/fcm/send/abc",
    "https://notfcm.googleapis.com/fcm/send/abc",
    "https://googleapis.com/fcm/send/abc",
    "https://push.services.mozilla.com/wpush/v2/abc",
    "https://evilpush.services.mozilla.com/wpush/v2/abc",
    "https://notify.windows.com/w/?token=abc",
    "https://push.apple.com/abc",
    "https://169.254.169.254/latest/meta-data/",
    "https://10.0.0.1/push",
    "https://[::1]/push",
    "https://localhost/push",
    "https://127.0.0.1/push",
    "not a url",
    "",
  ])("refuses %j", (endpoint) => {
    expect(isAllowedPushEndpoint(endpoint)).toBe(false);
  });
});
