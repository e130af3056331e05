import type { MessageStatus } from "../../domain/status.js";
import type { GatewayContext } from "../context.js";
import { tracked } from "../message/trackedSend.js";
import { PushBulk } from "./PushBulk.js";
import { PushMessage } from "./PushMessage.js";

interface StoredPushBulk {
  bulkId: string;
  accepted: { messageId: string; to?: string; status: MessageStatus }[];
}

/**
 * Every push send goes through `tracked`, as OMNI sends do. The gateway names the bulk before
 * sending; that id is what a repeat reconciles by when the first answer was lost.
 */
export function trackedPush(
  ctx: GatewayContext,
  input: { idempotencyKey?: string; destinations: readonly unknown[] },
  bulkId: string,
  run: () => Promise<PushBulk>,
): Promise<PushBulk> {
  return tracked(ctx, {
    operation: "sendPush",
    input,
    refs: [bulkId],
    messages: input.destinations.length,
    run,
    accepted: (bulk) =>
      bulk.accepted.flatMap((m) =>
        m.messageId
          ? [{ messageId: m.messageId, bulkId: bulk.bulkId, to: m.to ?? "", status: m.status }]
          : [],
      ),
    reconcile: ([ref]) => (ref === undefined ? Promise.resolve(undefined) : known(ctx, ref)),
    toJson: (bulk): StoredPushBulk => ({
      bulkId: bulk.bulkId,
      accepted: bulk.accepted.map(({ messageId, to, status }) => ({ messageId, to, status })),
    }),
    fromJson: (json) => {
      const stored = json as StoredPushBulk;
      return PushBulk.of(
        stored.bulkId,
        stored.accepted.map((m) =>
          Object.assign(new PushMessage(), {
            messageId: m.messageId,
            to: m.to ?? undefined,
            status: m.status,
          }),
        ),
      );
    },
  });
}

/**
 * The bulk if upstream shows it was sent, undefined if nothing is known. The send's answer is
 * lost, so the bulk carries no accepted pushes: its messages resolve from the delivery reports.
 */
async function known(ctx: GatewayContext, bulkId: string): Promise<PushBulk | undefined> {
  const statistics = await ctx.client.pushStatistics(bulkId);
  if (statistics.totalSent > 0) return PushBulk.of(bulkId);
  await ctx.intake.drain();
  const reports = await ctx.reports.find({ bulkId, channel: "PUSH", limit: 1 });
  return reports.length ? PushBulk.of(bulkId) : undefined;
}
