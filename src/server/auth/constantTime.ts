import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * A check of a presented secret against `secret` in constant time. Both sides are HMACed under
 * a key of this process first, so neither the secret's length nor a near miss shows in the timing.
 */
export function constantTimeMatcher(secret: string): (given: string) => boolean {
  const key = randomBytes(32);
  const digest = (value: string) => createHmac("sha256", key).update(value, "utf8").digest();
  const expected = digest(secret);
  return (given) => timingSafeEqual(digest(given), expected);
}
