import { createHash, timingSafeEqual } from "node:crypto";
import { headerValue, type RequestHeaders } from "./credentials.js";

/** The header Apollo's guide has the router insert on every subgraph request. */
export const ROUTER_SECRET_HEADER = "router-authorization";

/**
 * Whether a request carries the router's shared secret. Both sides are hashed before the
 * constant-time comparison, so neither the secret's length nor a near miss shows in the timing.
 */
export function createRouterSecretCheck(secret: string): (headers: RequestHeaders) => boolean {
  const expected = digest(secret);
  return (headers) => {
    const given = headerValue(headers, ROUTER_SECRET_HEADER);
    return typeof given === "string" && timingSafeEqual(digest(given), expected);
  };
}

function digest(value: string): Buffer {
  return createHash("sha256").update(value, "utf8").digest();
}
