import { GraphQLError } from "graphql";
import { isEmailAddress } from "../../domain/address.js";
import { idempotent } from "../../omni/idempotency/idempotent.js";
import { MAX_PAGE, type WireDestination, type WireLog } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { Message } from "./Message.js";
import { SendResult } from "./SendResult.js";

/**
 * Every send goes through here: at most once per idempotency key, and recorded in the report
 * store so a bulk counts its messages as pending before any report arrives.
 */
export async function trackedSend(
  ctx: GatewayContext,
  operation: string,
  input: { idempotencyKey?: string },
  destinations: readonly WireDestination[],
  run: () => Promise<SendResult>,
): Promise<SendResult> {
  const { idempotencyKey, ...request } = input;
  const refs = destinations.flatMap((d) => (d.messageId ? [d.messageId] : []));
  return idempotent(ctx.idempotency, {
    key: idempotencyKey,
    operation,
    input: request,
    refs,
    run: async () => {
      const result = await run();
      await record(ctx, result);
      return result;
    },
    outcomeUnknown: (error) =>
      error instanceof GraphQLError && error.extensions.outcome === "UNKNOWN",
    reconcile: (messageIds) => fromLogs(ctx, messageIds),
    toJson: (result) => result,
    fromJson: (json) => {
      const stored = json as Pick<SendResult, "bulkId" | "messages">;
      return Object.assign(new SendResult(), {
        bulkId: stored.bulkId ?? undefined,
        messages: stored.messages.map((m) => Message.of(m)),
      });
    },
  });
}

function record(ctx: GatewayContext, result: SendResult): Promise<void> {
  return ctx.reports
    .recordSent(
      result.messages.flatMap((m) =>
        m.acceptedStatus
          ? [
              {
                messageId: m.messageId,
                bulkId: result.bulkId,
                to: m.to?.phoneNumber ?? m.to?.emailAddress ?? "",
                status: m.acceptedStatus,
              },
            ]
          : [],
      ),
    )
    .catch(ctx.reportError);
}

/** What OMNI's logs know of messages whose send answer was lost; undefined if nothing. */
async function fromLogs(
  ctx: GatewayContext,
  messageIds: readonly string[],
): Promise<SendResult | undefined> {
  if (messageIds.length === 0) return undefined;
  const logs = await ctx.client.logs({ messageId: [...messageIds], limit: MAX_PAGE });
  if (logs.length === 0) return undefined;
  const firstAttempt = new Map<string, WireLog>();
  // Logs are newest first; the last row of a message is its first attempt, the send's answer.
  for (const log of logs) firstAttempt.set(log.messageId, log);
  const bulkId = logs.find((log) => log.bulkId)?.bulkId;
  return Object.assign(new SendResult(), {
    bulkId,
    messages: messageIds.map((messageId) => {
      const log = firstAttempt.get(messageId);
      return Message.of({
        messageId,
        bulkId,
        to: log && (isEmailAddress(log.to) ? { emailAddress: log.to } : { phoneNumber: log.to }),
        acceptedStatus: log?.status,
      });
    }),
  });
}
