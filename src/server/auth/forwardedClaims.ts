import { UnsecuredJWT } from "jose";
import type { Principal } from "../../domain/principal.js";
import { AuthenticationError } from "./AuthenticationError.js";
import { principalFromClaims } from "./claims.js";
import { claimVerificationOptions, refusalOf, type TokenRules } from "./tokenRules.js";

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

/**
 * The principal of claims the router verified. Their signature is not checked (there is none
 * to check), but everything else is, exactly as for a verified JWT: jose's own claim checks run
 * on them, wrapped as an unsigned token, so the two paths cannot drift apart.
 */
export function principalFromForwardedClaims(
  claims: Record<string, unknown>,
  rules: TokenRules,
): Principal {
  try {
    const unsigned = new UnsecuredJWT(claims).encode();
    const { payload } = UnsecuredJWT.decode(unsigned, claimVerificationOptions(rules));
    return principalFromClaims(payload, rules.claimNames);
  } catch (error) {
    throw refusalOf(error);
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
