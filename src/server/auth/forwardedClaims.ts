import { UnsecuredJWT } from "jose";
import type { Principal } from "../../domain/principal.js";
import { principalFromClaims } from "./claims.js";
import { claimVerificationOptions, refusalOf, type TokenRules } from "./tokenRules.js";

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
