import { isEmailAddress } from "../../domain/address.js";
import { idempotent } from "../idempotency/idempotent.js";
import type { SentMessage } from "../../store/reports/ReportStore.js";
import { MAX_PAGE, type WireDestination, type WireLog } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { Message } from "./Message.js";
import { SendResult } from "./SendResult.js";

export interface TrackedCall<T> {
  operation: string;
  /** The client's input; its idempotencyKey is the key, the rest is fingerprinted. */
  input: { idempotencyKey?: string };
  /** Ids the gateway chose before sending, to reconcile a lost answer by. */
  refs: readonly string[];
  /** What the send costs the tenant's quota: one per destination. */
  messages: number;
  run(): Promise<T>;
  /** The messages a result says were accepted. */
  accepted(result: T): SentMessage[];
  /** What upstream knows of `refs`, or undefined if nothing. */
  reconcile(refs: readonly string[]): Promise<T | undefined>;
  toJson(result: T): unknown;
  fromJson(json: unknown): T;
}

/**
 * Every send (OMNI and push) goes through here: at most once per idempotency key, charged to the
 * tenant's quota, and recorded in the report store so a bulk counts its messages as pending
 * before any report arrives. The quota is charged only when a send is about to leave: a repeat
 * answered from its idempotency key costs nothing, and a refused send frees its key.
 */
export function tracked<T>(ctx: GatewayContext, call: TrackedCall<T>): Promise<T> {
  const { idempotencyKey, ...request } = call.input;
  return idempotent(ctx.idempotency, {
    key: idempotencyKey,
    operation: call.operation,
    input: request,
    refs: call.refs,
    run: async () => {
      await ctx.quota.consume(call.messages);
      const result = await call.run();
      // The send happened: failing to record it must not turn it into an error. The answer
      // waits for the record, which is written while GraphQL completes the result.
      ctx.writesBeforeAnswer.add(
        ctx.reports.recordSent(call.accepted(result)).catch(ctx.reportError),
      );
      return result;
    },
    reconcile: call.reconcile,
    toJson: call.toJson,
    fromJson: call.fromJson,
  });
}

export function trackedSend(
  ctx: GatewayContext,
  operation: string,
  input: { idempotencyKey?: string; callbackData?: string },
  destinations: readonly WireDestination[],
  run: () => Promise<SendResult>,
): Promise<SendResult> {
  return tracked(ctx, {
    operation,
    input,
    refs: destinations.flatMap((d) => (d.messageId ? [d.messageId] : [])),
    messages: destinations.length,
    run,
    accepted: (result) =>
      result.messages.flatMap((m) =>
        m.acceptedStatus
          ? [
              {
                messageId: m.messageId,
                bulkId: result.bulkId,
                to: m.to?.phoneNumber ?? m.to?.emailAddress ?? "",
                status: m.acceptedStatus,
                callbackData: input.callbackData,
              },
            ]
          : [],
      ),
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
