import { z } from "zod";
import type { OmniAuth } from "../omni/auth.js";

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
});

export type Env = z.infer<typeof env>;

export type Upstream = { kind: "sandbox" } | { kind: "remote"; baseUrl: string; auth: OmniAuth };

export interface Config {
  env: Env;
  production: boolean;
  upstream: Upstream;
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
  return {
    env: values,
    production: values.NODE_ENV === "production",
    upstream: upstreamOf(values),
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
