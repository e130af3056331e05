import { EventEmitter, once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { BulkStatsDocument, ReportsDocument, TrackingDocument } from "../gql/graphql.js";
import { BACKENDS, durableDatabase, sharedDatabase } from "../support/databases.js";
import { sendPushSmsBulk } from "../support/pushSms.js";
import { startStack } from "../support/stack.js";

const SECRET = "webhook-secret-0123456789abcdef";

interface WireReport {
  messageId: string;
  channel: string;
  sentAt: string;
  doneAt: string;
  status: { groupName: string; name: string; id: number };
}

describe.each(BACKENDS)("delivery tracking on %s", (backend) => {
  it("keeps every acknowledged report across a gateway restart", async () => {
    const db = await durableDatabase(backend);
    const stack = await startStack({ database: db.database });
    try {
      const { bulkId, messageIds } = await sendPushSmsBulk(stack);
      await stack.advanceClock(60_000);
      const before = await stack.execute(ReportsDocument, { filter: { bulkId } });
      expect(before.data!.reports).toHaveLength(4);

      await stack.restartGateway();
      // Upstream hands each report out once: all the new process knows comes from its store.
      expect(await stack.omni("GET", "/omni/1/reports")).toEqual({ results: [] });
      const after = await stack.execute(ReportsDocument, { filter: { bulkId } });
      expect(after.data).toEqual(before.data);

      const bulk = await stack.execute(BulkStatsDocument, { bulkId });
      expect(bulk.errors).toBeUndefined();
      const { totalPrice, ...counts } = bulk.data!.bulk!;
      expect(counts).toEqual({
        bulkId,
        messageCount: 2,
        byStatus: [{ status: "DELIVERED", count: 2 }],
        byChannel: [
          { channel: "PUSH", attempts: 2, delivered: 0 },
          { channel: "SMS", attempts: 2, delivered: 2 },
        ],
        deliveryRate: 1,
      });
      expect(totalPrice).toHaveLength(1);
      expect(totalPrice[0]!.currency).toBe("EUR");
      expect(totalPrice[0]!.pricePerMessage).toBeGreaterThan(0);

      const tracked = await stack.execute(TrackingDocument, { messageId: messageIds[0]! });
      const message = tracked.data!.message!;
      expect(message.deliveredVia).toBe("SMS");
      expect(message.status).toEqual({ groupName: "DELIVERED", name: "DELIVERED_TO_HANDSET" });
      expect(
        message.attempts.map((a) => [a.channel, a.status.name, a.error?.name, a.error?.permanent]),
      ).toEqual([
        ["PUSH", "UNDELIVERABLE_NOT_DELIVERED", "EC_ABSENT_SUBSCRIBER_SM", false],
        ["SMS", "DELIVERED_TO_HANDSET", "NO_ERROR", false],
      ]);
      expect(message.attempts[1]!.doneAt).not.toBeNull();
      expect(message.attempts[1]!.price!.currency).toBe("EUR");
    } finally {
      await stack.close();
      await db.drop();
    }
  });

  it("stores each webhook report once, with the right final status, delivered twice and out of order", async () => {
    const db = sharedDatabase(backend);
    const capture = await captureWebhooks();
    const stack = await startStack({
      database: db.database,
      webhook: { secret: SECRET, publicUrl: capture.url },
    });
    try {
      const { bulkId, messageIds } = await sendPushSmsBulk(stack);
      await stack.advanceClock(60_000);
      await capture.received(4);
      // Sends carry the gateway's notifyUrl, secret included, exactly as OMNI would call it.
      expect(new Set(capture.paths)).toEqual(new Set([`/webhooks/omni/reports?secret=${SECRET}`]));
      // Take the fetch-once copies away: whatever the gateway stores now came through the webhook.
      await stack.omni("GET", "/omni/1/reports");

      const reports = capture.reports();
      const sms = reports.find((r) => r.messageId === messageIds[0] && r.channel === "SMS")!;
      const latePending = {
        ...sms,
        doneAt: sms.sentAt,
        status: { groupId: 1, groupName: "PENDING", id: 7, name: "PENDING_ENROUTE" },
      };
      const deliveries = [...reports, ...reports].reverse().map((r) => ({ results: [r] }));
      const answers = await Promise.all(
        [...deliveries, { results: [latePending] }].map((body) =>
          postWebhook(stack.gateway.webhookUrl!, body, SECRET),
        ),
      );
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      const stored = await Promise.all(answers.map((a) => a.json() as Promise<{ stored: number }>));
      expect(stored.reduce((sum, a) => sum + a.stored, 0)).toBe(5);

      const listed = await stack.execute(ReportsDocument, { filter: { bulkId } });
      expect(listed.data!.reports).toHaveLength(5);
      const bulk = await stack.execute(BulkStatsDocument, { bulkId });
      expect(bulk.data!.bulk!.byStatus).toEqual([{ status: "DELIVERED", count: 2 }]);
      const tracked = await stack.execute(TrackingDocument, { messageId: messageIds[0]! });
      expect(tracked.data!.message!.status!.name).toBe("DELIVERED_TO_HANDSET");
      expect(tracked.data!.message!.deliveredVia).toBe("SMS");
    } finally {
      await stack.close();
      await capture.close();
      await db.drop();
    }
  });
});

describe("the report webhook", () => {
  it("turns away a wrong or missing secret, other content types and oversized bodies", async () => {
    const stack = await startStack({ webhook: { secret: SECRET } });
    try {
      const url = stack.gateway.webhookUrl!;
      const body = { results: [] };
      expect((await postWebhook(url, body, "not-the-secret")).status).toBe(401);
      expect((await postWebhook(url, body)).status).toBe(401);
      const xml = await fetch(`${url}?secret=${SECRET}`, {
        method: "POST",
        headers: { "content-type": "application/xml" },
        body: "<reports/>",
      });
      expect(xml.status).toBe(415);
      const huge = { results: [{ callbackData: "x".repeat(300_000) }] };
      expect((await postWebhook(url, huge, SECRET)).status).toBe(413);
      expect((await postWebhook(url, { results: [{ messageId: 1 }] }, SECRET)).status).toBe(400);
      expect((await postWebhook(url, body, SECRET)).status).toBe(200);
      expect(stack.logs.join("\n")).not.toContain(SECRET);
    } finally {
      await stack.close();
    }
  });
});

function postWebhook(url: string, body: unknown, secret?: string): Promise<Response> {
  return fetch(secret ? `${url}?secret=${encodeURIComponent(secret)}` : url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

/** Stands where OMNI's callbacks land, so the test can replay them in any order. */
async function captureWebhooks() {
  const bodies: { results: WireReport[] }[] = [];
  const paths: string[] = [];
  const arrived = new EventEmitter();
  const server: Server = createServer((req, res) => {
    let text = "";
    req.on("data", (chunk: Buffer) => (text += chunk.toString()));
    req.on("end", () => {
      paths.push(req.url ?? "");
      bodies.push(JSON.parse(text) as { results: WireReport[] });
      res.writeHead(200).end();
      arrived.emit("report");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    paths,
    reports: () => bodies.flatMap((b) => b.results),
    /** Resolves once `count` reports have arrived in all. */
    async received(count: number): Promise<void> {
      while (bodies.flatMap((b) => b.results).length < count) await once(arrived, "report");
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
