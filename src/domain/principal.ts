/** The tenant of callers whose credential names none, and of the single-account settings. */
export const DEFAULT_TENANT = "default";

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
