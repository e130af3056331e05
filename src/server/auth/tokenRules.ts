import { errors, type JWTClaimVerificationOptions } from "jose";
import { AuthenticationError, type AuthenticationFailure } from "./AuthenticationError.js";
import type { ClaimNames } from "./claims.js";

/**
 * What a valid token's claims look like. The same rules hold for a JWT the gateway verifies
 * and for claims a router forwards after verifying the token itself.
 */
export interface TokenRules {
  /** Accepted `iss` values: one issuer, or several while moving between IdPs. */
  issuers: readonly string[];
  /** Accepted `aud` values; the token must name at least one. */
  audiences: readonly string[];
  /** Leeway for `exp` and `nbf`, for clocks of the IdP and of this host that disagree. */
  clockSkewSeconds: number;
  claimNames: ClaimNames;
}

/**
 * jose's claim checks for these rules. `sub` is required because the principal needs a
 * subject, `exp` because a token that never expires cannot be revoked and would keep a
 * websocket open forever.
 */
export function claimVerificationOptions(rules: TokenRules): JWTClaimVerificationOptions {
  return {
    issuer: [...rules.issuers],
    audience: [...rules.audiences],
    clockTolerance: rules.clockSkewSeconds,
    requiredClaims: ["sub", "exp"],
  };
}

/** The key set could not be fetched or read; told apart from the caller's own mistakes. */
export class SigningKeysUnavailable extends Error {
  override readonly name = "SigningKeysUnavailable";
}

/**
 * The reason a token was refused, from jose's error. jose's own messages are not passed on:
 * the claim errors carry the token's payload, and a fixed sentence per reason is all a
 * caller (or a log) needs.
 */
export function refusalOf(error: unknown): AuthenticationError {
  if (error instanceof AuthenticationError) return error;
  if (error instanceof SigningKeysUnavailable) {
    return new AuthenticationError(
      "SIGNING_KEYS_UNAVAILABLE",
      "Token not checked: the signing keys could not be loaded; try again.",
      { cause: error.cause },
    );
  }
  if (error instanceof errors.JWTExpired) {
    return refusal("TOKEN_EXPIRED", "the token has expired (exp)");
  }
  if (error instanceof errors.JWTClaimValidationFailed) {
    const missing = error.reason === "missing";
    switch (error.claim) {
      case "iss":
        return refusal("WRONG_ISSUER", "the token's issuer (iss) is not accepted");
      case "aud":
        return refusal("WRONG_AUDIENCE", "the token is not meant for this audience (aud)");
      case "nbf":
        if (error.reason === "check_failed") {
          return refusal("TOKEN_NOT_YET_VALID", "the token is not valid yet (nbf)");
        }
        break;
      case "sub":
      case "exp":
        if (missing) return refusal("INVALID_TOKEN", `the token has no ${error.claim} claim`);
        break;
    }
    return refusal("INVALID_TOKEN", `${claimLabel(error.claim)} is invalid`);
  }
  if (error instanceof errors.JOSEAlgNotAllowed) {
    return refusal("ALGORITHM_NOT_ALLOWED", "the token's signing algorithm (alg) is not accepted");
  }
  if (error instanceof errors.JWKSNoMatchingKey) {
    return refusal("UNKNOWN_SIGNING_KEY", "no signing key matches the token's kid and alg");
  }
  if (error instanceof errors.JWKSMultipleMatchingKeys) {
    return refusal("UNKNOWN_SIGNING_KEY", "several signing keys match; the token needs a kid");
  }
  if (error instanceof errors.JWSSignatureVerificationFailed) {
    return refusal("INVALID_SIGNATURE", "the token's signature does not verify");
  }
  return refusal("INVALID_TOKEN", "the token is not a well-formed, signed JWT");
}

/** Only names jose itself checks are echoed; anything else could be text from the token. */
function claimLabel(claim: string): string {
  const known = ["iss", "aud", "sub", "exp", "nbf", "iat", "typ"].includes(claim);
  return known ? `the token's ${claim} claim` : "a claim of the token";
}

function refusal(reason: AuthenticationFailure, detail: string): AuthenticationError {
  return new AuthenticationError(reason, `Token refused: ${detail}.`);
}
