import {
  DEFAULT_ALGORITHMS,
  SIGNATURE_ALGORITHMS,
  algorithmsForKey,
  isScope,
  isSignatureAlgorithm,
  readApiKeysFile
} from "./chunk-W6WGDU3P.js";
import {
  DEFAULT_LIMITS,
  DEFAULT_SCHEMA,
  originProblem
} from "./chunk-ALKT5I7G.js";
import "./chunk-OAPOXV62.js";
import {
  DEFAULT_TENANT,
  isTenantId
} from "./chunk-4PI7FEUT.js";
import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/config.js
import path from "node:path";
import { z as z3 } from "zod";

// dist/server/auth/authSettings.js
import { z } from "zod";

// dist/server/auth/publicKeyFile.js
import { createPublicKey } from "node:crypto";
import { readFileSync } from "node:fs";
var SPKI_PEM = "-----BEGIN PUBLIC KEY-----";
function readPublicKeyFile(path2) {
  let text;
  try {
    text = readFileSync(path2, "utf8").trim();
  } catch {
    throw new Error(`cannot read ${path2}`);
  }
  if (text.includes("PRIVATE KEY")) {
    throw new Error("the file holds a private key; give the public key only");
  }
  if (text.startsWith("-----BEGIN")) {
    if (!text.startsWith(SPKI_PEM)) {
      throw new Error(`a PEM file must be a SPKI public key ("${SPKI_PEM}")`);
    }
    return { kind: "key", key: jwkOfPem(text) };
  }
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error("the file is neither a SPKI PEM nor JSON (a JWK or a JWK set)");
  }
  if (isObject(json) && Array.isArray(json.keys)) {
    if (!json.keys.length)
      throw new Error("the JWK set has no keys");
    const keys = json.keys.map((key, index) => publicJwk(key, `keys[${index}]`));
    return { kind: "keySet", keySet: { keys } };
  }
  return { kind: "key", key: publicJwk(json, "the JWK") };
}
__name(readPublicKeyFile, "readPublicKeyFile");
function jwkOfPem(pem) {
  try {
    return createPublicKey(pem).export({ format: "jwk" });
  } catch {
    throw new Error("the PEM is not a readable public key");
  }
}
__name(jwkOfPem, "jwkOfPem");
function publicJwk(value, label) {
  if (!isObject(value) || typeof value.kty !== "string") {
    throw new Error(`${label} is not a JWK (no "kty")`);
  }
  if (!["RSA", "EC", "OKP"].includes(value.kty)) {
    throw new Error(`${label} is not a public key (kty must be RSA, EC or OKP)`);
  }
  if ("d" in value || "k" in value) {
    throw new Error(`${label} holds private key material; give the public key only`);
  }
  try {
    createPublicKey({ key: value, format: "jwk" });
  } catch {
    throw new Error(`${label} is not a readable public key`);
  }
  return value;
}
__name(publicJwk, "publicJwk");
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
__name(isObject, "isObject");

// dist/server/auth/authSettings.js
var AuthSettingsError = class extends Error {
  static {
    __name(this, "AuthSettingsError");
  }
  name = "AuthSettingsError";
};
var DEFAULT_TENANT_CLAIM = "tenant";
var list = /* @__PURE__ */ __name((value) => value.split(",").map((item) => item.trim()).filter(Boolean), "list");
var nameList = z.string().transform(list).pipe(z.array(z.string()).min(1, "name at least one"));
var algorithmList = z.string().transform(list).pipe(z.array(z.string().refine(isSignatureAlgorithm, {
  error: /* @__PURE__ */ __name((issue) => `${String(issue.input)} is not accepted; use public-key algorithms (${SIGNATURE_ALGORITHMS.join(", ")}), never none or HS*`, "error")
})).min(1, "name at least one algorithm"));
var scopeList = z.string().transform((value) => value.split(/[\s,]+/).filter(Boolean)).pipe(z.array(z.string().refine(isScope, { error: /* @__PURE__ */ __name((issue) => `${String(issue.input)} is not a scope`, "error") })));
var nonNegativeInt = z.coerce.number().int().min(0);
var positiveInt = z.coerce.number().int().positive();
var jwksUrl = z.url({ protocol: /^https?$/ }).refine(isSecureOrLocal, "must be https (plain http only to localhost): the keys decide who gets in");
var authEnv = z.object({
  AUTH_JWKS_URL: jwksUrl.optional(),
  // jose's defaults; a cooldown of 0 lets every unknown kid cost a fetch of the IdP.
  AUTH_JWKS_COOLDOWN_MS: nonNegativeInt.default(3e4),
  AUTH_JWKS_CACHE_MAX_AGE_MS: positiveInt.default(6e5),
  AUTH_JWKS_TIMEOUT_MS: positiveInt.default(5e3),
  AUTH_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  AUTH_ISSUER: nameList.optional(),
  AUTH_AUDIENCE: nameList.optional(),
  AUTH_ALGORITHMS: algorithmList.prefault(DEFAULT_ALGORITHMS.join(",")),
  AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  AUTH_TENANT_CLAIM: z.string().min(1).default(DEFAULT_TENANT_CLAIM),
  AUTH_SCOPES_CLAIM: z.string().min(1).optional(),
  AUTH_API_KEYS_FILE: z.string().min(1).optional(),
  ROUTER_SECRET: z.string().min(24, "at least 24 characters (e.g. `openssl rand -base64 32`)").optional(),
  ROUTER_DEFAULT_SCOPES: scopeList.prefault(""),
  AUTH_ALLOW_DIRECT: z.stringbool().default(false)
});
function parseAuthSettings(source) {
  const problems = [];
  const report = /* @__PURE__ */ __name((variable, message) => problems.push(`  ${variable}: ${message}`), "report");
  const given = /* @__PURE__ */ __name((variable) => source[variable] !== void 0, "given");
  const parsed = authEnv.safeParse(source);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      report(issue.path[0], issue.message);
  }
  const values = parsed.success ? parsed.data : void 0;
  const keySource = ["AUTH_JWKS_URL", "AUTH_PUBLIC_KEY_FILE"].filter(given);
  if (keySource.length > 1)
    report("AUTH_PUBLIC_KEY_FILE", "set AUTH_JWKS_URL or this, not both");
  const claimsChecked = keySource.length > 0 || given("ROUTER_SECRET");
  for (const variable of ["AUTH_ISSUER", "AUTH_AUDIENCE"]) {
    if (keySource.length && !given(variable))
      report(variable, `required with ${keySource[0]}`);
  }
  if (!keySource.length && given("AUTH_ISSUER") !== given("AUTH_AUDIENCE")) {
    report("AUTH_AUDIENCE", "AUTH_ISSUER and AUTH_AUDIENCE go together");
  }
  if (!claimsChecked && (given("AUTH_ISSUER") || given("AUTH_AUDIENCE"))) {
    report("AUTH_ISSUER", "no token is checked without AUTH_JWKS_URL, AUTH_PUBLIC_KEY_FILE or ROUTER_SECRET (forwarded claims)");
  }
  for (const variable of [
    "AUTH_JWKS_COOLDOWN_MS",
    "AUTH_JWKS_CACHE_MAX_AGE_MS",
    "AUTH_JWKS_TIMEOUT_MS"
  ]) {
    if (given(variable) && !given("AUTH_JWKS_URL"))
      report(variable, "applies to AUTH_JWKS_URL only");
  }
  if (given("ROUTER_DEFAULT_SCOPES") && !given("ROUTER_SECRET")) {
    report("ROUTER_DEFAULT_SCOPES", "applies with ROUTER_SECRET only");
  }
  if (values?.AUTH_ALLOW_DIRECT) {
    if (!given("ROUTER_SECRET")) {
      report("AUTH_ALLOW_DIRECT", "applies with ROUTER_SECRET only (without it, anyone may call)");
    } else if (!keySource.length && !given("AUTH_API_KEYS_FILE")) {
      report("AUTH_ALLOW_DIRECT", "direct callers need AUTH_JWKS_URL, AUTH_PUBLIC_KEY_FILE or AUTH_API_KEYS_FILE");
    }
  }
  const publicKeys = readFile("AUTH_PUBLIC_KEY_FILE", source, report, readPublicKeyFile);
  const apiKeys = readFile("AUTH_API_KEYS_FILE", source, report, readApiKeysFile);
  if (publicKeys?.kind === "key" && values) {
    const fits = algorithmsForKey(publicKeys.key);
    if (!values.AUTH_ALGORITHMS.some((algorithm) => fits.includes(algorithm))) {
      report("AUTH_ALGORITHMS", `none fits the key of AUTH_PUBLIC_KEY_FILE, which takes ${fits.join(", ") || "none of ours"}`);
    }
  }
  if (problems.length || !values) {
    throw new AuthSettingsError(`Invalid authentication configuration:
${problems.join("\n")}`);
  }
  return settingsOf(values, publicKeys, apiKeys);
}
__name(parseAuthSettings, "parseAuthSettings");
function readFile(variable, source, report, read) {
  const path2 = source[variable];
  if (!path2)
    return void 0;
  try {
    return read(path2);
  } catch (error) {
    report(variable, error instanceof Error ? error.message : "cannot be read");
    return void 0;
  }
}
__name(readFile, "readFile");
function settingsOf(values, publicKeys, apiKeys) {
  const settings = {};
  if (values.AUTH_ISSUER && values.AUTH_AUDIENCE) {
    settings.tokens = {
      issuers: values.AUTH_ISSUER,
      audiences: values.AUTH_AUDIENCE,
      clockSkewSeconds: values.AUTH_CLOCK_SKEW_SECONDS,
      claimNames: { tenant: values.AUTH_TENANT_CLAIM, scopes: values.AUTH_SCOPES_CLAIM }
    };
  }
  const algorithms = values.AUTH_ALGORITHMS.filter(isSignatureAlgorithm);
  if (values.AUTH_JWKS_URL) {
    settings.signingKeys = {
      source: "jwks",
      url: new URL(values.AUTH_JWKS_URL),
      cooldownMs: values.AUTH_JWKS_COOLDOWN_MS,
      cacheMaxAgeMs: values.AUTH_JWKS_CACHE_MAX_AGE_MS,
      timeoutMs: values.AUTH_JWKS_TIMEOUT_MS,
      algorithms
    };
  } else if (publicKeys) {
    settings.signingKeys = { source: "file", keys: publicKeys, algorithms };
  }
  if (apiKeys)
    settings.apiKeys = apiKeys;
  if (values.ROUTER_SECRET) {
    settings.router = {
      secret: values.ROUTER_SECRET,
      defaultScopes: values.ROUTER_DEFAULT_SCOPES.filter(isScope),
      allowDirect: values.AUTH_ALLOW_DIRECT
    };
  }
  return settings;
}
__name(settingsOf, "settingsOf");
function describeMissingAuth() {
  return [
    "No caller authentication is configured: every request would be served as 'anonymous' with every scope.",
    "Set at least one of:",
    "  AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, with AUTH_ISSUER and AUTH_AUDIENCE (JWTs);",
    "  AUTH_API_KEYS_FILE (API keys);",
    "  ROUTER_SECRET (only the router, which sends it as Router-Authorization, may call)."
  ].join("\n");
}
__name(describeMissingAuth, "describeMissingAuth");
function isSecureOrLocal(value) {
  let url;
  try {
    url = new URL(value);
  } catch {
    return true;
  }
  if (url.protocol === "https:")
    return true;
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
__name(isSecureOrLocal, "isSecureOrLocal");

// dist/server/tenants/tenantSettings.js
import { readFileSync as readFileSync2 } from "node:fs";
import { z as z2 } from "zod";
var secretReference = z2.object({ env: z2.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) }).strict();
var quotaLimit = z2.number().int().positive().optional();
var tenantSchema = z2.object({
  id: z2.string().refine(isTenantId, "letters, digits, '.', '_' and '-' (up to 64)"),
  upstream: z2.object({
    baseUrl: z2.url({ protocol: /^https?$/ }),
    apiKey: secretReference.optional(),
    username: z2.string().min(1).optional(),
    password: secretReference.optional(),
    ibssoToken: secretReference.optional(),
    bearerToken: secretReference.optional()
  }).strict().optional(),
  webhookSecret: secretReference.optional(),
  quotas: z2.object({
    messagesPerMinute: quotaLimit,
    messagesPerDay: quotaLimit,
    sendRequestsPerSecond: quotaLimit
  }).strict().default({})
}).strict();
var fileSchema = z2.object({ tenants: z2.array(tenantSchema).min(1) }).strict();
var TenantSettingsError = class extends Error {
  static {
    __name(this, "TenantSettingsError");
  }
  name = "TenantSettingsError";
};
function loadTenantsFile(file, env2) {
  let json;
  try {
    json = JSON.parse(readFileSync2(file, "utf8"));
  } catch (error) {
    throw new TenantSettingsError(`TENANTS_FILE ${file}: ${error instanceof SyntaxError ? "not valid JSON" : "cannot be read"}.`);
  }
  return parseTenants(json, env2);
}
__name(loadTenantsFile, "loadTenantsFile");
function parseTenants(json, env2) {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problems2 = parsed.error.issues.map((issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`);
    throw new TenantSettingsError(`Invalid TENANTS_FILE (secrets are written as {"env": "VARIABLE"}):
${problems2.join("\n")}`);
  }
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const tenants = parsed.data.tenants.map((tenant, index) => {
    if (seen.has(tenant.id))
      problems.push(`  tenants.${index}.id: ${tenant.id} appears twice`);
    seen.add(tenant.id);
    const secret = /* @__PURE__ */ __name((ref, field) => {
      if (!ref)
        return void 0;
      const value = env2[ref.env];
      if (!value)
        problems.push(`  tenants.${index}.${field}: ${ref.env} is not set`);
      return value || void 0;
    }, "secret");
    const webhookSecret = secret(tenant.webhookSecret, "webhookSecret");
    if (webhookSecret !== void 0 && webhookSecret.length < 24) {
      problems.push(`  tenants.${index}.webhookSecret: 24 characters or more`);
    }
    return {
      id: tenant.id,
      upstream: tenant.upstream && upstreamOf(tenant.upstream, index, secret, problems),
      webhookSecret,
      quotas: tenant.quotas
    };
  });
  if (problems.length) {
    throw new TenantSettingsError(`Invalid TENANTS_FILE:
${problems.join("\n")}`);
  }
  return tenants;
}
__name(parseTenants, "parseTenants");
function upstreamOf(upstream, index, secret, problems) {
  const at = `tenants.${index}.upstream`;
  const auths = [];
  const apiKey = secret(upstream.apiKey, "upstream.apiKey");
  if (apiKey)
    auths.push({ scheme: "App", apiKey });
  if (upstream.username || upstream.password) {
    const password = secret(upstream.password, "upstream.password");
    if (!upstream.username || !upstream.password) {
      problems.push(`  ${at}: username and password go together`);
    } else if (password) {
      auths.push({ scheme: "Basic", username: upstream.username, password });
    }
  }
  const ibsso = secret(upstream.ibssoToken, "upstream.ibssoToken");
  if (ibsso)
    auths.push({ scheme: "IBSSO", token: ibsso });
  const bearer = secret(upstream.bearerToken, "upstream.bearerToken");
  if (bearer)
    auths.push({ scheme: "Bearer", token: bearer });
  const given = [upstream.apiKey, upstream.password ?? upstream.username, upstream.ibssoToken];
  const kinds = [...given, upstream.bearerToken].filter(Boolean).length;
  if (kinds !== 1) {
    problems.push(`  ${at}: exactly one of apiKey, username + password, ibssoToken, bearerToken (found ${kinds})`);
  }
  const [auth] = auths;
  return auth && { baseUrl: upstream.baseUrl, auth };
}
__name(upstreamOf, "upstreamOf");

// dist/server/config.js
var port = z3.coerce.number().int().min(0).max(65535);
var positiveInt2 = z3.coerce.number().int().positive();
var env = z3.object({
  NODE_ENV: z3.enum(["development", "production", "test"]).default("development"),
  HOST: z3.string().min(1).default("127.0.0.1"),
  PORT: port.default(4e3),
  // Prometheus's /metrics on a listener of its own on HOST (README, "Metrics"); unset: off.
  METRICS_PORT: port.optional(),
  LOG_LEVEL: z3.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BODY_LIMIT_BYTES: positiveInt2.default(2e6),
  OMNI_BASE_URL: z3.url({ protocol: /^https?$/ }).optional(),
  OMNI_API_KEY: z3.string().min(1).optional(),
  OMNI_USERNAME: z3.string().min(1).optional(),
  OMNI_PASSWORD: z3.string().min(1).optional(),
  OMNI_IBSSO_TOKEN: z3.string().min(1).optional(),
  OMNI_BEARER_TOKEN: z3.string().min(1).optional(),
  OMNI_TIMEOUT_MS: positiveInt2.default(1e4),
  OMNI_CONNECTIONS: positiveInt2.default(32),
  REPORTS_POLL_INTERVAL_MS: positiveInt2.default(5e3),
  // How long each tenant reuses a scenario read from OMNI, so a burst of sends and plans reads
  // it once; the gateway's own writes drop it at once, anyone else's show within this. 0: off.
  SCENARIO_CACHE_TTL_MS: z3.coerce.number().int().min(0).max(3e5).default(5e3),
  // Reconciliation from OMNI's logs; every look must come well inside their 48 h retention.
  RECONCILE_INTERVAL_MS: positiveInt2.max(36e5).default(3e4),
  RECONCILE_AFTER_MS: positiveInt2.max(864e5).default(9e5),
  RECONCILE_GRACE_MS: z3.coerce.number().int().min(0).max(216e5).default(6e5),
  RECONCILE_LEASE_MS: positiveInt2.max(36e5).default(12e4),
  SANDBOX_PORT: port.default(4010),
  SANDBOX_CLOCK_SPEED: z3.coerce.number().min(0).default(1),
  SANDBOX_SEED_FILE: z3.string().min(1).optional(),
  DATABASE_URL: z3.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_SCHEMA: z3.string().regex(/^[a-z_][a-z0-9_]{0,40}$/, "lower-case letters, digits and _ only").default(DEFAULT_SCHEMA),
  DATA_DIR: z3.string().min(1).default("data"),
  WEBHOOK_SECRET: z3.string().min(24).optional(),
  WEBHOOK_PUBLIC_URL: z3.url({ protocol: /^https?$/ }).optional(),
  SANDBOX_API_KEY: z3.string().min(16).optional(),
  SHUTDOWN_DRAIN_MS: z3.coerce.number().int().min(0).max(3e5).default(5e3),
  TENANTS_FILE: z3.string().min(1).optional(),
  QUOTA_MESSAGES_PER_MINUTE: positiveInt2.optional(),
  QUOTA_MESSAGES_PER_DAY: positiveInt2.optional(),
  QUOTA_SEND_REQUESTS_PER_SECOND: positiveInt2.optional(),
  // What one GraphQL request may ask for (README, "Limits").
  LIMIT_COST: positiveInt2.default(DEFAULT_LIMITS.cost),
  LIMIT_DEPTH: positiveInt2.default(DEFAULT_LIMITS.depth),
  LIMIT_ALIASES: z3.coerce.number().int().min(0).default(DEFAULT_LIMITS.aliases),
  LIMIT_DIRECTIVES: z3.coerce.number().int().min(0).default(DEFAULT_LIMITS.directives),
  LIMIT_TOKENS: positiveInt2.default(DEFAULT_LIMITS.tokens),
  LIMIT_ENTITY_REFERENCES: positiveInt2.default(DEFAULT_LIMITS.entityReferences),
  LIMIT_ENTITY_SCENARIO_KEYS: positiveInt2.default(DEFAULT_LIMITS.entityScenarioKeys),
  LIMIT_UPSTREAM_CALLS: positiveInt2.default(DEFAULT_LIMITS.upstreamCalls),
  // Browser pages on other origins that may call /graphql (README, "CORS"); unset: none.
  CORS_ORIGINS: z3.string().min(1).transform(corsOrigins).optional(),
  CORS_CREDENTIALS: z3.stringbool().default(false),
  // The failover playground at /playground (README, "Playground"); unset: on outside production.
  PLAYGROUND: z3.enum(["on", "off"]).optional()
});
var ConfigError = class extends Error {
  static {
    __name(this, "ConfigError");
  }
  name = "ConfigError";
};
function loadConfig(source = process.env) {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const problems2 = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:
${problems2.join("\n")}`);
  }
  const values = parsed.data;
  if (values.WEBHOOK_PUBLIC_URL && !values.WEBHOOK_SECRET) {
    throw new ConfigError("Invalid configuration: WEBHOOK_PUBLIC_URL needs WEBHOOK_SECRET (24 characters or more).");
  }
  const upstream = upstreamOf2(values);
  const tenants = tenantsOf(values, upstream, source);
  const auth = authOf(source, tenants.length > 1);
  const production = values.NODE_ENV === "production";
  const problems = tenantProblems(auth, tenants, production, values.TENANTS_FILE !== void 0);
  if (problems.length) {
    throw new ConfigError(`Invalid configuration:
${problems.map((p) => `  ${p}`).join("\n")}`);
  }
  const realAccount = tenants.some((tenant) => tenant.upstream);
  if (isOpen(auth) && production && realAccount) {
    throw new ConfigError(`Invalid configuration: ${describeMissingAuth()}`);
  }
  if (isOpen(auth) && !tenants.some((tenant) => tenant.id === DEFAULT_TENANT)) {
    throw new ConfigError(`Invalid configuration: without caller authentication every caller is tenant "${DEFAULT_TENANT}", which TENANTS_FILE does not define.`);
  }
  return {
    auth,
    env: values,
    production,
    upstream,
    tenants,
    sandbox: tenants.some((tenant) => !tenant.upstream),
    database: values.DATABASE_URL ? { url: values.DATABASE_URL, schema: values.DATABASE_SCHEMA } : { dataDir: path.join(values.DATA_DIR, "pglite"), schema: values.DATABASE_SCHEMA },
    cors: corsOf(values),
    playground: values.PLAYGROUND ? values.PLAYGROUND === "on" : !production
  };
}
__name(loadConfig, "loadConfig");
function corsOrigins(value, context) {
  const origins = value.split(",").map((entry) => entry.trim());
  for (const entry of origins) {
    const problem = originProblem(entry);
    if (problem)
      context.addIssue({ code: "custom", message: problem });
  }
  return origins;
}
__name(corsOrigins, "corsOrigins");
function corsOf(values) {
  if (!values.CORS_ORIGINS) {
    if (values.CORS_CREDENTIALS) {
      throw new ConfigError("Invalid configuration: CORS_CREDENTIALS applies with CORS_ORIGINS only.");
    }
    return void 0;
  }
  return { origins: values.CORS_ORIGINS, credentials: values.CORS_CREDENTIALS };
}
__name(corsOf, "corsOf");
function authOf(source, severalTenants) {
  let auth;
  try {
    auth = parseAuthSettings(source);
  } catch (error) {
    if (error instanceof AuthSettingsError)
      throw new ConfigError(error.message);
    throw error;
  }
  if (severalTenants && auth.tokens) {
    auth.tokens.claimNames = { ...auth.tokens.claimNames, tenantRequired: true };
  }
  return auth;
}
__name(authOf, "authOf");
function tenantProblems(auth, tenants, production, fromFile) {
  const known = new Set(tenants.map((tenant) => tenant.id));
  const problems = (auth.apiKeys ?? []).flatMap((key) => known.has(key.tenant) ? [] : [`AUTH_API_KEYS_FILE: key ${key.id} names tenant "${key.tenant}", which is not configured`]);
  if (production && fromFile) {
    for (const tenant of tenants) {
      if (!tenant.upstream) {
        problems.push(`TENANTS_FILE: tenant ${tenant.id} has no upstream (required in production)`);
      }
    }
  }
  return problems;
}
__name(tenantProblems, "tenantProblems");
function isOpen(auth) {
  return !auth.signingKeys && !auth.apiKeys && !auth.router;
}
__name(isOpen, "isOpen");
function tenantsOf(values, upstream, source) {
  const implicit = {
    id: DEFAULT_TENANT,
    upstream: upstream.kind === "remote" ? { baseUrl: upstream.baseUrl, auth: upstream.auth } : void 0,
    webhookSecret: values.WEBHOOK_SECRET,
    quotas: {
      messagesPerMinute: values.QUOTA_MESSAGES_PER_MINUTE,
      messagesPerDay: values.QUOTA_MESSAGES_PER_DAY,
      sendRequestsPerSecond: values.QUOTA_SEND_REQUESTS_PER_SECOND
    }
  };
  if (!values.TENANTS_FILE)
    return [implicit];
  let fromFile;
  try {
    fromFile = loadTenantsFile(values.TENANTS_FILE, source);
  } catch (error) {
    if (error instanceof TenantSettingsError)
      throw new ConfigError(error.message);
    throw error;
  }
  if (upstream.kind === "sandbox")
    return fromFile;
  if (fromFile.some((tenant) => tenant.id === DEFAULT_TENANT)) {
    throw new ConfigError(`Invalid configuration: tenant "${DEFAULT_TENANT}" is defined both by OMNI_BASE_URL and in TENANTS_FILE.`);
  }
  return [implicit, ...fromFile];
}
__name(tenantsOf, "tenantsOf");
function upstreamOf2(values) {
  const auths = [];
  if (values.OMNI_API_KEY)
    auths.push({ scheme: "App", apiKey: values.OMNI_API_KEY });
  if (values.OMNI_USERNAME || values.OMNI_PASSWORD) {
    if (!values.OMNI_USERNAME || !values.OMNI_PASSWORD) {
      throw new ConfigError("Invalid configuration: OMNI_USERNAME and OMNI_PASSWORD go together.");
    }
    auths.push({ scheme: "Basic", username: values.OMNI_USERNAME, password: values.OMNI_PASSWORD });
  }
  if (values.OMNI_IBSSO_TOKEN)
    auths.push({ scheme: "IBSSO", token: values.OMNI_IBSSO_TOKEN });
  if (values.OMNI_BEARER_TOKEN)
    auths.push({ scheme: "Bearer", token: values.OMNI_BEARER_TOKEN });
  if (!values.OMNI_BASE_URL) {
    if (auths.length) {
      throw new ConfigError("Invalid configuration: OMNI credentials are set but OMNI_BASE_URL is not.");
    }
    return { kind: "sandbox" };
  }
  const [auth, ...others] = auths;
  if (!auth) {
    throw new ConfigError("Invalid configuration: OMNI_BASE_URL needs credentials: OMNI_API_KEY, OMNI_USERNAME + OMNI_PASSWORD, OMNI_IBSSO_TOKEN or OMNI_BEARER_TOKEN.");
  }
  if (others.length)
    throw new ConfigError("Invalid configuration: set exactly one kind of OMNI credentials.");
  return { kind: "remote", baseUrl: values.OMNI_BASE_URL, auth };
}
__name(upstreamOf2, "upstreamOf");
export {
  ConfigError,
  loadConfig
};
