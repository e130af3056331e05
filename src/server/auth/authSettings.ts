import { z } from "zod";
import { isScope, type Scope } from "../../domain/scopes.js";
import {
  algorithmsForKey,
  DEFAULT_ALGORITHMS,
  isSignatureAlgorithm,
  SIGNATURE_ALGORITHMS,
} from "./algorithms.js";
import { readApiKeysFile, type ApiKeyEntry } from "./apiKeys.js";
import type { SigningKeys } from "./jwtVerifier.js";
import { readPublicKeyFile, type PublicKeys } from "./publicKeyFile.js";
import type { TokenRules } from "./tokenRules.js";

/** How callers are authenticated. Nothing set means open (development) mode. */
export interface AuthSettings {
  /** What a valid token's claims look like: for verified JWTs and for router-forwarded claims. */
  tokens?: TokenRules;
  /** Where JWT signing keys come from; unset, Bearer tokens are not accepted. */
  signingKeys?: SigningKeys;
  /** The entries of AUTH_API_KEYS_FILE; unset, API keys are not accepted. */
  apiKeys?: readonly ApiKeyEntry[];
  router?: RouterSettings;
}

export interface RouterSettings {
  /** The Router-Authorization value the router inserts on every request to this subgraph. */
  secret: string;
  /** Scopes of a router request that forwards no identity: the router acting for itself. */
  defaultScopes: readonly Scope[];
  /** Whether callers other than the router may come in with their own JWT or API key. */
  allowDirect: boolean;
}

export class AuthSettingsError extends Error {
  override readonly name = "AuthSettingsError";
}

const DEFAULT_TENANT_CLAIM = "tenant";

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim())
    .filter(Boolean);

/** Issuers and audiences: one, or several comma-separated while moving between them. */
const nameList = z.string().transform(list).pipe(z.array(z.string()).min(1, "name at least one"));

const algorithmList = z
  .string()
  .transform(list)
  .pipe(
    z
      .array(
        z.string().refine(isSignatureAlgorithm, {
          error: (issue) =>
            `${String(issue.input)} is not accepted; use public-key algorithms (${SIGNATURE_ALGORITHMS.join(", ")}), never none or HS*`,
        }),
      )
      .min(1, "name at least one algorithm"),
  );

const scopeList = z
  .string()
  .transform((value) => value.split(/[\s,]+/).filter(Boolean))
  .pipe(
    z.array(
      z.string().refine(isScope, { error: (issue) => `${String(issue.input)} is not a scope` }),
    ),
  );

const nonNegativeInt = z.coerce.number().int().min(0);
const positiveInt = z.coerce.number().int().positive();

const jwksUrl = z
  .url({ protocol: /^https?$/ })
  .refine(
    isSecureOrLocal,
    "must be https (plain http only to localhost): the keys decide who gets in",
  );

const authEnv = z.object({
  AUTH_JWKS_URL: jwksUrl.optional(),
  // jose's defaults; a cooldown of 0 lets every unknown kid cost a fetch of the IdP.
  AUTH_JWKS_COOLDOWN_MS: nonNegativeInt.default(30_000),
  AUTH_JWKS_CACHE_MAX_AGE_MS: positiveInt.default(600_000),
  AUTH_JWKS_TIMEOUT_MS: positiveInt.default(5_000),
  AUTH_PUBLIC_KEY_FILE: z.string().min(1).optional(),
  AUTH_ISSUER: nameList.optional(),
  AUTH_AUDIENCE: nameList.optional(),
  AUTH_ALGORITHMS: algorithmList.prefault(DEFAULT_ALGORITHMS.join(",")),
  AUTH_CLOCK_SKEW_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
  AUTH_TENANT_CLAIM: z.string().min(1).default(DEFAULT_TENANT_CLAIM),
  AUTH_SCOPES_CLAIM: z.string().min(1).optional(),
  AUTH_API_KEYS_FILE: z.string().min(1).optional(),
  ROUTER_SECRET: z
    .string()
    .min(24, "at least 24 characters (e.g. `openssl rand -base64 32`)")
    .optional(),
  ROUTER_DEFAULT_SCOPES: scopeList.prefault(""),
  AUTH_ALLOW_DIRECT: z.stringbool().default(false),
});

type AuthEnv = z.infer<typeof authEnv>;
type Variable = keyof AuthEnv;

/**
 * Reads the authentication variables and the files they name, once at start. Every problem is
 * listed (by variable, never quoting a secret), and a combination that would quietly leave the
 * gateway open, such as an issuer without keys, is a problem too.
 */
export function parseAuthSettings(source: Record<string, string | undefined>): AuthSettings {
  const problems: string[] = [];
  const report = (variable: Variable, message: string) =>
    problems.push(`  ${variable}: ${message}`);
  const given = (variable: Variable) => source[variable] !== undefined;

  const parsed = authEnv.safeParse(source);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) report(issue.path[0] as Variable, issue.message);
  }
  const values = parsed.success ? parsed.data : undefined;

  const keySource = (["AUTH_JWKS_URL", "AUTH_PUBLIC_KEY_FILE"] as const).filter(given);
  if (keySource.length > 1) report("AUTH_PUBLIC_KEY_FILE", "set AUTH_JWKS_URL or this, not both");
  const claimsChecked = keySource.length > 0 || given("ROUTER_SECRET");
  for (const variable of ["AUTH_ISSUER", "AUTH_AUDIENCE"] as const) {
    if (keySource.length && !given(variable)) report(variable, `required with ${keySource[0]}`);
  }
  if (!keySource.length && given("AUTH_ISSUER") !== given("AUTH_AUDIENCE")) {
    report("AUTH_AUDIENCE", "AUTH_ISSUER and AUTH_AUDIENCE go together");
  }
  if (!claimsChecked && (given("AUTH_ISSUER") || given("AUTH_AUDIENCE"))) {
    report(
      "AUTH_ISSUER",
      "no token is checked without AUTH_JWKS_URL, AUTH_PUBLIC_KEY_FILE or ROUTER_SECRET (forwarded claims)",
    );
  }
  for (const variable of [
    "AUTH_JWKS_COOLDOWN_MS",
    "AUTH_JWKS_CACHE_MAX_AGE_MS",
    "AUTH_JWKS_TIMEOUT_MS",
  ] as const) {
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
      report(
        "AUTH_ALLOW_DIRECT",
        "direct callers need AUTH_JWKS_URL, AUTH_PUBLIC_KEY_FILE or AUTH_API_KEYS_FILE",
      );
    }
  }

  const publicKeys = readFile("AUTH_PUBLIC_KEY_FILE", source, report, readPublicKeyFile);
  const apiKeys = readFile("AUTH_API_KEYS_FILE", source, report, readApiKeysFile);
  if (publicKeys?.kind === "key" && values) {
    const fits = algorithmsForKey(publicKeys.key);
    if (!values.AUTH_ALGORITHMS.some((algorithm) => fits.includes(algorithm))) {
      report(
        "AUTH_ALGORITHMS",
        `none fits the key of AUTH_PUBLIC_KEY_FILE, which takes ${fits.join(", ") || "none of ours"}`,
      );
    }
  }

  if (problems.length || !values) {
    throw new AuthSettingsError(`Invalid authentication configuration:\n${problems.join("\n")}`);
  }
  return settingsOf(values, publicKeys, apiKeys);
}

function readFile<T>(
  variable: "AUTH_PUBLIC_KEY_FILE" | "AUTH_API_KEYS_FILE",
  source: Record<string, string | undefined>,
  report: (variable: Variable, message: string) => void,
  read: (path: string) => T,
): T | undefined {
  const path = source[variable];
  if (!path) return undefined;
  try {
    return read(path);
  } catch (error) {
    report(variable, error instanceof Error ? error.message : "cannot be read");
    return undefined;
  }
}

function settingsOf(
  values: AuthEnv,
  publicKeys: PublicKeys | undefined,
  apiKeys: ApiKeyEntry[] | undefined,
): AuthSettings {
  const settings: AuthSettings = {};
  if (values.AUTH_ISSUER && values.AUTH_AUDIENCE) {
    settings.tokens = {
      issuers: values.AUTH_ISSUER,
      audiences: values.AUTH_AUDIENCE,
      clockSkewSeconds: values.AUTH_CLOCK_SKEW_SECONDS,
      claimNames: { tenant: values.AUTH_TENANT_CLAIM, scopes: values.AUTH_SCOPES_CLAIM },
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
      algorithms,
    };
  } else if (publicKeys) {
    settings.signingKeys = { source: "file", keys: publicKeys, algorithms };
  }
  if (apiKeys) settings.apiKeys = apiKeys;
  if (values.ROUTER_SECRET) {
    settings.router = {
      secret: values.ROUTER_SECRET,
      defaultScopes: values.ROUTER_DEFAULT_SCOPES.filter(isScope),
      allowDirect: values.AUTH_ALLOW_DIRECT,
    };
  }
  return settings;
}

/** What a production start should print when no caller authentication is configured. */
export function describeMissingAuth(): string {
  return [
    "No caller authentication is configured: every request would be served as 'anonymous' with every scope.",
    "Set at least one of:",
    "  AUTH_JWKS_URL or AUTH_PUBLIC_KEY_FILE, with AUTH_ISSUER and AUTH_AUDIENCE (JWTs);",
    "  AUTH_API_KEYS_FILE (API keys);",
    "  ROUTER_SECRET (only the router, which sends it as Router-Authorization, may call).",
  ].join("\n");
}

/** zod runs refinements even when the URL check failed; that check reports a string that is no URL. */
function isSecureOrLocal(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return true;
  }
  if (url.protocol === "https:") return true;
  const host = url.hostname;
  return host === "localhost" || host === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(host);
}
