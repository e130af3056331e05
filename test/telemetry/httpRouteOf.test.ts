import { describe, expect, it } from "vitest";
import { httpRouteOf } from "../../src/server/telemetry/httpRouteOf.js";
import { WEBHOOK_PATH, webhookPathOf } from "../../src/server/webhook/reportsWebhook.js";

describe("the route a span is named by", () => {
  it("is OMNI's template for the upstream API, which the sandbox serves too", () => {
    expect(httpRouteOf("/omni/1/scenarios/KEY123?x=1")).toBe("/omni/1/scenarios/{key}");
    expect(httpRouteOf("/push/3/messages")).toBe("/push/3/messages");
  });

  it("keeps the gateway's webhook paths without tenant or secret", () => {
    expect(httpRouteOf(`${webhookPathOf("default", "default")}?secret=s3cr3t`)).toBe(WEBHOOK_PATH);
    expect(httpRouteOf(`${webhookPathOf("acme", "default")}?secret=s3cr3t`)).toBe(
      `${WEBHOOK_PATH}/{tenant}`,
    );
  });

  it("names the gateway's and the sandbox's own routes, ids replaced", () => {
    expect(httpRouteOf("/graphql?query=%7B__typename%7D")).toBe("/graphql");
    expect(httpRouteOf("/sandbox/contacts/41793026727")).toBe("/sandbox/contacts/{phoneNumber}");
    expect(httpRouteOf("/sandbox/devices/reg-1")).toBe("/sandbox/devices/{pushRegistrationId}");
  });

  it("is unknown for any other path, which then names nothing", () => {
    for (const path of ["/", "/graphql/extra", "/keys?client=x", "/webhooks/omni/reports/a/b"]) {
      expect(httpRouteOf(path)).toBeUndefined();
    }
  });
});
