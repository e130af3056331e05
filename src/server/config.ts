import path from "node:path";
import { z } from "zod";
import type { OmniAuth } from "../omni/auth.js";
import {
  AuthSettingsError,
  describeMissingAuth,
  parseAuthSettings,
  type AuthSettings,
} from "./auth/authSettings.js";
import { originProblem, type CorsPolicy } from "./cors.js";
import { DEFAULT_SCHEMA, type DatabaseSettings } from "../store/openDatabase.js";
import { DEFAULT_LIMITS } from "./limits/limits.js";
import { DEFAULT_TENANT } from "../domain/principal.js";
import {
  loadTenantsFile,
  TenantSettingsError,
  type TenantSettings,
} from "./tenants/tenantSettings.js";

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();

const env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  // Prometheus's /metrics on a listener of its own on HOST (README, "Metrics"); unset: off.
  METRICS_PORT: port.optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  BODY_LIMIT_BYTES: positiveInt.default(2_000_000),
  OMNI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  OMNI_API_KEY: z.string().min(1).optional(),
  OMNI_USERNAME: z.string().min(1).optional(),
  OMNI_PASSWORD: z.string().min(1).optional(),
  OMNI_IBSSO_TOKEN: z.string().min(1).optional(),
  OMNI_BEARER_TOKEN: z.string().min(1).optional(),
  OMNI_TIMEOUT_MS: positiveInt.default(10_000),
  OMNI_CONNECTIONS: positiveInt.default(32),
  REPORTS_POLL_INTERVAL_MS: positiveInt.default(5_000),
  // How long each tenant reuses a scenario read from OMNI, so a burst of sends and plans reads
  // it once; the gateway's own writes drop it at once, anyone else's show within this. 0: off.
  SCENARIO_CACHE_TTL_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  // Reconciliation from OMNI's logs; every look must come well inside their 48 h retention.
  RECONCILE_INTERVAL_MS: positiveInt.max(3_600_000).default(30_000),
  RECONCILE_AFTER_MS: positiveInt.max(86_400_000).default(900_000),
  RECONCILE_GRACE_MS: z.coerce.number().int().min(0).max(21_600_000).default(600_000),
  RECONCILE_LEASE_MS: positiveInt.max(3_600_000).default(120_000),
  SANDBOX_PORT: port.default(4010),
  SANDBOX_CLOCK_SPEED: z.coerce.number().min(0).default(1),
  SANDBOX_SEED_FILE: z.string().min(1).optional(),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }).optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,40}$/, "lower-case letters, digits and _ only")
    .default(DEFAULT_SCHEMA),
  DATA_DIR: z.string().min(1).default("data"),
  WEBHOOK_SECRET: z.string().min(24).optional(),
  WEBHOOK_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  SANDBOX_API_KEY: z.string().min(16).optional(),
  SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(0).max(300_000).default(5_000),
  TENANTS_FILE: z.string().min(1).optional(),
  QUOTA_MESSAGES_PER_MINUTE: positiveInt.optional(),
  QUOTA_MESSAGES_PER_DAY: positiveInt.optional(),
  QUOTA_SEND_REQUESTS_PER_SECOND: positiveInt.optional(),
  // What one GraphQL request may ask for (README, "Limits").
  LIMIT_COST: positiveInt.default(DEFAULT_LIMITS.cost),
  LIMIT_DEPTH: positiveInt.default(DEFAULT_LIMITS.depth),
  LIMIT_ALIASES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.aliases),
  LIMIT_DIRECTIVES: z.coerce.number().int().min(0).default(DEFAULT_LIMITS.directives),
  LIMIT_TOKENS: positiveInt.default(DEFAULT_LIMITS.tokens),
  LIMIT_ENTITY_REFERENCES: positiveInt.default(DEFAULT_LIMITS.entityReferences),
  LIMIT_ENTITY_SCENARIO_KEYS: positiveInt.default(DEFAULT_LIMITS.entityScenarioKeys),
  LIMIT_UPSTREAM_CALLS: positiveInt.default(DEFAULT_LIMITS.upstreamCalls),
  // Browser pages on other origins that may call /graphql (README, "CORS"); unset: none.
  CORS_ORIGINS: z.string().min(1).transform(corsOrigins).optional(),
  CORS_CREDENTIALS: z.stringbool().default(false),
  // The failover playground at /playground (README, "Playground"); unset: on outside production.
  PLAYGROUND: z.enum(["on", "off"]).optional(),
});

export type Env = z.infer<typeof env>;

export type Upstream = { kind: "sandbox" } | { kind: "remote"; baseUrl: string; auth: OmniAuth };

export interface Config {
  env: Env;
  production: boolean;
  /** The single-account settings (OMNI_*): the implicit tenant's upstream. */
  upstream: Upstream;
  /** Every tenant; without TENANTS_FILE only the implicit one. */
  tenants: TenantSettings[];
  /** Whether a tenant needs the embedded sandbox. */
  sandbox: boolean;
  /** How callers authenticate; nothing set is development mode, where everyone may do anything. */
  auth: AuthSettings;
  /** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite files under DATA_DIR. */
  database: DatabaseSettings;
  /** Which pages on other origins may call /graphql from a browser; unset: none. */
  cors?: CorsPolicy;
  /** Whether /playground is served. */
  playground: boolean;
}

export class ConfigError extends Error {
  override readonly name = "ConfigError";
}

/** Reads and checks the environment once at start; every problem is listed, none is guessed. */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = env.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
  }
  const values = parsed.data;
  if (values.WEBHOOK_PUBLIC_URL && !values.WEBHOOK_SECRET) {
    throw new ConfigError(
      "Invalid configuration: WEBHOOK_PUBLIC_URL needs WEBHOOK_SECRET (24 characters or more).",
    );
  }
  const upstream = upstreamOf(values);
  const tenants = tenantsOf(values, upstream, source);
  const auth = authOf(source, tenants.length > 1);
  const production = values.NODE_ENV === "production";
  const problems = tenantProblems(auth, tenants, production, values.TENANTS_FILE !== undefined);
  if (problems.length) {
    throw new ConfigError(`Invalid configuration:\n${problems.map((p) => `  ${p}`).join("\n")}`);
  }
  // Open access is for trying the product: only where no real account can be reached, or
  // outside production.
  const realAccount = tenants.some((tenant) => tenant.upstream);
  if (isOpen(auth) && production && realAccount) {
    throw new ConfigError(`Invalid configuration: ${describeMissingAuth()}`);
  }
  if (isOpen(auth) && !tenants.some((tenant) => tenant.id === DEFAULT_TENANT)) {
    throw new ConfigError(
      `Invalid configuration: without caller authentication every caller is tenant "${DEFAULT_TENANT}", which TENANTS_FILE does not define.`,
    );
  }
  return {
    auth,
    env: values,
    production,
    upstream,
    tenants,
    sandbox: tenants.some((tenant) => !tenant.upstream),
    database: values.DATABASE_URL
      ? { url: values.DATABASE_URL, schema: values.DATABASE_SCHEMA }
      : { dataDir: path.join(values.DATA_DIR, "pglite"), schema: values.DATABASE_SCHEMA },
    cors: corsOf(values),
    playground: values.PLAYGROUND ? values.PLAYGROUND === "on" : !production,
  };
}

/** CORS_ORIGINS's comma-separated entries; each one no browser could send is a problem. */
function corsOrigins(value: string, context: z.RefinementCtx<string>): string[] {
  const origins = value.split(",").map((entry) => entry.trim());
  for (const entry of origins) {
    const problem = originProblem(entry);
    if (problem) context.addIssue({ code: "custom", message: problem });
  }
  return origins;
}

function corsOf(values: Env): CorsPolicy | undefined {
  if (!values.CORS_ORIGINS) {
    if (values.CORS_CREDENTIALS) {
      throw new ConfigError(
        "Invalid configuration: CORS_CREDENTIALS applies with CORS_ORIGINS only.",
      );
    }
    return undefined;
  }
  return { origins: values.CORS_ORIGINS, credentials: values.CORS_CREDENTIALS };
}

function authOf(source: NodeJS.ProcessEnv, severalTenants: boolean): AuthSettings {
  let auth: AuthSettings;
  try {
    auth = parseAuthSettings(source);
  } catch (error) {
    if (error instanceof AuthSettingsError) throw new ConfigError(error.message);
    throw error;
  }
  // With several tenants, a token must say whose it is: falling back to the implicit tenant
  // would let a broken IdP claim mapping act on that account.
  if (severalTenants && auth.tokens) {
    auth.tokens.claimNames = { ...auth.tokens.claimNames, tenantRequired: true };
  }
  return auth;
}

/** What authentication and tenants must agree on, so no caller lands on a missing account. */
function tenantProblems(
  auth: AuthSettings,
  tenants: readonly TenantSettings[],
  production: boolean,
  fromFile: boolean,
): string[] {
  const known = new Set(tenants.map((tenant) => tenant.id));
  const problems = (auth.apiKeys ?? []).flatMap((key) =>
    known.has(key.tenant)
      ? []
      : [`AUTH_API_KEYS_FILE: key ${key.id} names tenant "${key.tenant}", which is not configured`],
  );
  if (production && fromFile) {
    // In production a tenant without an upstream would send into the sandbox and look sent.
    for (const tenant of tenants) {
      if (!tenant.upstream) {
        problems.push(`TENANTS_FILE: tenant ${tenant.id} has no upstream (required in production)`);
      }
    }
  }
  return problems;
}

function isOpen(auth: AuthSettings): boolean {
  return !auth.signingKeys && !auth.apiKeys && !auth.router;
}

/**
 * The tenants file's tenants, and the implicit tenant of the single-account variables: always
 * without a file (today's setups keep working), with one only when OMNI_BASE_URL is set.
 */
function tenantsOf(values: Env, upstream: Upstream, source: NodeJS.ProcessEnv): TenantSettings[] {
  const implicit: TenantSettings = {
    id: DEFAULT_TENANT,
    upstream:
      upstream.kind === "remote" ? { baseUrl: upstream.baseUrl, auth: upstream.auth } : undefined,
    webhookSecret: values.WEBHOOK_SECRET,
    quotas: {
      messagesPerMinute: values.QUOTA_MESSAGES_PER_MINUTE,
      messagesPerDay: values.QUOTA_MESSAGES_PER_DAY,
      sendRequestsPerSecond: values.QUOTA_SEND_REQUESTS_PER_SECOND,
    },
  };
  if (!values.TENANTS_FILE) return [implicit];
  let fromFile: TenantSettings[];
  try {
    fromFile = loadTenantsFile(values.TENANTS_FILE, source);
  } catch (error) {
    if (error instanceof TenantSettingsError) throw new ConfigError(error.message);
    throw error;
  }
  if (upstream.kind === "sandbox") return fromFile;
  if (fromFile.some((tenant) => tenant.id === DEFAULT_TENANT)) {
    throw new ConfigError(
      `Invalid configuration: tenant "${DEFAULT_TENANT}" is defined both by OMNI_BASE_URL and in TENANTS_FILE.`,
    );
  }
  return [implicit, ...fromFile];
}

function upstreamOf(values: Env): Upstream {
  const auths: OmniAuth[] = [];
  if (values.OMNI_API_KEY) auths.push({ scheme: "App", apiKey: values.OMNI_API_KEY });
  if (values.OMNI_USERNAME || values.OMNI_PASSWORD) {
    if (!values.OMNI_USERNAME || !values.OMNI_PASSWORD) {
      throw new ConfigError("Invalid configuration: OMNI_USERNAME and OMNI_PASSWORD go together.");
    }
    auths.push({ scheme: "Basic", username: values.OMNI_USERNAME, password: values.OMNI_PASSWORD });
  }
  if (values.OMNI_IBSSO_TOKEN) auths.push({ scheme: "IBSSO", token: values.OMNI_IBSSO_TOKEN });
  if (values.OMNI_BEARER_TOKEN) auths.push({ scheme: "Bearer", token: values.OMNI_BEARER_TOKEN });

  if (!values.OMNI_BASE_URL) {
    if (auths.length) {
      throw new ConfigError(
        "Invalid configuration: OMNI credentials are set but OMNI_BASE_URL is not.",
      );
    }
    return { kind: "sandbox" };
  }
  const [auth, ...others] = auths;
  if (!auth) {
    throw new ConfigError(
      "Invalid configuration: OMNI_BASE_URL needs credentials: OMNI_API_KEY, OMNI_USERNAME + OMNI_PASSWORD, OMNI_IBSSO_TOKEN or OMNI_BEARER_TOKEN.",
    );
  }
  if (others.length)
    throw new ConfigError("Invalid configuration: set exactly one kind of OMNI credentials.");
  return { kind: "remote", baseUrl: values.OMNI_BASE_URL, auth };
}
