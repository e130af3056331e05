import path from "node:path";
import { z } from "zod";
import type { OmniAuth } from "../omni/auth.js";
import { DEFAULT_SCHEMA, type DatabaseSettings } from "./database/openDatabase.js";

const port = z.coerce.number().int().min(0).max(65_535);
const positiveInt = z.coerce.number().int().positive();

const env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
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
});

export type Env = z.infer<typeof env>;

export type Upstream = { kind: "sandbox" } | { kind: "remote"; baseUrl: string; auth: OmniAuth };

export interface Config {
  env: Env;
  production: boolean;
  upstream: Upstream;
  /** PostgreSQL when DATABASE_URL is set, otherwise embedded PGlite files under DATA_DIR. */
  database: DatabaseSettings;
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
  return {
    env: values,
    production: values.NODE_ENV === "production",
    upstream: upstreamOf(values),
    database: values.DATABASE_URL
      ? { url: values.DATABASE_URL, schema: values.DATABASE_SCHEMA }
      : { dataDir: path.join(values.DATA_DIR, "pglite"), schema: values.DATABASE_SCHEMA },
  };
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
