import "server-only";
import { createHash } from "node:crypto";

/** The namespace of ids a restore derives (a UUID of our own, as RFC 9562 §5.5 asks of a v5 namespace). */
const RESTORE_NAMESPACE = "8f0b6c52-3a3e-4c1e-9f57-4f3d2c9a7b10";

/** UUID version 5 (RFC 9562 §5.5): SHA-1 of the namespace's bytes and the name, with version and variant set. */
export function uuidV5(namespace: string, name: string): string {
  const hash = createHash("sha1")
    .update(Buffer.from(namespace.replaceAll("-", ""), "hex"))
    .update(name)
    .digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * A restored row's id: UUID v5 of (the importing user, the id in the file). The same file restored twice by
 * the same user gives the same ids, so the second run finds every row already there and adds nothing; two
 * users restoring one file get different ids, and nobody can aim an id at someone else's row (that would take
 * a SHA-1 preimage).
 */
export function derivedId(userId: string, sourceId: string): string {
  return uuidV5(RESTORE_NAMESPACE, `${userId}:${sourceId}`);
}
