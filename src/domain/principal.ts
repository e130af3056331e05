/** The tenant of callers whose credential names none, and of the single-account settings. */
export const DEFAULT_TENANT = "default";

/**
 * Tenant ids end up in database rows, webhook paths, log lines and metric labels: a short,
 * printable alphabet, the same for the tenants file, tokens and API keys.
 */
const TENANT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function isTenantId(value: string): boolean {
  return TENANT_ID.test(value);
}

/** Who is asking, as the edge authenticated it; everything below decides by it. */
export interface Principal {
  /** The token's `sub`, the API key's id, "router" or "anonymous". */
  subject: string;
  tenant: string;
  scopes: ReadonlySet<string>;
  method: "jwt" | "apiKey" | "router" | "none";
  /** When the credential stops being valid (JWT `exp`): a websocket is closed then. */
  expiresAt?: Date;
}
