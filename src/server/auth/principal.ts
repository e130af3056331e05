import { DEFAULT_TENANT, type Principal } from "../../domain/principal.js";
import { ALL_SCOPES } from "../../domain/scopes.js";

/**
 * Tenant ids end up in database rows, loader keys, metric labels and log lines, so they are
 * kept to a short, printable alphabet; anything else in a credential is refused, not cleaned.
 */
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

export function isTenantId(value: string): boolean {
  return TENANT_ID.test(value);
}

/** Everyone, when no caller authentication is configured (development and the sandbox). */
export function anonymousPrincipal(): Principal {
  return { subject: "anonymous", tenant: DEFAULT_TENANT, scopes: ALL_SCOPES, method: "none" };
}
