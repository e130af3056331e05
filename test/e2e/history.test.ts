import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ALL_SCOPES } from "../../src/domain/scopes.js";
import { hashApiKey } from "../../src/server/auth/hashApiKey.js";
import {
  BulksDocument,
  CreateScenarioDocument,
  MessagesDocument,
  MessageTimelineDocument,
  SendAdvancedDocument,
  SentMessagePageDocument,
  SentMessagesDocument,
  StoredReportsDocument,
  type SendAdvancedInput,
} from "../gql/graphql.js";
import { BACKENDS, durableDatabase, sharedDatabase } from "../support/databases.js";
import { startStack, type Stack } from "../support/stack.js";

const HOUR = 3_600_000;

/** Valid, distinct numbers the sandbox reaches by SMS; `run` keeps test runs apart. */
const numbers = (run: number, count: number) =>
  Array.from({ length: count }, (_, i) => `41${run}${String(i).padStart(7, "0")}`);

async function send(
  stack: Stack,
  input: Omit<SendAdvancedInput, "destinations"> & { to: string[] },
  headers: Record<string, string> = {},
): Promise<{ bulkId?: string | null; messageIds: string[] }> {
  const { to, ...rest } = input;
  const sent = await stack.executeWith(headers, SendAdvancedDocument, {
    input: {
      ...rest,
      destinations: to.map((phoneNumber) => ({ to: { phoneNumber } })),
      sms: input.sms ?? { text: "Your parcel is on its way." },
    },
  });
  expect(sent.errors).toBeUndefined();
  const { bulkId, messages } = sent.data!.sendAdvanced;
  return { bulkId, messageIds: messages.map((m) => m.messageId) };
}

describe.each(BACKENDS)("the history on %s", (backend) => {
  it("pages through 2 500 messages 100 at a time, each once, while new ones are sent (they sort before the first page)", async () => {
    const db = sharedDatabase(backend);
    const stack = await startStack({ database: db.database });
    try {
      const callbackData = `run-${randomUUID()}`;
      const sent: string[] = [];
      // Five sends of 500 destinations: a bulk each, as a big campaign would go out.
      for (let batch = 0; batch < 5; batch++) {
        const to = numbers(10 + batch, 500);
        sent.push(...(await send(stack, { to, callbackData })).messageIds);
      }
      expect(new Set(sent).size).toBe(2_500);

      const seen: string[] = [];
      const arrived: string[] = [];
      let after: string | null | undefined;
      let firstPageStart: string | null | undefined;
      for (let page = 0; ; page++) {
        const answer = await stack.execute(SentMessagePageDocument, {
          filter: { callbackData },
          first: 100,
          after,
        });
        expect(answer.errors).toBeUndefined();
        const { edges, pageInfo } = answer.data!.sentMessages;
        seen.push(...edges.map((e) => e.node.messageId));
        expect(pageInfo.hasPreviousPage).toBe(page > 0);
        firstPageStart ??= pageInfo.startCursor;
        if (!pageInfo.hasNextPage) break;
        expect(edges).toHaveLength(100);
        after = pageInfo.endCursor;
        if (page % 5 === 0) {
          const to = numbers(20 + page, 2);
          arrived.push(...(await send(stack, { to, callbackData })).messageIds);
        }
      }
      expect(seen).toHaveLength(2_500);
      expect(new Set(seen)).toEqual(new Set(sent));

      // Newest first: what arrived during the walk lies before its first page.
      const newer = await stack.execute(SentMessagePageDocument, {
        filter: { callbackData },
        last: 100,
        before: firstPageStart,
      });
      expect(newer.errors).toBeUndefined();
      const { edges, pageInfo } = newer.data!.sentMessages;
      expect(new Set(edges.map((e) => e.node.messageId))).toEqual(new Set(arrived));
      expect(pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    } finally {
      await stack.close();
      await db.drop();
    }
  });

  it("still answers for a message after OMNI's logs forgot it, with its final status", async () => {
    const db = sharedDatabase(backend);
    const stack = await startStack({ database: db.database });
    try {
      const callbackData = `old-${randomUUID()}`;
      const { messageIds } = await send(stack, { to: numbers(30, 1), callbackData });
      const messageId = messageIds[0]!;
      await stack.advanceClock(2_000);
      // Reading the history takes the report in, as any read of the store does.
      const fresh = await stack.execute(SentMessagesDocument, { filter: { callbackData } });
      expect(fresh.data!.sentMessages.edges[0]!.node.status!.groupName).toBe("DELIVERED");

      await stack.advanceClock(49 * HOUR);
      expect(await stack.omni("GET", `/omni/1/logs?messageId=${messageId}`)).toEqual({
        results: [],
      });
      const fromLogs = await stack.execute(MessagesDocument, { filter: { messageIds } });
      expect(fromLogs.data!.messages).toEqual([]);

      const later = await stack.execute(SentMessagesDocument, { filter: { callbackData } });
      expect(later.errors).toBeUndefined();
      const [edge] = later.data!.sentMessages.edges;
      expect(edge!.node).toMatchObject({
        messageId,
        callbackData,
        channel: "SMS",
        deliveredVia: "SMS",
        status: { groupName: "DELIVERED", name: "DELIVERED_TO_HANDSET" },
        report: { channel: "SMS", status: { name: "DELIVERED_TO_HANDSET" } },
      });
      expect(Date.parse(edge!.node.sentAt!)).toBeGreaterThan(0);
      const timeline = await stack.execute(MessageTimelineDocument, { messageId });
      expect(timeline.data!.message).toMatchObject({
        status: { groupName: "DELIVERED" },
        attempts: [{ channel: "SMS", status: { groupName: "DELIVERED" } }],
      });
    } finally {
      await stack.close();
      await db.drop();
    }
  });

  it("narrows the messages, reports and bulks by each filter", async () => {
    const db = await durableDatabase(backend);
    const stack = await startStack({ database: db.database });
    try {
      const [viber, failover, unreachable, ...offline] = numbers(40, 5) as string[] &
        [string, string, string, string, string];
      await stack.putContact(viber, { VIBER: "ONLINE" });
      await stack.putContact(unreachable, { VIBER: "UNREACHABLE", SMS: "UNREACHABLE" });
      for (const number of offline) await stack.putContact(number, { VIBER: "OFFLINE" });
      const created = await stack.execute(CreateScenarioDocument, {
        input: {
          name: "VIBER then SMS",
          flow: [
            { channel: "VIBER", from: "InfoViber" },
            { channel: "SMS", from: "InfoSMS" },
          ],
          isDefault: false,
        },
      });
      const scenarioKey = created.data!.createScenario.key;
      const content = { viber: { text: "Hi" }, sms: { text: "Hi" } };
      const first = await send(stack, {
        scenarioKey,
        bulkId: `first-${randomUUID()}`,
        callbackData: "first",
        to: [viber, failover, unreachable],
        ...content,
      });
      const second = await send(stack, {
        scenarioKey,
        bulkId: `second-${randomUUID()}`,
        callbackData: "second",
        to: offline,
        ...content,
      });
      const [a, b, c] = first.messageIds as [string, string, string];
      const [d, e] = second.messageIds as [string, string];
      await stack.advanceClock(2_000);

      const messages = async (filter: Record<string, unknown>) => {
        const answer = await stack.execute(SentMessagesDocument, { filter, first: 500 });
        expect(answer.errors).toBeUndefined();
        return answer.data!.sentMessages.edges.map((e) => e.node);
      };
      const ids = async (filter: Record<string, unknown>) =>
        new Set((await messages(filter)).map((m) => m.messageId));

      const all = await messages({});
      expect(new Set(all.map((m) => m.messageId))).toEqual(new Set([a, b, c, d, e]));
      // Newest first: the second send's two, then the first's three.
      expect(new Set(all.slice(0, 2).map((m) => m.messageId))).toEqual(new Set([d, e]));
      const sentAt = (id: string) => all.find((m) => m.messageId === id)!.sentAt!;

      expect(await ids({ statusGroup: "DELIVERED" })).toEqual(new Set([a, b]));
      expect(await ids({ statusGroup: "UNDELIVERABLE" })).toEqual(new Set([c]));
      expect(await ids({ statusGroup: "PENDING" })).toEqual(new Set([d, e]));
      expect(await ids({ channel: "VIBER" })).toEqual(new Set([a]));
      expect(await ids({ channel: "SMS" })).toEqual(new Set([b, c]));
      expect(await ids({ destination: failover })).toEqual(new Set([b]));
      expect(await ids({ bulkId: second.bulkId })).toEqual(new Set([d, e]));
      expect(await ids({ callbackData: "first" })).toEqual(new Set([a, b, c]));
      expect(await ids({ sentSince: sentAt(d) })).toEqual(new Set([d, e]));
      expect(await ids({ sentUntil: sentAt(a) })).toEqual(new Set([a, b, c]));
      expect(await ids({ statusGroup: "DELIVERED", channel: "SMS" })).toEqual(new Set([b]));
      expect(await ids({ callbackData: "nobody's" })).toEqual(new Set());

      const reports = async (filter: Record<string, unknown>) => {
        const answer = await stack.execute(StoredReportsDocument, { filter, first: 500 });
        expect(answer.errors).toBeUndefined();
        return answer
          .data!.storedReports.edges.map(
            (e) => `${e.node.messageId}:${e.node.channel}:${e.node.status.groupName}`,
          )
          .sort();
      };
      const every = [
        `${a}:VIBER:DELIVERED`,
        `${b}:SMS:DELIVERED`,
        `${b}:VIBER:UNDELIVERABLE`,
        `${c}:SMS:UNDELIVERABLE`,
        `${c}:VIBER:UNDELIVERABLE`,
      ].sort();
      expect(await reports({})).toEqual(every);
      const only = (...wanted: string[]) => every.filter((r) => wanted.some((w) => r.includes(w)));
      expect(await reports({ channel: "VIBER" })).toEqual(only(":VIBER:"));
      expect(await reports({ statusGroup: "DELIVERED" })).toEqual(only(":DELIVERED"));
      expect(await reports({ destination: unreachable })).toEqual(only(c));
      expect(await reports({ messageIds: [b] })).toEqual(only(b));
      expect(await reports({ bulkId: first.bulkId })).toEqual(every);
      expect(await reports({ bulkId: second.bulkId })).toEqual([]);
      expect(await reports({ callbackData: "first" })).toEqual(every);
      expect(await reports({ sentSince: "2999-01-01T00:00:00Z" })).toEqual([]);

      const bulks = async (filter: Record<string, unknown>) => {
        const answer = await stack.execute(BulksDocument, { filter });
        expect(answer.errors).toBeUndefined();
        return answer.data!.bulks.edges.map((e) => e.node);
      };
      expect(await bulks({})).toEqual([
        {
          bulkId: second.bulkId,
          messageCount: 2,
          byStatus: [{ status: "PENDING", count: 2 }],
          deliveryRate: 0,
        },
        expect.objectContaining({ bulkId: first.bulkId, messageCount: 3 }),
      ]);
      expect((await bulks({ sentSince: sentAt(d) })).map((bulk) => bulk.bulkId)).toEqual([
        second.bulkId,
      ]);
    } finally {
      await stack.close();
      await db.drop();
    }
  });
});

describe("history arguments", () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack();
  });
  afterAll(() => stack.close());

  it("refuses a malformed or foreign cursor, and a page too large, as BAD_USER_INPUT naming the argument", async () => {
    await send(stack, { to: numbers(50, 2) });
    const message = await stack.execute(SentMessagePageDocument, { first: 1 });
    const messageCursor = message.data!.sentMessages.pageInfo.endCursor!;
    const tampered = Buffer.from(JSON.stringify(["message", "yesterday", "x"])).toString(
      "base64url",
    );

    const refused = async (variables: Record<string, unknown>) => {
      const answer = await stack.execute(SentMessagePageDocument, variables);
      expect(answer.data ?? null).toBeNull();
      return answer.errors!.map((e) => [e.extensions!.code, e.extensions!.field]);
    };
    expect(await refused({ after: "not a cursor" })).toEqual([["BAD_USER_INPUT", "after"]]);
    expect(await refused({ after: tampered })).toEqual([["BAD_USER_INPUT", "after"]]);
    expect(await refused({ before: `${messageCursor}A` })).toEqual([["BAD_USER_INPUT", "before"]]);
    expect(await refused({ first: 501 })).toEqual([["BAD_USER_INPUT", "first"]]);
    expect(await refused({ last: 0 })).toEqual([["BAD_USER_INPUT", "last"]]);
    expect(await refused({ first: 10, last: 10 })).toEqual([["BAD_USER_INPUT", "last"]]);

    // A report's cursor is no message cursor, even though both are ours.
    await stack.advanceClock(2_000);
    const delivered = await stack.execute(StoredReportsDocument, { first: 1 });
    const foreign = delivered.data!.storedReports.edges[0]!.cursor;
    expect(await refused({ after: foreign })).toEqual([["BAD_USER_INPUT", "after"]]);
    expect((await stack.execute(SentMessagePageDocument, { after: messageCursor })).errors).toBe(
      undefined,
    );
  });
});

describe("the history of two tenants", () => {
  const TENANTS = ["acme", "globex"] as const;
  const as = (tenant: string) => ({
    authorization: `ApiKey ${tenant}-caller-key-0123456789abcdef`,
  });
  let stack: Stack;
  beforeAll(async () => {
    stack = await startStack({
      auth: {
        apiKeys: TENANTS.map((tenant) => ({
          id: `${tenant}-bff`,
          sha256: hashApiKey(`${tenant}-caller-key-0123456789abcdef`),
          tenant,
          scopes: [...ALL_SCOPES],
        })),
      },
      tenants: TENANTS.map((id) => ({ id })),
    });
  });
  afterAll(() => stack.close());

  it("never shows one tenant's messages, reports or bulks to the other, whatever the cursor", async () => {
    const callbackData = `shared-${randomUUID()}`;
    const acme = await send(stack, { to: numbers(60, 2), callbackData }, as("acme"));
    const globex = await send(stack, { to: numbers(61, 2), callbackData }, as("globex"));
    await stack.advanceClock(2_000);

    const history = async (tenant: string, after?: string) => {
      const [messages, reports, bulks] = await Promise.all([
        stack.executeWith(as(tenant), SentMessagePageDocument, { first: 500, after }),
        stack.executeWith(as(tenant), StoredReportsDocument, { first: 500 }),
        stack.executeWith(as(tenant), BulksDocument, { first: 500 }),
      ]);
      return {
        messages: messages.data!.sentMessages.edges.map((e) => e.node.messageId),
        cursor: messages.data!.sentMessages.pageInfo.startCursor!,
        reports: reports.data!.storedReports.edges.map((e) => e.node.messageId),
        bulks: bulks.data!.bulks.edges.map((e) => e.node.bulkId),
      };
    };
    const ofAcme = await history("acme");
    const ofGlobex = await history("globex");
    expect(new Set(ofAcme.messages)).toEqual(new Set(acme.messageIds));
    expect(new Set(ofAcme.reports)).toEqual(new Set(acme.messageIds));
    expect(ofAcme.bulks).toEqual([acme.bulkId]);
    expect(new Set(ofGlobex.messages)).toEqual(new Set(globex.messageIds));
    expect(new Set(ofGlobex.reports)).toEqual(new Set(globex.messageIds));
    expect(ofGlobex.bulks).toEqual([globex.bulkId]);

    // A cursor only says where to start: another tenant's walks its own rows from there.
    const borrowed = await history("globex", ofAcme.cursor);
    for (const id of borrowed.messages) expect(acme.messageIds).not.toContain(id);
  });
});
