import { randomUUID } from "node:crypto";
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { ALL_SCOPES } from "../../src/domain/scopes.js";
import { hashApiKey } from "../../src/server/auth/hashApiKey.js";
import {
  BulkStatsDocument,
  CreateScenarioDocument,
  MessageStatusChangedDocument,
  MessageTimelineDocument,
  ReportsDocument,
  ScenarioDocument,
  ScenariosDocument,
  SendAdvancedDocument,
  SendTextDocument,
  type MessageStatusChangedSubscription,
} from "../gql/graphql.js";
import { deliveredReport } from "../support/deliveredReport.js";
import { answeredAfterSubscriptions } from "../support/socketBarrier.js";
import { startStack, type Stack } from "../support/stack.js";

/** Two product teams, each with its own Infobip (sandbox) account, on one gateway. */
const TENANTS = ["acme", "globex"] as const;
type Tenant = (typeof TENANTS)[number];
const CALLER_KEYS: Record<Tenant, string> = {
  acme: "acme-caller-key-0123456789abcdef",
  globex: "globex-caller-key-0123456789abcdef",
};
const WEBHOOK_SECRETS: Record<Tenant, string> = {
  acme: "acme-webhook-secret-0123456789",
  globex: "globex-webhook-secret-0123456789",
};
const as = (tenant: Tenant) => ({ authorization: `ApiKey ${CALLER_KEYS[tenant]}` });

let stack: Stack;

beforeAll(async () => {
  stack = await startStack({
    auth: {
      apiKeys: TENANTS.map((tenant) => ({
        id: `${tenant}-bff`,
        sha256: hashApiKey(CALLER_KEYS[tenant]),
        tenant,
        scopes: [...ALL_SCOPES],
      })),
    },
    tenants: TENANTS.map((id) => ({ id, webhookSecret: WEBHOOK_SECRETS[id] })),
    // Sends ask the sandbox to call each tenant's own webhook, as live subscriptions need.
    webhook: { secret: "default-webhook-secret-0123456789", publicUrl: "self" },
  });
});

afterAll(async () => {
  await stack.close();
});

/** Advanced sends ask OMNI to call the tenant's webhook back, which live subscriptions need. */
async function sendSms(tenant: Tenant, bulkId: string) {
  const sent = await stack.executeWith(as(tenant), SendAdvancedDocument, {
    input: {
      bulkId,
      destinations: [{ to: { phoneNumber: "41793026727" } }],
      sms: { text: `Hello from ${tenant}` },
    },
  });
  expect(sent.errors).toBeUndefined();
  return sent.data!.sendAdvanced;
}

async function sendText(tenant: Tenant, input: { bulkId?: string; idempotencyKey?: string }) {
  const sent = await stack.executeWith(as(tenant), SendTextDocument, {
    input: {
      destinations: [
        { to: { phoneNumber: "41793026727" } },
        { to: { phoneNumber: "41793026731" } },
      ],
      text: `Hello from ${tenant}`,
      ...input,
    },
  });
  expect(sent.errors).toBeUndefined();
  return sent.data!.sendText;
}

describe("two tenants on two accounts", () => {
  it("shows each tenant only its own scenarios", async () => {
    const created = await stack.executeWith(as("acme"), CreateScenarioDocument, {
      input: { name: "acme only", flow: [{ channel: "SMS", from: "Acme" }], isDefault: false },
    });
    const key = created.data!.createScenario.key;

    const own = await stack.executeWith(as("acme"), ScenarioDocument, { key });
    expect(own.data?.scenario?.name).toBe("acme only");
    // Exactly what an unknown key answers: no error, no hint that it exists elsewhere.
    const other = await stack.executeWith(as("globex"), ScenarioDocument, { key });
    expect(other).toEqual({ status: 200, data: { scenario: null } });
    const list = await stack.executeWith(as("globex"), ScenariosDocument, { limit: 1000 });
    expect(list.data!.scenarios.map((s) => s.key)).not.toContain(key);
    expect(await stack.upstreamCallsOf("acme")).toMatchObject({ "POST /omni/1/scenarios": 1 });
  });

  it("shows each tenant only its own messages, reports and bulks", async () => {
    const sent = await sendText("acme", {});
    const [first] = sent.messages;
    await stack.advanceClock(60_000);

    const own = await stack.executeWith(as("acme"), MessageTimelineDocument, {
      messageId: first!.messageId,
    });
    expect(own.data?.message?.status?.groupName).toBe("DELIVERED");
    const ownBulk = await stack.executeWith(as("acme"), BulkStatsDocument, {
      bulkId: sent.bulkId!,
    });
    expect(ownBulk.data?.bulk?.messageCount).toBe(2);

    const message = await stack.executeWith(as("globex"), MessageTimelineDocument, {
      messageId: first!.messageId,
    });
    expect(message).toEqual({ status: 200, data: { message: null } });
    const bulk = await stack.executeWith(as("globex"), BulkStatsDocument, {
      bulkId: sent.bulkId!,
    });
    expect(bulk).toEqual({ status: 200, data: { bulk: null } });
    const reports = await stack.executeWith(as("globex"), ReportsDocument, {
      filter: { messageIds: sent.messages.map((m) => m.messageId) },
    });
    expect(reports).toEqual({ status: 200, data: { reports: [] } });
  });

  it("makes two independent sends of the same idempotency key in two tenants", async () => {
    const idempotencyKey = `order-${randomUUID()}`;
    const before = await Promise.all(TENANTS.map((t) => stack.upstreamCallsOf(t)));
    const [acme, globex] = await Promise.all(
      TENANTS.map((tenant) => sendText(tenant, { idempotencyKey })),
    );
    expect(acme!.bulkId).not.toBe(globex!.bulkId);
    // Repeats answer from each tenant's own key.
    expect((await sendText("acme", { idempotencyKey })).bulkId).toBe(acme!.bulkId);
    expect((await sendText("globex", { idempotencyKey })).bulkId).toBe(globex!.bulkId);
    const after = await Promise.all(TENANTS.map((t) => stack.upstreamCallsOf(t)));
    for (const [index] of TENANTS.entries()) {
      const sends = (calls: Record<string, number>) => calls["POST /omni/1/text"] ?? 0;
      expect(sends(after[index]!) - sends(before[index]!)).toBe(1);
    }
  });

  it("tells each subscriber only its own tenant's changes, even for the same bulkId", async () => {
    const bulkId = `shared-${randomUUID()}`;
    const clients = TENANTS.map((tenant) =>
      createClient({
        url: stack.gateway.graphqlUrl.replace(/^http/, "ws"),
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: as(tenant),
      }),
    );
    try {
      const firstChange = clients.map(
        (client) =>
          new Promise<string>((resolve, reject) => {
            client.subscribe<MessageStatusChangedSubscription>(
              { query: print(MessageStatusChangedDocument), variables: { bulkId } },
              {
                next: (result) =>
                  result.errors
                    ? reject(new Error(JSON.stringify(result.errors)))
                    : resolve(result.data!.messageStatusChanged.messageId),
                error: reject,
                complete: () => undefined,
              },
            );
          }),
      );
      await Promise.all(clients.map(answeredAfterSubscriptions));
      // acme reports first: globex's subscriber must not hear of them, only of its own.
      const acme = await sendSms("acme", bulkId);
      await stack.advanceClock(60_000);
      expect(acme.messages.map((m) => m.messageId)).toContain(await firstChange[0]);
      const globex = await sendSms("globex", bulkId);
      await stack.advanceClock(60_000);
      expect(globex.messages.map((m) => m.messageId)).toContain(await firstChange[1]);
    } finally {
      await Promise.all(clients.map((client) => client.dispose()));
    }
  });

  it("takes a tenant's webhook only with that tenant's own secret", async () => {
    const report = deliveredReport(randomUUID(), { bulkId: `webhook-${randomUUID()}` });
    const post = (tenant: Tenant, secret: string) =>
      fetch(`${stack.gateway.webhookUrlOf(tenant)}?secret=${encodeURIComponent(secret)}`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ results: [report] }),
      });

    expect((await post("globex", WEBHOOK_SECRETS.acme)).status).toBe(401);
    const unknownTenant = await fetch(
      `${stack.gateway.webhookUrl}/initech?secret=${WEBHOOK_SECRETS.acme}`,
      { method: "POST", headers: { "content-type": "application/json" }, body: "{}" },
    );
    expect(unknownTenant.status).toBe(401);
    expect((await post("acme", WEBHOOK_SECRETS.acme)).status).toBe(200);

    const filter = { messageIds: [report.messageId] };
    const acme = await stack.executeWith(as("acme"), ReportsDocument, { filter });
    expect(acme.data?.reports).toHaveLength(1);
    const globex = await stack.executeWith(as("globex"), ReportsDocument, { filter });
    expect(globex.data?.reports).toEqual([]);
  });
});
