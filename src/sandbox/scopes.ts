/**
 * API-key scopes by route, as Infobip's OpenAPI document (3.210.0, `x-scopes` of each operation;
 * local copies in test/fixtures/infobip-openapi/) names them. A route is allowed when the key has
 * any one of its scopes.
 *
 * - OMNI (omni-failover.json): scenarios need `omni-failover:manage`; `/omni/1/advanced` and
 *   `/omni/1/reports` also take `omni-failover:message:send` or `message:send`; `/omni/1/logs`
 *   also takes `omni-failover:logs:read`. `/omni/1/text` is gone from the document; it gets the
 *   scopes of `/omni/1/advanced`, the send it is a simpler form of.
 * - Mobile Push (mobile-app-messaging.json): sends and reports take `message:send`,
 *   `mobile-app-messaging:send` or `mobile-app-messaging:manage`; statistics only
 *   `mobile-app-messaging:manage`.
 * - SMS preview (sms.json): only `sms:manage`. Unlike the SMS sends, the document does not give
 *   it `message:send` or `sms:message:send`, so a send-only key is refused here as it would be
 *   by Infobip.
 */
const ROUTE_SCOPES: Readonly<Record<string, readonly string[]>> = {
  "GET /omni/1/scenarios": ["omni-failover:manage"],
  "POST /omni/1/scenarios": ["omni-failover:manage"],
  "GET /omni/1/scenarios/{scenarioKey}": ["omni-failover:manage"],
  "PUT /omni/1/scenarios/{scenarioKey}": ["omni-failover:manage"],
  "POST /omni/1/advanced": ["message:send", "omni-failover:message:send", "omni-failover:manage"],
  "POST /omni/1/text": ["message:send", "omni-failover:message:send", "omni-failover:manage"],
  "GET /omni/1/reports": ["message:send", "omni-failover:message:send", "omni-failover:manage"],
  "GET /omni/1/logs": ["omni-failover:logs:read", "omni-failover:manage"],
  "POST /push/3/messages": [
    "message:send",
    "mobile-app-messaging:send",
    "mobile-app-messaging:manage",
  ],
  "GET /push/1/statistics": ["mobile-app-messaging:manage"],
  "GET /push/1/reports": [
    "message:send",
    "mobile-app-messaging:send",
    "mobile-app-messaging:manage",
  ],
  "POST /sms/1/preview": ["sms:manage"],
};

/**
 * Every scope those three parts of the document name, routes of the sandbox or not: a key may
 * carry scopes for what the sandbox does not serve, but a name outside this list is a typo that
 * would otherwise silently refuse every call.
 */
export const KNOWN_SCOPES: readonly string[] = [
  "message:send",
  "inbound-message:read",
  "omni-failover:manage",
  "omni-failover:message:send",
  "omni-failover:logs:read",
  "mobile-app-messaging:manage",
  "mobile-app-messaging:send",
  "mobile-app-messaging:logs:read",
  "mobile-app-messaging:inbound-message:read",
  "sms:manage",
  "sms:message:send",
  "sms:logs:read",
  "sms:inbound-message:read",
];

/** What a credential may do: every scope (Basic, IBSSO, Bearer, plain API keys) or a list. */
export type Grant = "ALL" | ReadonlySet<string>;

/** The scopes a route takes. Throws for a route without a rule, so a new route cannot go unguarded. */
export function scopesOf(template: string): readonly string[] {
  const scopes = ROUTE_SCOPES[template];
  if (!scopes) throw new Error(`No scope rule for sandbox route ${template} (see scopes.ts)`);
  return scopes;
}

export function allows(grant: Grant, scopes: readonly string[]): boolean {
  return grant === "ALL" || scopes.some((scope) => grant.has(scope));
}
