const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * Where an authorization sends the user (and the code) back, in words for the consent page: the one
 * thing about a self-registered app that its own name cannot fake. Null for an address that is no URL.
 */
export function describeRedirect(redirectUri: string): string | null {
  let url: URL;
  try {
    url = new URL(redirectUri);
  } catch {
    return null;
  }
  if (url.protocol === "http:" && LOOPBACK_HOSTS.has(url.hostname)) return "an app on this computer";
  if (url.protocol === "http:" || url.protocol === "https:") return url.host;
  // A private-use scheme (RFC 8252 §7.1), e.g. com.example.app:/callback: an app installed on this device.
  return `an app on this device (${url.protocol.slice(0, -1)})`;
}
