import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  MessageTimelineDocument,
  QuarantinedReportsDocument,
  ReportsDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import { BACKENDS, sharedDatabase, type TestDatabase } from "../support/databases.js";
import { deliveredReport } from "../support/deliveredReport.js";
import { intakeHealth } from "../support/intakeHealth.js";
import { startStack, type Stack } from "../support/stack.js";

const SECRET = "quarantine-webhook-secret-0123456789";

const phoneNumber = () => `4179${randomInt(1_000_000, 9_999_999)}`;

describe.each(BACKENDS)("reports the database cannot hold, on %s", (backend) => {
  let db: TestDatabase;
  let stack: Stack;
  beforeAll(async () => {
    db = sharedDatabase(backend);
    stack = await startStack({ database: db.database, webhook: { secret: SECRET } });
  });
  afterAll(async () => {
    await stack.close();
    await db.drop();
  });

  /** The quarantined reports of these messages (or whose messageId starts with a test's tag). */
  const quarantinedOf = async (matches: (messageId: string) => boolean) => {
    const listed = await stack.execute(QuarantinedReportsDocument, { limit: 1000 });
    expect(listed.errors).toBeUndefined();
    return listed.data!.quarantinedReports.filter((q) => q.messageId && matches(q.messageId));
  };

  const postWebhook = (results: unknown[]) =>
    fetch(`${stack.gateway.webhookUrl}?secret=${SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ results }),
    });

  it("quarantines a polled report with U+0000 or a lone surrogate and stores the rest of its page", async () => {
    const before = await intakeHealth(stack.gateway.url);
    // Another client of the same account sends straight to OMNI: nothing checked its callbackData.
    const poisoned = await Promise.all(
      ["order\u00004711", "order\ud8004711"].map(
        (callbackData) =>
          stack.omni("POST", "/omni/1/advanced", {
            destinations: [{ to: { phoneNumber: phoneNumber() } }],
            sms: { text: "Sent around the gateway" },
            callbackData,
          }) as Promise<{ messages: { messageId: string }[] }>,
      ),
    );
    const sent = await stack.execute(SendTextDocument, {
      input: {
        destinations: Array.from({ length: 8 }, () => ({ to: { phoneNumber: phoneNumber() } })),
        text: "Your parcel is on its way.",
      },
    });
    expect(sent.errors).toBeUndefined();
    const { bulkId, messages } = sent.data!.sendText;
    await stack.advanceClock(60_000);

    // The read drains the page holding all ten reports, and answers.
    const reports = await stack.execute(ReportsDocument, { filter: { bulkId, limit: 100 } });
    expect(reports.errors).toBeUndefined();
    expect(reports.data!.reports).toHaveLength(8);
    expect(new Set(reports.data!.reports.map((r) => r.status.groupName))).toEqual(
      new Set(["DELIVERED"]),
    );
    for (const { messageId } of messages.slice(0, 3)) {
      const timeline = await stack.execute(MessageTimelineDocument, { messageId });
      expect(timeline.errors).toBeUndefined();
      expect(timeline.data!.message!.report!.status.groupName).toBe("DELIVERED");
    }

    const poisonedIds = poisoned.map((p) => p.messages[0]!.messageId);
    const quarantined = await quarantinedOf((id) => poisonedIds.includes(id));
    expect(quarantined.map((q) => [q.messageId, q.source, q.reason]).sort()).toEqual(
      [
        [poisonedIds[0], "POLL", "callbackData: contains U+0000"],
        [poisonedIds[1], "POLL", "callbackData: contains a lone surrogate"],
      ].sort(),
    );
    for (const { messageId, preview, receivedAt } of quarantined) {
      // The start of the raw report as it came, with nothing a terminal or a page would act on.
      expect(preview.startsWith(`{"messageId":"${messageId}","to":`)).toBe(true);
      expect(preview).not.toMatch(/\p{Cc}|\p{Cs}/u);
      expect(Date.parse(receivedAt)).not.toBeNaN();
    }
    const after = await intakeHealth(stack.gateway.url);
    expect(after.quarantined - before.quarantined).toBe(2);

    // The poller is not stuck on that page: the next report comes in as usual.
    const next = await stack.execute(SendTextDocument, {
      input: { destinations: [{ to: { phoneNumber: phoneNumber() } }], text: "And another." },
    });
    await stack.advanceClock(60_000);
    const nextId = next.data!.sendText.messages[0]!.messageId;
    const timeline = await stack.execute(MessageTimelineDocument, { messageId: nextId });
    expect(timeline.data!.message!.report!.status.groupName).toBe("DELIVERED");
  });

  it("answers a webhook batch of 99 good reports and 1 poisoned 200, storing the 99", async () => {
    const tag = randomUUID();
    const bulkId = `bulk-${tag}`;
    const good = Array.from({ length: 99 }, (_, i) => deliveredReport(`${tag}-${i}`, { bulkId }));
    const poisoned = {
      ...deliveredReport(`${tag}-poison`, { bulkId }),
      callbackData: `\u0000${tag}`,
    };
    const batch = [...good.slice(0, 50), poisoned, ...good.slice(50)];

    const answer = await postWebhook(batch);
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ received: 100, stored: 99, quarantined: 1 });
    // OMNI delivering the same batch again changes nothing.
    expect(await (await postWebhook(batch)).json()).toEqual({
      received: 100,
      stored: 0,
      quarantined: 0,
    });

    const reports = await stack.execute(ReportsDocument, { filter: { bulkId, limit: 1000 } });
    expect(reports.data!.reports).toHaveLength(99);
    const quarantined = await quarantinedOf((id) => id.startsWith(tag));
    expect(quarantined.map((q) => [q.messageId, q.source, q.reason])).toEqual([
      [`${tag}-poison`, "WEBHOOK", "callbackData: contains U+0000"],
    ]);
  });

  it("quarantines what PostgreSQL itself refuses, trying the batch's reports one by one", async () => {
    const tag = randomUUID();
    const bulkId = `bulk-${tag}`;
    // Valid JSON and a valid report by its schema, but out of range for an integer column.
    const tooMany = { ...deliveredReport(`${tag}-huge`, { bulkId }), messageCount: 2 ** 40 };
    const good = Array.from({ length: 9 }, (_, i) => deliveredReport(`${tag}-${i}`, { bulkId }));

    const answer = await postWebhook([tooMany, ...good]);
    expect(await answer.json()).toEqual({ received: 10, stored: 9, quarantined: 1 });
    const reports = await stack.execute(ReportsDocument, { filter: { bulkId, limit: 100 } });
    expect(reports.data!.reports).toHaveLength(9);
    const quarantined = await quarantinedOf((id) => id.startsWith(tag));
    expect(quarantined.map((q) => [q.messageId, q.source, q.reason])).toEqual([
      [`${tag}-huge`, "WEBHOOK", "refused by the database (22003)"],
    ]);
  });

  it("pages the operator query by id, and refuses a bad cursor or limit as BAD_USER_INPUT", async () => {
    const all = await stack.execute(QuarantinedReportsDocument, { limit: 1000 });
    const ids = all.data!.quarantinedReports.map((q) => q.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const first = await stack.execute(QuarantinedReportsDocument, { limit: 2 });
    const second = await stack.execute(QuarantinedReportsDocument, {
      limit: 2,
      before: first.data!.quarantinedReports.at(-1)!.id,
    });
    expect(
      [...first.data!.quarantinedReports, ...second.data!.quarantinedReports].map((q) => q.id),
    ).toEqual(ids.slice(0, 4));

    for (const variables of [
      { limit: 0 },
      { limit: 1001 },
      { before: "12abc" },
      { before: "9".repeat(30) },
    ]) {
      const refused = await stack.execute(QuarantinedReportsDocument, variables);
      expect(refused.errors![0]!.extensions!.code).toBe("BAD_USER_INPUT");
    }
  });
});
