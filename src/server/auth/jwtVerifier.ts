import { createPublicKey, type JsonWebKey, type KeyObject } from "node:crypto";
import {
  createLocalJWKSet,
  createRemoteJWKSet,
  errors,
  jwtVerify,
  type JWTVerifyGetKey,
} from "jose";
import type { Principal } from "../../domain/principal.js";
import { algorithmsForKey, type SignatureAlgorithm } from "./algorithms.js";
import { principalFromClaims } from "./claims.js";
import type { PublicKeys } from "./publicKeyFile.js";
import {
  claimVerificationOptions,
  refusalOf,
  SigningKeysUnavailable,
  type TokenRules,
} from "./tokenRules.js";

/** Where the keys that sign tokens come from, and which algorithms they may sign with. */
export type SigningKeys = { algorithms: readonly SignatureAlgorithm[] } & (
  | {
      source: "jwks";
      url: URL;
      /** How soon after a fetch an unknown `kid` may make jose fetch the set again. */
      cooldownMs: number;
      /** How long a fetched set is used before it is fetched again regardless. */
      cacheMaxAgeMs: number;
      timeoutMs: number;
    }
  | { source: "file"; keys: PublicKeys }
);

export interface JwtVerifier {
  /** The principal of a Bearer token, or an AuthenticationError saying which check failed. */
  verify(token: string): Promise<Principal>;
}

export function createJwtVerifier(signingKeys: SigningKeys, rules: TokenRules): JwtVerifier {
  const { key, algorithms } = verificationKey(signingKeys);
  const options = { ...claimVerificationOptions(rules), algorithms: [...algorithms] };
  return {
    async verify(token) {
      try {
        const { payload } = await jwtVerify(token, key, options);
        return principalFromClaims(payload, rules.claimNames);
      } catch (error) {
        throw refusalOf(error);
      }
    },
  };
}

function verificationKey(signingKeys: SigningKeys): {
  key: KeyObject | JWTVerifyGetKey;
  algorithms: readonly SignatureAlgorithm[];
} {
  const { algorithms } = signingKeys;
  if (signingKeys.source === "jwks") return { key: remoteKeys(signingKeys), algorithms };
  const { keys } = signingKeys;
  if (keys.kind === "keySet") return { key: createLocalJWKSet(keys.keySet), algorithms };
  // A KeyObject rather than jose's imported CryptoKey: a CryptoKey is bound to one algorithm,
  // while one RSA key may verify both RS256 and PS256 tokens.
  const fits = new Set(algorithmsForKey(keys.key));
  return {
    key: createPublicKey({ key: keys.key as JsonWebKey, format: "jwk" }),
    algorithms: algorithms.filter((algorithm) => fits.has(algorithm)),
  };
}

/**
 * jose caches the set and fetches it again when a token names a `kid` it does not hold (after
 * the cooldown), so a rotation at the IdP needs no restart. Failing to fetch is told apart from
 * a token that names an unknown key: the first is ours (503), the second the caller's (401).
 */
function remoteKeys(settings: Extract<SigningKeys, { source: "jwks" }>): JWTVerifyGetKey {
  const keySet = createRemoteJWKSet(settings.url, {
    cooldownDuration: settings.cooldownMs,
    cacheMaxAge: settings.cacheMaxAgeMs,
    timeoutDuration: settings.timeoutMs,
  });
  return async (header, token) => {
    try {
      return await keySet(header, token);
    } catch (error) {
      if (
        error instanceof errors.JWKSNoMatchingKey ||
        error instanceof errors.JWKSMultipleMatchingKeys ||
        error instanceof errors.JOSENotSupported
      ) {
        throw error;
      }
      throw new SigningKeysUnavailable("the JWKS could not be fetched or read", { cause: error });
    }
  };
}
