import { DEFAULT_TENANT, isTenantId, type Principal } from "../../domain/principal.js";
import { AuthenticationError } from "./AuthenticationError.js";

/** Where the tenant and the scopes are in a token; IdPs disagree, so both are configurable. */
export interface ClaimNames {
  tenant: string;
  /**
   * With several tenants, a token without a tenant claim is refused rather than served as the
   * default tenant: an IdP whose claim mapping broke must not act on the implicit account.
   */
  tenantRequired?: boolean;
  /** Unset: `scope`, else `scp`, else `scopes`, each a space-separated string or an array. */
  scopes?: string;
}

const DEFAULT_SCOPE_CLAIMS = ["scope", "scp", "scopes"];

/**
 * The principal of a claims set whose signature (or the router) and whose time, issuer and
 * audience have already been checked. A claim that is there but unusable is refused, never
 * skipped: a token with a malformed tenant must not fall back to the default tenant.
 */
export function principalFromClaims(claims: Record<string, unknown>, names: ClaimNames): Principal {
  const { sub, exp } = claims;
  if (typeof sub !== "string" || !sub) throw invalid("the token's sub claim is not a string");
  if (typeof exp !== "number") throw invalid("the token has no numeric exp claim");
  return {
    subject: sub,
    tenant: tenantOf(claims, names),
    scopes: scopesOf(claims, names.scopes),
    method: "jwt",
    expiresAt: new Date(exp * 1000),
  };
}

function tenantOf(claims: Record<string, unknown>, names: ClaimNames): string {
  const name = names.tenant;
  const value = claimAt(claims, name);
  if (value === undefined && names.tenantRequired) {
    throw invalid(`the token has no ${name} claim, which names the tenant`);
  }
  if (value === undefined) return DEFAULT_TENANT;
  if (typeof value !== "string" || !isTenantId(value)) {
    throw invalid(`the token's ${name} claim is not a tenant id`);
  }
  return value;
}

function scopesOf(claims: Record<string, unknown>, name: string | undefined): ReadonlySet<string> {
  const names = name ? [name] : DEFAULT_SCOPE_CLAIMS;
  for (const candidate of names) {
    const value = claimAt(claims, candidate);
    if (value === undefined) continue;
    if (typeof value === "string") return new Set(value.split(/\s+/).filter(Boolean));
    if (Array.isArray(value) && value.every((scope) => typeof scope === "string")) {
      return new Set(value.filter(Boolean));
    }
    throw invalid(`the token's ${candidate} claim is neither a string nor a list of strings`);
  }
  return new Set();
}

/**
 * A claim by its name, or else by a dotted path into nested objects (`app.tenant`). The name
 * comes first because namespaced claims such as `https://example.com/tenant` contain dots.
 * Only own properties are read, so `__proto__.x` finds nothing.
 */
function claimAt(claims: Record<string, unknown>, name: string): unknown {
  if (Object.hasOwn(claims, name)) return claims[name];
  let value: unknown = claims;
  for (const part of name.split(".")) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, part)) {
      return undefined;
    }
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

function invalid(message: string): AuthenticationError {
  return new AuthenticationError("INVALID_TOKEN", `Token refused: ${message}.`);
}
