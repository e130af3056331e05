import type { JWK } from "jose";

/**
 * The JWS algorithms a token may be signed with: public-key ones only. `none` and the HS*
 * family are absent on purpose: with HS*, the public key itself (which anyone can read) would
 * be used as the HMAC secret, and anyone could sign tokens.
 */
export const SIGNATURE_ALGORITHMS = [
  "RS256",
  "RS384",
  "RS512",
  "PS256",
  "PS384",
  "PS512",
  "ES256",
  "ES384",
  "ES512",
  "EdDSA",
  "Ed25519",
] as const;

export type SignatureAlgorithm = (typeof SIGNATURE_ALGORITHMS)[number];

export const DEFAULT_ALGORITHMS: readonly SignatureAlgorithm[] = [
  "RS256",
  "ES256",
  "PS256",
  "EdDSA",
];

export function isSignatureAlgorithm(value: string): value is SignatureAlgorithm {
  return (SIGNATURE_ALGORITHMS as readonly string[]).includes(value);
}

const EC_ALGORITHM: Record<string, SignatureAlgorithm> = {
  "P-256": "ES256",
  "P-384": "ES384",
  "P-521": "ES512",
};

/**
 * The algorithms one key can verify. With a single configured key, tokens are checked against
 * only these, so a token whose `alg` does not fit the key is refused as such rather than
 * failing deep inside the crypto with an unrelated message.
 */
export function algorithmsForKey(jwk: JWK): SignatureAlgorithm[] {
  const fits = algorithmsForKeyType(jwk);
  // A JWK that names its algorithm is meant for that one only (RFC 7517 §4.4).
  return jwk.alg === undefined ? fits : fits.filter((algorithm) => algorithm === jwk.alg);
}

function algorithmsForKeyType(jwk: JWK): SignatureAlgorithm[] {
  if (jwk.kty === "RSA") return ["RS256", "RS384", "RS512", "PS256", "PS384", "PS512"];
  if (jwk.kty === "EC") {
    const algorithm = jwk.crv === undefined ? undefined : EC_ALGORITHM[jwk.crv];
    return algorithm ? [algorithm] : [];
  }
  if (jwk.kty === "OKP" && jwk.crv === "Ed25519") return ["EdDSA", "Ed25519"];
  return [];
}
