import { createSign, generateKeyPairSync } from "node:crypto";

/**
 * A stand-in identity provider for the kit: an RSA key pair made at start, whose public half the
 * router and every replica verify tokens with, and whose private half signs demo tokens. In
 * production the IdP's JWKS URL takes its place (gateway.config.ts, AUTH_JWKS_URL).
 */

export const DEMO_ISSUER = "https://idp.supergraph-kit.invalid/";
export const DEMO_AUDIENCE = "omni-gateway";

/** Every scope the omni subgraph knows (README, "Who may do what"). */
export const ALL_SCOPES = [
  "scenarios:read",
  "scenarios:write",
  "messages:send",
  "push:send",
  "messages:read",
  "reports:read",
];

export function createDemoIssuer() {
  const { publicKey, privateKey } = generateKeyPairSync("rsa", { modulusLength: 2048 });
  return {
    publicKeyPem: publicKey.export({ type: "spki", format: "pem" }),
    /**
     * An RS256 token for `sub`, valid for `ttlSeconds`, with `scope` as a space-separated
     * string (what Hive Gateway's generic auth and the omni subgraph both read).
     */
    sign({ sub = "demo-user", scopes = ALL_SCOPES, ttlSeconds = 3600, ...claims } = {}) {
      const now = Math.floor(Date.now() / 1000);
      const header = { alg: "RS256", typ: "JWT" };
      const payload = {
        iss: DEMO_ISSUER,
        aud: DEMO_AUDIENCE,
        sub,
        scope: scopes.join(" "),
        iat: now,
        exp: now + ttlSeconds,
        ...claims,
      };
      const signingInput = [header, payload].map((part) => base64url(JSON.stringify(part)));
      const signature = createSign("SHA256").update(signingInput.join(".")).sign(privateKey);
      return [...signingInput, signature.toString("base64url")].join(".");
    },
  };
}

function base64url(text) {
  return Buffer.from(text).toString("base64url");
}
