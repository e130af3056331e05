import { randomUUID } from "node:crypto";
import { print } from "graphql";
import { createClient } from "graphql-ws";
import { describe, expect, it } from "vitest";
import WebSocket from "ws";
import {
  MessageStatusChangedDocument,
  type MessageStatusChangedSubscription,
} from "../gql/graphql.js";
import { BACKENDS, sharedDatabase } from "../support/databases.js";
import { sendPushSmsBulk } from "../support/pushSms.js";
import { answeredAfterSubscriptions } from "../support/socketBarrier.js";
import { startStack } from "../support/stack.js";

type Change = MessageStatusChangedSubscription["messageStatusChanged"];

describe.each(BACKENDS)("live status over graphql-ws on %s", (backend) => {
  it("shows a subscriber on one replica the failover stored by the other", async () => {
    const db = sharedDatabase(backend);
    // Every send asks OMNI to call back the gateway that sent it.
    const stack = await startStack({
      database: db.database,
      webhook: { secret: "subscriptions-secret-0123456789", publicUrl: "self" },
    });
    const replica = await stack.startReplica();
    const client = createClient({
      url: stack.gateway.graphqlUrl.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const bulkId = `bulk-${randomUUID()}`;
      const changes: Change[] = [];
      // Resolvers of "this many changes seen", so the test moves on events, not on time.
      const waiting: { count: number; resolve: () => void }[] = [];
      const seen = (count: number) =>
        new Promise<void>((resolve) => {
          if (changes.length >= count) resolve();
          else waiting.push({ count, resolve });
        });
      const failed = new Promise<never>((_, reject) => {
        client.subscribe<MessageStatusChangedSubscription>(
          { query: print(MessageStatusChangedDocument), variables: { bulkId } },
          {
            next: (result) => {
              if (result.errors) reject(new Error(JSON.stringify(result.errors)));
              changes.push(result.data!.messageStatusChanged);
              for (const w of waiting) if (changes.length >= w.count) w.resolve();
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await answeredAfterSubscriptions(client);

      const { messageIds } = await sendPushSmsBulk(stack, { via: replica, bulkId });
      // Both PUSH attempts fail at once. Webhooks may arrive in any order (as Infobip's may), so
      // the clock moves on to the SMS step only once those two are in.
      await Promise.race([seen(2), failed]);
      await stack.advanceClock(60_000);
      await Promise.race([seen(4), failed]);

      for (const messageId of messageIds) {
        const timeline = changes
          .filter((c) => c.messageId === messageId)
          .map((c) => [c.report.channel, c.report.status.groupName, c.status.groupName, c.final]);
        expect(timeline).toEqual([
          ["PUSH", "UNDELIVERABLE", "UNDELIVERABLE", false],
          ["SMS", "DELIVERED", "DELIVERED", true],
        ]);
      }
      expect(changes.every((c) => c.bulkId === bulkId)).toBe(true);
      expect(changes.filter((c) => c.final).map((c) => c.deliveredVia)).toEqual(["SMS", "SMS"]);
    } finally {
      await client.dispose();
      await stack.close();
      await db.drop();
    }
  });

  it("asks for exactly one of messageId and bulkId, and holds subscriptions to the shape limits", async () => {
    const stack = await startStack();
    const client = createClient({
      url: stack.gateway.graphqlUrl.replace(/^http/, "ws"),
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    try {
      const result = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: print(MessageStatusChangedDocument), variables: {} },
          { next: resolve, error: resolve, complete: () => undefined },
        );
      });
      expect(result).toMatchObject({
        errors: [{ extensions: { code: "BAD_USER_INPUT" } }],
      });

      // The HTTP path's shape limits hold on the socket too: 16 aliases are one too many.
      const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: messageId`).join(" ");
      const refused = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription { messageStatusChanged(messageId: "m") { ${aliases} } }` },
          { next: resolve, error: resolve, complete: () => undefined },
        );
      });
      expect(refused).toEqual([
        expect.objectContaining({
          message: expect.stringMatching(/alias/i),
          extensions: expect.objectContaining({ code: "GRAPHQL_VALIDATION_FAILED" }),
        }),
      ]);
    } finally {
      await client.dispose();
      await stack.close();
    }
  });
});
