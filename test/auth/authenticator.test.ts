import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_SCOPES } from "../../src/domain/scopes.js";
import { createAuthenticator, type Authenticator } from "../../src/server/auth/authenticator.js";
import { parseAuthSettings } from "../../src/server/auth/authSettings.js";
import { hashApiKey } from "../../src/server/auth/hashApiKey.js";
import {
  AUDIENCE,
  ISSUER,
  jwksServer,
  nowSeconds,
  refusal,
  signingKey,
  tempFile,
  token,
  type SigningKey,
} from "./fixtures.js";

const ROUTER_SECRET = randomBytes(24).toString("base64url");
const API_KEY = randomBytes(32).toString("base64url");
const fromRouter = { "router-authorization": ROUTER_SECRET };

const forwardedClaims = (claims: Record<string, unknown> = {}) => ({
  iss: ISSUER,
  aud: AUDIENCE,
  sub: "user-7",
  exp: nowSeconds() + 300,
  tenant: "acme",
  scope: "messages:read",
  ...claims,
});

describe("open (development) mode", () => {
  it("serves everyone as anonymous with every scope when nothing is configured", async () => {
    const auth = await createAuthenticator(parseAuthSettings({}));
    expect(auth.open).toBe(true);
    expect(auth.routerSecretSet).toBe(false);
    const principal = await auth.authenticate({ headers: { authorization: "Bearer whatever" } });
    expect(principal).toEqual({
      subject: "anonymous",
      tenant: "default",
      scopes: ALL_SCOPES,
      method: "none",
    });
    expect(auth.fromRouter(fromRouter)).toBe(false);
  });
});

describe("JWTs and API keys together", () => {
  it("sends Bearer to the JWT verifier and ApiKey to the keys file", async () => {
    const key = await signingKey("k1", "ES256");
    const jwks = await jwksServer({ keys: [key.jwk] });
    try {
      const auth = await createAuthenticator(
        parseAuthSettings({
          AUTH_JWKS_URL: jwks.url,
          AUTH_ISSUER: ISSUER,
          AUTH_AUDIENCE: AUDIENCE,
          AUTH_API_KEYS_FILE: tempFile(
            "keys.json",
            JSON.stringify({ keys: [{ id: "bff", sha256: hashApiKey(API_KEY), scopes: [] }] }),
          ),
        }),
      );
      const jwt = await token(key);
      await expect(
        auth.authenticate({ headers: { authorization: `Bearer ${jwt}` } }),
      ).resolves.toMatchObject({ method: "jwt", subject: "user-1" });
      await expect(
        auth.authenticate({ headers: { authorization: `ApiKey ${API_KEY}` } }),
      ).resolves.toMatchObject({ method: "apiKey", subject: "bff" });
      // An API key presented as a Bearer token is a malformed JWT, not a key.
      const mixedUp = await refusal(
        auth.authenticate({ headers: { authorization: `Bearer ${API_KEY}` } }),
        API_KEY,
      );
      expect(mixedUp.reason).toBe("INVALID_TOKEN");
      const missing = await refusal(auth.authenticate({ headers: {} }));
      expect(missing.reason).toBe("MISSING_CREDENTIALS");
      expect(missing.message).toMatch(/Bearer.*ApiKey/);
    } finally {
      await jwks.close();
    }
  });
});

describe("behind a router (ROUTER_SECRET)", () => {
  let key: SigningKey;
  let jwks: Awaited<ReturnType<typeof jwksServer>>;
  let routerOnly: Authenticator;
  let withJwt: Authenticator;

  beforeAll(async () => {
    key = await signingKey("k1");
    jwks = await jwksServer({ keys: [key.jwk] });
    routerOnly = await createAuthenticator(
      parseAuthSettings({
        ROUTER_SECRET,
        ROUTER_DEFAULT_SCOPES: "scenarios:read",
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
      }),
    );
    withJwt = await createAuthenticator(
      parseAuthSettings({
        ROUTER_SECRET,
        AUTH_JWKS_URL: jwks.url,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
      }),
    );
  });
  afterAll(() => jwks.close());

  it("refuses a request without the secret, or with a wrong one", async () => {
    expect(routerOnly.open).toBe(false);
    expect(routerOnly.routerSecretSet).toBe(true);
    // A near miss: the last character changed (to one it is not already).
    const wrong = `${ROUTER_SECRET.slice(0, -1)}${ROUTER_SECRET.endsWith("x") ? "y" : "x"}`;
    for (const headers of [{}, { "router-authorization": wrong }, { "router-authorization": "" }]) {
      const error = await refusal(routerOnly.authenticate({ headers }), wrong);
      expect(error.reason).toBe("ROUTER_SECRET_REQUIRED");
    }
    expect(routerOnly.fromRouter({ "router-authorization": wrong })).toBe(false);
    expect(routerOnly.fromRouter({ "Router-Authorization": ROUTER_SECRET })).toBe(true);
    // Even a valid JWT does not get past a missing secret: only the router may call.
    const jwt = await token(key);
    const direct = await refusal(
      withJwt.authenticate({ headers: { authorization: `Bearer ${jwt}` } }),
      jwt,
    );
    expect(direct.reason).toBe("ROUTER_SECRET_REQUIRED");
  });

  it("gives a router request without identity the router principal and ROUTER_DEFAULT_SCOPES", async () => {
    await expect(routerOnly.authenticate({ headers: fromRouter })).resolves.toEqual({
      subject: "router",
      tenant: "default",
      scopes: new Set(["scenarios:read"]),
      method: "router",
    });
    // A credential the subgraph is not set up to check (the client's token for the router) is
    // not an identity here.
    await expect(
      routerOnly.authenticate({ headers: { ...fromRouter, authorization: "Bearer a.b.c" } }),
    ).resolves.toMatchObject({ method: "router" });
  });

  it("accepts Hive Gateway's forwarded claims ({ payload }) and bare claims, with the secret", async () => {
    const exp = nowSeconds() + 200;
    await expect(
      routerOnly.authenticate({
        headers: fromRouter,
        extensions: { jwt: { payload: forwardedClaims({ exp }) } },
      }),
    ).resolves.toEqual({
      subject: "user-7",
      tenant: "acme",
      scopes: new Set(["messages:read"]),
      method: "jwt",
      expiresAt: new Date(exp * 1000),
    });
    await expect(
      routerOnly.authenticate({
        headers: fromRouter,
        extensions: { jwt: forwardedClaims({ tenant: "globex" }) },
      }),
    ).resolves.toMatchObject({ tenant: "globex" });
  });

  it("still checks forwarded claims for time, issuer and audience", async () => {
    const cases = [
      [{ exp: nowSeconds() - 60 }, "TOKEN_EXPIRED"],
      [{ nbf: nowSeconds() + 60 }, "TOKEN_NOT_YET_VALID"],
      [{ iss: "https://evil.example/" }, "WRONG_ISSUER"],
      [{ aud: "someone-else" }, "WRONG_AUDIENCE"],
      [{ exp: undefined }, "INVALID_TOKEN"],
      [{ scope: 42 }, "INVALID_TOKEN"],
    ] as const;
    for (const [claims, reason] of cases) {
      const error = await refusal(
        routerOnly.authenticate({
          headers: fromRouter,
          extensions: { jwt: { payload: forwardedClaims(claims) } },
        }),
      );
      expect(error.reason).toBe(reason);
    }
  });

  it("refuses forwarded claims that do not come with the secret", async () => {
    const direct = await createAuthenticator(
      parseAuthSettings({
        ROUTER_SECRET,
        AUTH_ALLOW_DIRECT: "true",
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        AUTH_API_KEYS_FILE: tempFile(
          "keys.json",
          JSON.stringify({ keys: [{ id: "bff", sha256: hashApiKey(API_KEY), scopes: [] }] }),
        ),
      }),
    );
    const forged = { jwt: { payload: forwardedClaims({ scope: "messages:send" }) } };
    const withKey = { authorization: `ApiKey ${API_KEY}` };
    const error = await refusal(direct.authenticate({ headers: withKey, extensions: forged }));
    expect(error.reason).toBe("FORWARDED_CLAIMS_REFUSED");
    // Direct callers with their own credential are let in, and are not the router.
    await expect(direct.authenticate({ headers: withKey })).resolves.toMatchObject({
      method: "apiKey",
    });
    expect(direct.fromRouter(withKey)).toBe(false);
    const anonymous = await refusal(direct.authenticate({ headers: {} }));
    expect(anonymous.reason).toBe("MISSING_CREDENTIALS");
  });

  it("verifies a Bearer token the router passes on, and refuses a bad one", async () => {
    const jwt = await token(key, { tenant: "acme" });
    await expect(
      withJwt.authenticate({ headers: { ...fromRouter, authorization: `Bearer ${jwt}` } }),
    ).resolves.toMatchObject({ method: "jwt", tenant: "acme" });
    const expired = await token(key, { exp: nowSeconds() - 120 });
    const error = await refusal(
      withJwt.authenticate({ headers: { ...fromRouter, authorization: `Bearer ${expired}` } }),
      expired,
    );
    expect(error.reason).toBe("TOKEN_EXPIRED");
    // Hive Gateway with forward.token instead of forward.payload.
    await expect(
      withJwt.authenticate({
        headers: fromRouter,
        extensions: { jwt: { token: { value: jwt, prefix: "Bearer" } } },
      }),
    ).resolves.toMatchObject({ method: "jwt", tenant: "acme" });
  });
});
