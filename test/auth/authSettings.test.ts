import { randomBytes } from "node:crypto";
import { exportJWK, exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import { describe, expect, it } from "vitest";
import {
  AuthSettingsError,
  describeMissingAuth,
  parseAuthSettings,
} from "../../src/server/auth/authSettings.js";
import { hashApiKey } from "../../src/server/auth/hashApiKey.js";
import { AUDIENCE, ISSUER, tempFile } from "./fixtures.js";

const JWKS_URL = "https://idp.example.test/.well-known/jwks.json";

function problemsOf(env: Record<string, string>): string {
  try {
    parseAuthSettings(env);
  } catch (error) {
    expect(error).toBeInstanceOf(AuthSettingsError);
    return (error as Error).message;
  }
  return expect.unreachable("the settings were accepted");
}

const keysFile = (content: unknown) =>
  tempFile("keys.json", typeof content === "string" ? content : JSON.stringify(content));

describe("authentication settings", () => {
  it("is empty (open mode) when nothing is set", () => {
    expect(parseAuthSettings({})).toEqual({});
  });

  it("fills in the defaults for a JWKS", () => {
    const settings = parseAuthSettings({
      AUTH_JWKS_URL: JWKS_URL,
      AUTH_ISSUER: `${ISSUER}, https://old-idp.example.test/`,
      AUTH_AUDIENCE: AUDIENCE,
    });
    expect(settings.tokens).toEqual({
      issuers: [ISSUER, "https://old-idp.example.test/"],
      audiences: [AUDIENCE],
      clockSkewSeconds: 30,
      claimNames: { tenant: "tenant", scopes: undefined },
    });
    expect(settings.signingKeys).toEqual({
      source: "jwks",
      url: new URL(JWKS_URL),
      cooldownMs: 30_000,
      cacheMaxAgeMs: 600_000,
      timeoutMs: 5_000,
      algorithms: ["RS256", "ES256", "PS256", "EdDSA"],
    });
  });

  it("needs an issuer and an audience with a key source", () => {
    const message = problemsOf({ AUTH_JWKS_URL: JWKS_URL });
    expect(message).toContain("AUTH_ISSUER: required with AUTH_JWKS_URL");
    expect(message).toContain("AUTH_AUDIENCE: required with AUTH_JWKS_URL");
  });

  it("refuses an issuer without keys, which would quietly leave the gateway open", () => {
    expect(problemsOf({ AUTH_ISSUER: ISSUER, AUTH_AUDIENCE: AUDIENCE })).toMatch(
      /AUTH_ISSUER: no token is checked/,
    );
  });

  it("refuses none, HS*, unknown algorithms, and plain-http key sets off localhost", () => {
    const message = problemsOf({
      AUTH_JWKS_URL: "http://idp.example.test/jwks.json",
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      AUTH_ALGORITHMS: "RS256,HS256,none",
    });
    expect(message).toContain("HS256 is not accepted");
    expect(message).toContain("none is not accepted");
    expect(message).toMatch(/AUTH_JWKS_URL: must be https/);
    expect(() =>
      parseAuthSettings({
        AUTH_JWKS_URL: "http://localhost:8080/jwks.json",
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
      }),
    ).not.toThrow();
  });

  it("refuses a short ROUTER_SECRET without echoing it", () => {
    const secret = "too-short-secret";
    const message = problemsOf({ ROUTER_SECRET: secret });
    expect(message).toMatch(/ROUTER_SECRET: at least 24 characters/);
    expect(message).not.toContain(secret);
  });

  it("checks the router variables together", () => {
    const secret = randomBytes(24).toString("hex");
    expect(problemsOf({ ROUTER_DEFAULT_SCOPES: "scenarios:read" })).toContain(
      "ROUTER_DEFAULT_SCOPES: applies with ROUTER_SECRET only",
    );
    expect(problemsOf({ ROUTER_SECRET: secret, ROUTER_DEFAULT_SCOPES: "all" })).toContain(
      "all is not a scope",
    );
    expect(problemsOf({ AUTH_ALLOW_DIRECT: "true" })).toContain("AUTH_ALLOW_DIRECT: applies");
    expect(problemsOf({ ROUTER_SECRET: secret, AUTH_ALLOW_DIRECT: "true" })).toContain(
      "direct callers need",
    );
    expect(
      parseAuthSettings({
        ROUTER_SECRET: secret,
        ROUTER_DEFAULT_SCOPES: "scenarios:read reports:read",
      }).router,
    ).toEqual({ secret, defaultScopes: ["scenarios:read", "reports:read"], allowDirect: false });
  });

  it("lists every problem of a bad keys file, by place, never quoting a key", () => {
    const plaintext = randomBytes(32).toString("base64url");
    const message = problemsOf({
      AUTH_API_KEYS_FILE: keysFile({
        keys: [
          { id: "bff", sha256: plaintext, scopes: ["messages:send"] },
          { id: "bff", sha256: hashApiKey("x"), scopes: ["everything"] },
          { id: "ops", sha256: hashApiKey("y"), key: plaintext, scopes: [] },
        ],
      }),
    });
    expect(message).toContain("keys.0.sha256: 64 hex digits");
    expect(message).toContain("keys.1.scopes.0");
    expect(message).toContain("keys.2");
    expect(message).toContain('"key"');
    expect(message).not.toContain(plaintext);

    const duplicate = problemsOf({
      AUTH_API_KEYS_FILE: keysFile({
        keys: [
          { id: "a", sha256: hashApiKey("same"), scopes: [] },
          { id: "a", sha256: hashApiKey("same"), scopes: [] },
        ],
      }),
    });
    expect(duplicate).toContain("keys.1.id: the same id is listed twice");
    expect(duplicate).toContain("keys.1.sha256: the same sha256 is listed twice");

    expect(problemsOf({ AUTH_API_KEYS_FILE: keysFile(`{"keys": [${plaintext}`) })).toMatch(
      /AUTH_API_KEYS_FILE: cannot read .* as JSON/,
    );
    expect(problemsOf({ AUTH_API_KEYS_FILE: keysFile({ keys: [] }) })).toContain("keys:");
    expect(problemsOf({ AUTH_API_KEYS_FILE: "/nonexistent/keys.json" })).toContain(
      "cannot read /nonexistent/keys.json",
    );
  });

  it("refuses a private key, a symmetric key or a key no allowed algorithm fits", async () => {
    const rsa = await generateKeyPair("RS256", { extractable: true });
    const env = (file: string, extra: Record<string, string> = {}) => ({
      AUTH_PUBLIC_KEY_FILE: file,
      AUTH_ISSUER: ISSUER,
      AUTH_AUDIENCE: AUDIENCE,
      ...extra,
    });
    const pkcs8 = await exportPKCS8(rsa.privateKey);
    const privatePem = problemsOf(env(tempFile("key.pem", pkcs8)));
    expect(privatePem).toContain("private key");
    expect(privatePem).not.toContain(pkcs8.split("\n")[1]);
    const privateJwk = await exportJWK(rsa.privateKey);
    expect(problemsOf(env(tempFile("key.json", JSON.stringify(privateJwk))))).toContain(
      "private key material",
    );
    expect(
      problemsOf(
        env(tempFile("key.json", JSON.stringify({ keys: [{ kty: "oct", k: "c2VjcmV0" }] }))),
      ),
    ).toContain("keys[0] is not a public key");
    expect(
      problemsOf(
        env(tempFile("key.pem", await exportSPKI(rsa.publicKey)), { AUTH_ALGORITHMS: "ES256" }),
      ),
    ).toContain("AUTH_ALGORITHMS: none fits the key");
    expect(problemsOf({ ...env(tempFile("key.pem", "garbage")), AUTH_JWKS_URL: JWKS_URL })).toMatch(
      /not both[\s\S]*neither a SPKI PEM nor JSON/,
    );
  });

  it("lists problems of several variables at once", () => {
    const message = problemsOf({
      AUTH_JWKS_URL: "not a url",
      AUTH_CLOCK_SKEW_SECONDS: "-1",
      ROUTER_SECRET: "short",
      AUTH_JWKS_COOLDOWN_MS: "soon",
      AUTH_AUDIENCE: " , ",
    });
    expect(message).toContain("AUTH_AUDIENCE: name at least one");
    for (const variable of [
      "AUTH_JWKS_URL",
      "AUTH_CLOCK_SKEW_SECONDS",
      "ROUTER_SECRET",
      "AUTH_JWKS_COOLDOWN_MS",
      "AUTH_ISSUER",
    ]) {
      expect(message).toContain(`${variable}:`);
    }
  });

  it("names the variables to set when a production start finds none", () => {
    const text = describeMissingAuth();
    for (const variable of [
      "AUTH_JWKS_URL",
      "AUTH_PUBLIC_KEY_FILE",
      "AUTH_ISSUER",
      "AUTH_AUDIENCE",
      "AUTH_API_KEYS_FILE",
      "ROUTER_SECRET",
    ]) {
      expect(text).toContain(variable);
    }
  });
});
