import { constantTimeMatcher } from "./constantTime.js";
import { headerValue, type RequestHeaders } from "./credentials.js";

/** The header Apollo's guide has the router insert on every subgraph request. */
export const ROUTER_SECRET_HEADER = "router-authorization";

/** Whether a request carries the router's shared secret, compared in constant time. */
export function createRouterSecretCheck(secret: string): (headers: RequestHeaders) => boolean {
  const isSecret = constantTimeMatcher(secret);
  // Authentication and the request's context both ask; one HMAC per request is enough.
  const answered = new WeakMap<RequestHeaders, boolean>();
  return (headers) => {
    const known = answered.get(headers);
    if (known !== undefined) return known;
    const given = headerValue(headers, ROUTER_SECRET_HEADER);
    const fromRouter = typeof given === "string" && isSecret(given);
    answered.set(headers, fromRouter);
    return fromRouter;
  };
}
