/**
 * What a caller may do, as scopes in its token or API key. Pure helpers (`previewSms`, `planSend`,
 * `channels`, `quota`) need authentication only. The names follow the `resource:action` habit of
 * OAuth scopes; Infobip's own scopes (`omni-failover:manage`, …) belong to the gateway's account
 * upstream, never to callers.
 */
export const SCOPES = {
  "scenarios:read": "Read scenarios: scenario, scenarios, defaultScenario and Scenario entities.",
  "scenarios:write": "Create and replace scenarios: createScenario, updateScenario.",
  "messages:read":
    "Read messages and bulks: message, messages, bulk, pushStatistics, their entities, and the messageStatusChanged subscription.",
  "messages:send": "Send over the scenario's channels: sendText, sendAdvanced.",
  "push:send": "Send mobile push notifications: sendPush.",
  "reports:read": "Read the stored delivery reports: reports.",
} as const;

export type Scope = keyof typeof SCOPES;

export const ALL_SCOPES: ReadonlySet<Scope> = new Set(Object.keys(SCOPES) as Scope[]);

export function isScope(value: string): value is Scope {
  return Object.hasOwn(SCOPES, value);
}
