import { createHash } from "node:crypto";

/**
 * The SHA-256 of an API key, as the keys file stores it: the file never holds a usable key,
 * and a leaked file does not let anyone in. Keys are random (32 bytes or more), so a fast hash
 * is enough; a slow one would only slow every request down.
 */
export function apiKeyDigest(key: string): Buffer {
  return createHash("sha256").update(key, "utf8").digest();
}

/** The `sha256` value to put in AUTH_API_KEYS_FILE for a new key. */
export function hashApiKey(key: string): string {
  return apiKeyDigest(key).toString("hex");
}
