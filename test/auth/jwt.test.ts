import { exportPKCS8, exportSPKI, importPKCS8, SignJWT } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAuthenticator, type Authenticator } from "../../src/server/auth/authenticator.js";
import { parseAuthSettings } from "../../src/server/auth/authSettings.js";
import {
  AUDIENCE,
  base64url,
  ISSUER,
  jwksServer,
  nowSeconds,
  refusal,
  signingKey,
  tempFile,
  token,
  type SigningKey,
} from "./fixtures.js";

const bearer = (jwt: string) => ({ headers: { authorization: `Bearer ${jwt}` } });

describe("JWTs verified against a remote JWKS", () => {
  let rsa: SigningKey;
  let ec: SigningKey;
  let jwks: Awaited<ReturnType<typeof jwksServer>>;
  let auth: Authenticator;

  beforeAll(async () => {
    [rsa, ec] = await Promise.all([signingKey("rsa-1"), signingKey("ec-1", "ES256")]);
    jwks = await jwksServer({ keys: [rsa.jwk, ec.jwk] });
    auth = await createAuthenticator(
      parseAuthSettings({
        AUTH_JWKS_URL: jwks.url,
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
        // Small enough that a rotation is picked up at once in this test.
        AUTH_JWKS_COOLDOWN_MS: "0",
      }),
    );
  });
  afterAll(() => jwks.close());

  it("turns a good token into its principal: tenant, space-separated scope, expiry", async () => {
    const exp = nowSeconds() + 120;
    const principal = await auth.authenticate(
      bearer(await token(rsa, { tenant: "acme", scope: "messages:send reports:read", exp })),
    );
    expect(principal).toEqual({
      subject: "user-1",
      tenant: "acme",
      scopes: new Set(["messages:send", "reports:read"]),
      method: "jwt",
      expiresAt: new Date(exp * 1000),
    });
    expect(auth.open).toBe(false);
  });

  it("reads scopes from an scp array, and the default tenant when the token names none", async () => {
    const principal = await auth.authenticate(
      bearer(await token(ec, { scp: ["scenarios:read", "scenarios:write"] })),
    );
    expect(principal.tenant).toBe("default");
    expect([...principal.scopes]).toEqual(["scenarios:read", "scenarios:write"]);
  });

  it("takes the scheme in any case and an audience among several", async () => {
    const jwt = await token(rsa, { aud: ["other-api", AUDIENCE] });
    const principal = await auth.authenticate({ headers: { Authorization: `bearer ${jwt}` } });
    expect(principal.subject).toBe("user-1");
  });

  it("accepts a token expired or not yet valid by less than the clock skew (30 s)", async () => {
    await expect(
      auth.authenticate(bearer(await token(rsa, { exp: nowSeconds() - 10 }))),
    ).resolves.toMatchObject({ method: "jwt" });
    await expect(
      auth.authenticate(bearer(await token(rsa, { nbf: nowSeconds() + 10 }))),
    ).resolves.toMatchObject({ method: "jwt" });
  });

  it("refuses an expired token", async () => {
    const jwt = await token(rsa, { iat: nowSeconds() - 600, exp: nowSeconds() - 60 });
    const error = await refusal(auth.authenticate(bearer(jwt)), jwt);
    expect(error.reason).toBe("TOKEN_EXPIRED");
    expect(error.status).toBe(401);
    expect(error.message).toMatch(/expired/);
  });

  it("refuses a token that is not valid yet beyond the skew", async () => {
    const jwt = await token(rsa, { nbf: nowSeconds() + 60 });
    expect((await refusal(auth.authenticate(bearer(jwt)), jwt)).reason).toBe("TOKEN_NOT_YET_VALID");
  });

  it("refuses a wrong issuer and a wrong audience", async () => {
    const foreign = await token(rsa, { iss: "https://evil.example/" });
    expect((await refusal(auth.authenticate(bearer(foreign)), foreign)).reason).toBe(
      "WRONG_ISSUER",
    );
    const elsewhere = await token(rsa, { aud: "another-service" });
    expect((await refusal(auth.authenticate(bearer(elsewhere)), elsewhere)).reason).toBe(
      "WRONG_AUDIENCE",
    );
  });

  it("refuses an unsigned token (alg: none), crafted by hand", async () => {
    const claims = { iss: ISSUER, aud: AUDIENCE, sub: "admin", exp: nowSeconds() + 300 };
    const unsigned = `${base64url({ alg: "none", typ: "JWT" })}.${base64url(claims)}.`;
    const error = await refusal(auth.authenticate(bearer(unsigned)), unsigned);
    expect(error.reason).toBe("ALGORITHM_NOT_ALLOWED");
  });

  it("refuses HS256 signed with the public key as the HMAC secret", async () => {
    const pem = await exportSPKI(rsa.publicKey);
    const forged = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "admin" })
      .setProtectedHeader({ alg: "HS256", kid: rsa.kid })
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(pem));
    expect((await refusal(auth.authenticate(bearer(forged)), forged)).reason).toBe(
      "ALGORITHM_NOT_ALLOWED",
    );
  });

  it("refuses a token signed by a key the JWKS does not hold", async () => {
    const stranger = await signingKey("stranger");
    const unknown = await token(stranger);
    expect((await refusal(auth.authenticate(bearer(unknown)), unknown)).reason).toBe(
      "UNKNOWN_SIGNING_KEY",
    );
    // The same kid as a published key, but signed by another one.
    const forged = await token(stranger, {}, { kid: rsa.kid });
    expect((await refusal(auth.authenticate(bearer(forged)), forged)).reason).toBe(
      "INVALID_SIGNATURE",
    );
  });

  it("refuses what is not a JWT, and a token without exp, sub or a usable tenant", async () => {
    const garbage = "not-a-jwt";
    expect((await refusal(auth.authenticate(bearer(garbage)), garbage)).reason).toBe(
      "INVALID_TOKEN",
    );
    const forever = await token(rsa, { exp: undefined });
    const anonymous = await token(rsa, { sub: undefined });
    const oddTenant = await token(rsa, { tenant: "../../etc" });
    for (const jwt of [forever, anonymous, oddTenant]) {
      expect((await refusal(auth.authenticate(bearer(jwt)), jwt)).reason).toBe("INVALID_TOKEN");
    }
  });

  it("picks up a rotated key without being recreated", async () => {
    const next = await signingKey("rsa-2", "PS256");
    const rotated = await token(next);
    expect((await refusal(auth.authenticate(bearer(rotated)), rotated)).reason).toBe(
      "UNKNOWN_SIGNING_KEY",
    );
    jwks.serve({ keys: [next.jwk] });
    const before = jwks.fetches;
    await expect(auth.authenticate(bearer(rotated))).resolves.toMatchObject({ subject: "user-1" });
    expect(jwks.fetches).toBe(before + 1);
    // The retired key is gone with the set it was in.
    const retired = await token(rsa);
    expect((await refusal(auth.authenticate(bearer(retired)), retired)).reason).toBe(
      "UNKNOWN_SIGNING_KEY",
    );
    jwks.serve({ keys: [rsa.jwk, ec.jwk] });
  });

  it("tells a key set it cannot fetch (503) from a bad token", async () => {
    const next = await signingKey("rsa-3");
    const jwt = await token(next);
    jwks.fail(500);
    try {
      const error = await refusal(auth.authenticate(bearer(jwt)), jwt);
      expect(error.reason).toBe("SIGNING_KEYS_UNAVAILABLE");
      expect(error.status).toBe(503);
    } finally {
      jwks.fail(200);
    }
  });
});

describe("claim names", () => {
  it("reads the tenant from a dotted path or a namespaced claim, scopes from the configured claim only", async () => {
    const key = await signingKey("k");
    const jwks = await jwksServer({ keys: [key.jwk] });
    try {
      const settings = (tenantClaim: string) =>
        parseAuthSettings({
          AUTH_JWKS_URL: jwks.url,
          AUTH_ISSUER: ISSUER,
          AUTH_AUDIENCE: AUDIENCE,
          AUTH_TENANT_CLAIM: tenantClaim,
          AUTH_SCOPES_CLAIM: "permissions",
        });
      const nested = await createAuthenticator(settings("org.id"));
      const principal = await nested.authenticate(
        bearer(
          await token(key, {
            org: { id: "acme" },
            scope: "messages:send",
            permissions: ["reports:read"],
          }),
        ),
      );
      expect(principal.tenant).toBe("acme");
      expect([...principal.scopes]).toEqual(["reports:read"]);

      const namespaced = await createAuthenticator(settings("https://acme.example/tenant"));
      const other = await namespaced.authenticate(
        bearer(await token(key, { "https://acme.example/tenant": "globex" })),
      );
      expect(other.tenant).toBe("globex");
      expect(other.scopes.size).toBe(0);
    } finally {
      await jwks.close();
    }
  });
});

describe("JWTs verified against AUTH_PUBLIC_KEY_FILE", () => {
  it("verifies with a PEM key whatever the kid, for each algorithm the key fits", async () => {
    const key = await signingKey("ignored");
    const pem = await exportSPKI(key.publicKey);
    const auth = await createAuthenticator(
      parseAuthSettings({
        AUTH_PUBLIC_KEY_FILE: tempFile("public.pem", pem),
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
      }),
    );
    await expect(auth.authenticate(bearer(await token(key)))).resolves.toMatchObject({
      method: "jwt",
    });
    // The same RSA key, used for RSA-PSS and with no kid.
    const pss = {
      ...key,
      alg: "PS256",
      privateKey: await importPKCS8(await exportPKCS8(key.privateKey), "PS256"),
    };
    await expect(
      auth.authenticate(bearer(await token(pss, {}, { kid: null }))),
    ).resolves.toMatchObject({ method: "jwt" });

    const forged = await new SignJWT({ iss: ISSUER, aud: AUDIENCE, sub: "admin" })
      .setProtectedHeader({ alg: "HS256" })
      .setExpirationTime("5m")
      .sign(new TextEncoder().encode(pem));
    expect((await refusal(auth.authenticate(bearer(forged)), forged)).reason).toBe(
      "ALGORITHM_NOT_ALLOWED",
    );
    const ec = await token(await signingKey("ec", "ES256"));
    expect((await refusal(auth.authenticate(bearer(ec)), ec)).reason).toBe("ALGORITHM_NOT_ALLOWED");
  });

  it("selects by kid in a JWK set file", async () => {
    const [first, second] = await Promise.all([signingKey("a", "EdDSA"), signingKey("b")]);
    const auth = await createAuthenticator(
      parseAuthSettings({
        AUTH_PUBLIC_KEY_FILE: tempFile(
          "jwks.json",
          JSON.stringify({ keys: [first.jwk, second.jwk] }),
        ),
        AUTH_ISSUER: ISSUER,
        AUTH_AUDIENCE: AUDIENCE,
      }),
    );
    for (const key of [first, second]) {
      await expect(auth.authenticate(bearer(await token(key)))).resolves.toMatchObject({
        method: "jwt",
      });
    }
    const unknown = await token(await signingKey("c"));
    expect((await refusal(auth.authenticate(bearer(unknown)), unknown)).reason).toBe(
      "UNKNOWN_SIGNING_KEY",
    );
  });
});
