import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/server/config.js";

describe("configuration", () => {
  it("runs against the embedded sandbox when no upstream is set", () => {
    const config = loadConfig({});
    expect(config.upstream).toEqual({ kind: "sandbox" });
    expect(config.env.PORT).toBe(4000);
  });
  it("takes an upstream URL with exactly one kind of credentials", () => {
    expect(
      loadConfig({ OMNI_BASE_URL: "https://xyz.api.infobip.com", OMNI_API_KEY: "k" }).upstream,
    ).toEqual({
      kind: "remote",
      baseUrl: "https://xyz.api.infobip.com",
      auth: { scheme: "App", apiKey: "k" },
    });
    expect(() => loadConfig({ OMNI_BASE_URL: "https://xyz.api.infobip.com" })).toThrow(
      /needs credentials/,
    );
    expect(() =>
      loadConfig({
        OMNI_BASE_URL: "https://x.api.infobip.com",
        OMNI_API_KEY: "k",
        OMNI_BEARER_TOKEN: "t",
      }),
    ).toThrow(/exactly one/);
    expect(() => loadConfig({ OMNI_USERNAME: "u", OMNI_PASSWORD: "p" })).toThrow(
      /OMNI_BASE_URL is not/,
    );
  });
  it("reuses scenarios for 5 s unless told otherwise, 0 turning it off", () => {
    expect(loadConfig({}).env.SCENARIO_CACHE_TTL_MS).toBe(5_000);
    expect(loadConfig({ SCENARIO_CACHE_TTL_MS: "0" }).env.SCENARIO_CACHE_TTL_MS).toBe(0);
    expect(loadConfig({ SCENARIO_CACHE_TTL_MS: "250" }).env.SCENARIO_CACHE_TTL_MS).toBe(250);
    for (const value of ["-1", "1.5", "soon", "300001"]) {
      expect(() => loadConfig({ SCENARIO_CACHE_TTL_MS: value })).toThrow(/SCENARIO_CACHE_TTL_MS/);
    }
  });
  it("lists every invalid value, without echoing secrets", () => {
    let message = "";
    try {
      loadConfig({ PORT: "http", OMNI_BASE_URL: "ftp://nope", OMNI_API_KEY: "SECRET-KEY" });
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("PORT");
    expect(message).toContain("OMNI_BASE_URL");
    expect(message).not.toContain("SECRET-KEY");
  });
});

describe("tenants and caller authentication", () => {
  const tenantsFile = (tenants: unknown) => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), "omni-tenants-")), "tenants.json");
    writeFileSync(file, JSON.stringify({ tenants }));
    return file;
  };
  const routerSecret = { ROUTER_SECRET: "router-secret-0123456789-abcdefgh" };

  it("keeps today's single-account variables working as the implicit tenant", () => {
    const config = loadConfig({
      OMNI_BASE_URL: "https://xyz.api.infobip.com",
      OMNI_API_KEY: "k",
      QUOTA_MESSAGES_PER_MINUTE: "600",
      NODE_ENV: "production",
      ...routerSecret,
    });
    expect(config.tenants).toEqual([
      {
        id: "default",
        upstream: { baseUrl: "https://xyz.api.infobip.com", auth: { scheme: "App", apiKey: "k" } },
        quotas: { messagesPerMinute: 600 },
      },
    ]);
    expect(config.sandbox).toBe(false);
  });

  it("reads each tenant's secrets from the environment, never from the file", () => {
    const file = tenantsFile([
      {
        id: "acme",
        upstream: { baseUrl: "https://acme.api.infobip.com", apiKey: { env: "ACME_KEY" } },
        webhookSecret: { env: "ACME_WEBHOOK" },
        quotas: { messagesPerDay: 10_000 },
      },
      { id: "default" },
    ]);
    const config = loadConfig({
      TENANTS_FILE: file,
      ACME_KEY: "acme-infobip-key",
      ACME_WEBHOOK: "acme-webhook-secret-0123456789",
    });
    expect(config.tenants).toEqual([
      {
        id: "acme",
        upstream: {
          baseUrl: "https://acme.api.infobip.com",
          auth: { scheme: "App", apiKey: "acme-infobip-key" },
        },
        webhookSecret: "acme-webhook-secret-0123456789",
        quotas: { messagesPerDay: 10_000 },
      },
      { id: "default", quotas: {} },
    ]);
    // The tenant without an upstream plays on an embedded sandbox account of its own.
    expect(config.sandbox).toBe(true);

    const literal = tenantsFile([
      { id: "acme", upstream: { baseUrl: "https://acme.api.infobip.com", apiKey: "plaintext" } },
    ]);
    expect(() => loadConfig({ TENANTS_FILE: literal })).toThrow(/\{"env": "VARIABLE"\}/);
    expect(() => loadConfig({ TENANTS_FILE: file })).toThrow(/ACME_KEY is not set/);
  });

  it("refuses to start in production without caller authentication, saying what to set", () => {
    const production = {
      NODE_ENV: "production",
      OMNI_BASE_URL: "https://xyz.api.infobip.com",
      OMNI_API_KEY: "k",
    };
    expect(() => loadConfig(production)).toThrow(/AUTH_JWKS_URL.*\n?.*AUTH_API_KEYS_FILE/s);
    expect(loadConfig({ ...production, ...routerSecret }).auth.router).toBeDefined();
    // The embedded sandbox sends nothing real: open access stays allowed there.
    expect(loadConfig({ NODE_ENV: "production" }).auth).toEqual({});
  });

  it("makes tokens name their tenant when there are several, and keys name configured tenants", () => {
    const keyPair = generateKeyPairSync("ec", { namedCurve: "P-256" });
    const publicKey = keyPair.publicKey.export({ type: "spki", format: "pem" }).toString();
    const dir = mkdtempSync(path.join(tmpdir(), "omni-auth-"));
    writeFileSync(path.join(dir, "public.pem"), publicKey);
    const jwt = {
      AUTH_PUBLIC_KEY_FILE: path.join(dir, "public.pem"),
      AUTH_ISSUER: "https://idp.example.com/",
      AUTH_AUDIENCE: "omni-gateway",
    };
    const two = tenantsFile([{ id: "acme" }, { id: "default" }]);
    const one = tenantsFile([{ id: "default" }]);
    expect(loadConfig({ TENANTS_FILE: two, ...jwt }).auth.tokens?.claimNames.tenantRequired).toBe(
      true,
    );
    expect(loadConfig({ TENANTS_FILE: one, ...jwt }).auth.tokens?.claimNames.tenantRequired).toBe(
      undefined,
    );

    const keys = path.join(dir, "keys.json");
    writeFileSync(
      keys,
      JSON.stringify({
        keys: [{ id: "bff", sha256: "a".repeat(64), tenant: "initech", scopes: ["messages:send"] }],
      }),
    );
    expect(() => loadConfig({ TENANTS_FILE: two, AUTH_API_KEYS_FILE: keys })).toThrow(
      /key bff names tenant "initech", which is not configured/,
    );
  });
});

describe("CORS", () => {
  const refusal = (variables: NodeJS.ProcessEnv) => {
    try {
      loadConfig(variables);
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError);
      return (error as Error).message;
    }
    return expect.unreachable("the configuration was accepted");
  };

  it("sends no CORS headers unless origins are listed", () => {
    expect(loadConfig({}).cors).toBeUndefined();
  });

  it("takes exact origins, credentials off unless asked for", () => {
    expect(
      loadConfig({ CORS_ORIGINS: "https://app.example.com, http://localhost:5173" }).cors,
    ).toEqual({
      origins: ["https://app.example.com", "http://localhost:5173"],
      credentials: false,
    });
    expect(
      loadConfig({ CORS_ORIGINS: "capacitor://localhost", CORS_CREDENTIALS: "true" }).cors,
    ).toEqual({ origins: ["capacitor://localhost"], credentials: true });
  });

  it("names every entry no browser would send, wildcards and patterns included", () => {
    const message = refusal({
      CORS_ORIGINS:
        "https://ok.example.com,*,https://*.example.com,/example\\.com$/,https://app.example.com/,null,",
    });
    expect(message).toContain("CORS_ORIGINS");
    for (const bad of ['"*"', '"https://*.example.com"', '"/example\\.com$/"', '"null"', '""']) {
      expect(message).toContain(`${bad} is not an origin`);
    }
    expect(message).toContain(
      '"https://app.example.com/" never matches: browsers send "https://app.example.com"',
    );
    expect(message).not.toContain('"https://ok.example.com"');
    expect(refusal({ CORS_ORIGINS: "https://App.Example.com:443" })).toContain(
      'browsers send "https://app.example.com"',
    );
  });

  it("refuses credentials without origins", () => {
    expect(refusal({ CORS_CREDENTIALS: "true" })).toMatch(
      /CORS_CREDENTIALS applies with CORS_ORIGINS/,
    );
  });
});
