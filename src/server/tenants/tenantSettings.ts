import { readFileSync } from "node:fs";
import { z } from "zod";
import { isTenantId } from "../../domain/principal.js";
import type { QuotaLimits } from "../../domain/quota.js";
import type { OmniAuth } from "../../omni/auth.js";

/** One tenant: whose Infobip account its requests use, how its reports come back, its budget. */
export interface TenantSettings {
  id: string;
  /** Unset: the embedded sandbox gives the tenant an account of its own. */
  upstream?: { baseUrl: string; auth: OmniAuth };
  /** Enables the tenant's report webhook, `POST /webhooks/omni/reports/{id}?secret=…`. */
  webhookSecret?: string;
  /** Per-tenant send quotas; an unset limit does not apply. */
  quotas: QuotaLimits;
}

/**
 * A secret is never written in the tenants file, which tends to end up in a repository or a
 * config map: it names the environment variable that holds it.
 */
const secretReference = z.object({ env: z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/) }).strict();

const quotaLimit = z.number().int().positive().optional();

const tenantSchema = z
  .object({
    id: z.string().refine(isTenantId, "letters, digits, '.', '_' and '-' (up to 64)"),
    upstream: z
      .object({
        baseUrl: z.url({ protocol: /^https?$/ }),
        apiKey: secretReference.optional(),
        username: z.string().min(1).optional(),
        password: secretReference.optional(),
        ibssoToken: secretReference.optional(),
        bearerToken: secretReference.optional(),
      })
      .strict()
      .optional(),
    webhookSecret: secretReference.optional(),
    quotas: z
      .object({
        messagesPerMinute: quotaLimit,
        messagesPerDay: quotaLimit,
        sendRequestsPerSecond: quotaLimit,
      })
      .strict()
      .default({}),
  })
  .strict();

const fileSchema = z.object({ tenants: z.array(tenantSchema).min(1) }).strict();

type FileTenant = z.infer<typeof tenantSchema>;

export class TenantSettingsError extends Error {
  override readonly name = "TenantSettingsError";
}

/**
 * Reads `TENANTS_FILE`: every problem is listed at once, secrets are resolved from the
 * environment, and an unset variable is an error (never an empty credential).
 */
export function loadTenantsFile(file: string, env: NodeJS.ProcessEnv): TenantSettings[] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new TenantSettingsError(
      `TENANTS_FILE ${file}: ${error instanceof SyntaxError ? "not valid JSON" : "cannot be read"}.`,
    );
  }
  return parseTenants(json, env);
}

export function parseTenants(json: unknown, env: NodeJS.ProcessEnv): TenantSettings[] {
  const parsed = fileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `  ${issue.path.join(".") || "(file)"}: ${issue.message}`,
    );
    throw new TenantSettingsError(
      `Invalid TENANTS_FILE (secrets are written as {"env": "VARIABLE"}):\n${problems.join("\n")}`,
    );
  }
  const problems: string[] = [];
  const seen = new Set<string>();
  const tenants = parsed.data.tenants.map((tenant, index) => {
    if (seen.has(tenant.id)) problems.push(`  tenants.${index}.id: ${tenant.id} appears twice`);
    seen.add(tenant.id);
    const secret = (ref: { env: string } | undefined, field: string): string | undefined => {
      if (!ref) return undefined;
      const value = env[ref.env];
      if (!value) problems.push(`  tenants.${index}.${field}: ${ref.env} is not set`);
      return value || undefined;
    };
    const webhookSecret = secret(tenant.webhookSecret, "webhookSecret");
    if (webhookSecret !== undefined && webhookSecret.length < 24) {
      problems.push(`  tenants.${index}.webhookSecret: 24 characters or more`);
    }
    return {
      id: tenant.id,
      upstream: tenant.upstream && upstreamOf(tenant.upstream, index, secret, problems),
      webhookSecret,
      quotas: tenant.quotas,
    } satisfies TenantSettings;
  });
  if (problems.length) {
    throw new TenantSettingsError(`Invalid TENANTS_FILE:\n${problems.join("\n")}`);
  }
  return tenants;
}

function upstreamOf(
  upstream: NonNullable<FileTenant["upstream"]>,
  index: number,
  secret: (ref: { env: string } | undefined, field: string) => string | undefined,
  problems: string[],
): TenantSettings["upstream"] {
  const at = `tenants.${index}.upstream`;
  const auths: OmniAuth[] = [];
  const apiKey = secret(upstream.apiKey, "upstream.apiKey");
  if (apiKey) auths.push({ scheme: "App", apiKey });
  if (upstream.username || upstream.password) {
    const password = secret(upstream.password, "upstream.password");
    if (!upstream.username || !upstream.password) {
      problems.push(`  ${at}: username and password go together`);
    } else if (password) {
      auths.push({ scheme: "Basic", username: upstream.username, password });
    }
  }
  const ibsso = secret(upstream.ibssoToken, "upstream.ibssoToken");
  if (ibsso) auths.push({ scheme: "IBSSO", token: ibsso });
  const bearer = secret(upstream.bearerToken, "upstream.bearerToken");
  if (bearer) auths.push({ scheme: "Bearer", token: bearer });
  const given = [upstream.apiKey, upstream.password ?? upstream.username, upstream.ibssoToken];
  const kinds = [...given, upstream.bearerToken].filter(Boolean).length;
  if (kinds !== 1) {
    problems.push(
      `  ${at}: exactly one of apiKey, username + password, ibssoToken, bearerToken (found ${kinds})`,
    );
  }
  const [auth] = auths;
  return auth && { baseUrl: upstream.baseUrl, auth };
}
