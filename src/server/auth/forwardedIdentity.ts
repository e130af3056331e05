import { AuthenticationError } from "./AuthenticationError.js";

/** Hive Gateway's JWT plugin forwards under this `extensions` field unless told otherwise. */
export const FORWARDED_CLAIMS_EXTENSION = "jwt";

/**
 * What a router forwarded in `extensions.jwt`. Hive Gateway sends `{ payload, token }`
 * (`forward.payload`, on by default; `forward.token`, off by default); a Rhai script or
 * coprocessor in Apollo Router may put the claims there directly.
 */
export type ForwardedIdentity =
  { kind: "claims"; claims: Record<string, unknown> } | { kind: "token"; token: string };

export function forwardedIdentity(
  extensions: Record<string, unknown> | undefined,
): ForwardedIdentity | undefined {
  const forwarded = extensions?.[FORWARDED_CLAIMS_EXTENSION];
  if (forwarded === undefined || forwarded === null) return undefined;
  if (!isObject(forwarded)) {
    throw new AuthenticationError(
      "FORWARDED_CLAIMS_REFUSED",
      `extensions.${FORWARDED_CLAIMS_EXTENSION} is not an object of claims.`,
    );
  }
  const { payload, token } = forwarded;
  if (isObject(payload)) return { kind: "claims", claims: payload };
  if (payload === undefined && isObject(token) && typeof token.value === "string") {
    return { kind: "token", token: token.value };
  }
  return { kind: "claims", claims: forwarded };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
