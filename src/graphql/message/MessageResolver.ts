import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import { drainBeforeRead } from "../common/drainBeforeRead.js";
import { RequiresScope } from "../auth/decorators.js";
import { isEmailAddress } from "../../domain/address.js";
import { MAX_PAGE, type WireLog } from "../../omni/wire.js";
import { Channel } from "../common/enums.js";
import { Destination } from "../common/Destination.js";
import { Status } from "../common/Status.js";
import type { GatewayContext } from "../context.js";
import { checkIdCount, checkRange } from "../common/limits.js";
import { ONE_PAGE, ONE_PER_CHANNEL } from "../cost/weights.js";
import { badUserInput } from "../errors.js";
import { Report } from "../report/Report.js";
import { Attempt } from "./Attempt.js";
import {
  currentStatus,
  deliveredInLogs,
  deliveredVia,
  finalReport,
  toAttempts,
} from "./attempts.js";
import { Message } from "./Message.js";
import { MessageFilter } from "./MessageFilter.js";

@Resolver(() => Message)
export class MessageResolver {
  @RequiresScope("messages:read")
  @Query(() => Message, {
    nullable: true,
    description:
      "A message by its id; null when neither OMNI's logs nor the gateway's stored reports know it.",
  })
  message(
    @Ctx() ctx: GatewayContext,
    @Arg("messageId", () => ID, { description: "OMNI's messageId, as the send returned it." })
    messageId: string,
  ): Promise<Message | null> {
    return findMessage(ctx, messageId);
  }

  @RequiresScope("messages:read")
  @Directive(ONE_PAGE)
  @Query(() => [Message], { description: "Messages from OMNI's logs, newest first." })
  async messages(
    @Ctx() ctx: GatewayContext,
    @Arg("filter", () => MessageFilter, {
      nullable: true,
      description:
        "Which of OMNI's log rows to read (its /omni/1/logs query); without it, the latest 50.",
    })
    filter?: MessageFilter,
  ): Promise<Message[]> {
    const limit = filter?.limit ?? 50;
    const violations = [
      ...checkRange("limit", limit, 1, MAX_PAGE),
      ...checkIdCount("messageIds", filter?.messageIds),
      ...checkIdCount("bulkIds", filter?.bulkIds),
    ];
    if (violations.length) throw badUserInput(violations, "filter");
    const rows = await ctx.client.logs({
      bulkId: filter?.bulkIds,
      messageId: filter?.messageIds,
      generalStatus: filter?.generalStatus,
      channel: filter?.channel,
      sentSince: filter?.sentSince,
      sentUntil: filter?.sentUntil,
      limit,
    });
    const byId = new Map<string, WireLog[]>();
    for (const row of rows) {
      const list = byId.get(row.messageId);
      if (list) list.push(row);
      else byId.set(row.messageId, [row]);
    }
    // An unfiltered, untruncated page holds every attempt of its messages: no second call needed.
    if (rows.length < limit && !filter?.channel && !filter?.generalStatus) {
      for (const [id, logs] of byId) ctx.loaders.logsByMessageId.prime(id, logs);
    }
    return [...byId.keys()].map((messageId) => Message.of({ messageId }));
  }

  // bulkId, to and status answer synchronously when the message already holds them, as a send's
  // result does (see status).
  @FieldResolver(() => String, { nullable: true })
  bulkId(
    @Root() message: Message,
    @Ctx() ctx: GatewayContext,
  ): string | undefined | Promise<string | undefined> {
    return message.bulkId ?? bulkIdFromLogs(ctx, message.messageId);
  }

  @FieldResolver(() => Destination, { nullable: true })
  to(
    @Root() message: Message,
    @Ctx() ctx: GatewayContext,
  ): Destination | undefined | Promise<Destination | undefined> {
    return message.to ?? destinationFromLogs(ctx, message.messageId);
  }

  @FieldResolver(() => Status, {
    nullable: true,
    description:
      "DELIVERED once an attempt delivered; otherwise the status of the latest attempt. In a send's result, the status OMNI accepted the message with. Null while no attempt is known.",
  })
  status(
    @Root() message: Message,
    @Ctx() ctx: GatewayContext,
  ): Status | undefined | Promise<Status | undefined> {
    // A send's answer already says how OMNI took each message; asking the logs about 10 000
    // messages that left a millisecond ago would cost ten upstream calls and tell nothing new.
    // Answered synchronously: a promise per message would make GraphQL complete each of a big
    // send's messages, and the list, asynchronously (a fifth of its CPU at 10 000).
    return message.acceptedStatus ?? statusFromLogs(ctx, message.messageId);
  }

  @FieldResolver(() => Channel, {
    nullable: true,
    description: "The channel that delivered the message; null until one has.",
  })
  async deliveredVia(@Root() message: Message, @Ctx() ctx: GatewayContext) {
    return deliveredVia(await loadAttempts(ctx, message.messageId, true));
  }

  @FieldResolver(() => Channel, {
    nullable: true,
    description: "The channel of the latest attempt; null while no attempt is known.",
  })
  async channel(@Root() message: Message, @Ctx() ctx: GatewayContext) {
    const attempts = await loadAttempts(ctx, message.messageId, false);
    return attempts.at(-1)?.channel;
  }

  @Directive(ONE_PER_CHANNEL)
  @FieldResolver(() => [Attempt], {
    description:
      "The failover timeline: each scenario step tried so far, oldest first, with its outcome, error and price.",
  })
  attempts(@Root() message: Message, @Ctx() ctx: GatewayContext): Promise<Attempt[]> {
    return loadAttempts(ctx, message.messageId, true);
  }

  @FieldResolver(() => Report, {
    nullable: true,
    description: "The report of the final outcome; null until the last attempt has ended.",
  })
  async report(@Root() message: Message, @Ctx() ctx: GatewayContext): Promise<Report | undefined> {
    await drainBeforeRead(ctx);
    const [attempts, reports] = await Promise.all([
      loadAttempts(ctx, message.messageId, false),
      ctx.loaders.reportsByMessageId.load(message.messageId),
    ]);
    const report = finalReport(attempts, reports);
    return report && Report.fromStored(report);
  }

  @Directive(ONE_PER_CHANNEL)
  @FieldResolver(() => [Report], {
    description: "Every stored report of the message, one per finished attempt, oldest first.",
  })
  async reports(@Root() message: Message, @Ctx() ctx: GatewayContext): Promise<Report[]> {
    await drainBeforeRead(ctx);
    const reports = await ctx.loaders.reportsByMessageId.load(message.messageId);
    return reports.map(Report.fromStored);
  }
}

async function bulkIdFromLogs(ctx: GatewayContext, messageId: string) {
  const logs = await ctx.loaders.logsByMessageId.load(messageId);
  return logs.find((log) => log.bulkId)?.bulkId;
}

async function destinationFromLogs(
  ctx: GatewayContext,
  messageId: string,
): Promise<Destination | undefined> {
  const logs = await ctx.loaders.logsByMessageId.load(messageId);
  if (logs.length === 0) return undefined;
  const destination: Destination = {};
  for (const { to } of logs) {
    if (isEmailAddress(to)) destination.emailAddress = to;
    else destination.phoneNumber = to;
  }
  return destination;
}

/** A message's status as OMNI's logs and the stored reports tell it. */
async function statusFromLogs(ctx: GatewayContext, messageId: string): Promise<Status | undefined> {
  // Most messages asked about are delivered; their logs alone say so.
  const delivered = deliveredInLogs(await ctx.loaders.logsByMessageId.load(messageId));
  if (delivered) return delivered;
  return currentStatus(await loadAttempts(ctx, messageId, false));
}

/** `fresh` drains upstream reports first; cheaper fields settle for what is already stored. */
async function loadAttempts(
  ctx: GatewayContext,
  messageId: string,
  fresh: boolean,
): Promise<Attempt[]> {
  const [logs, reports] = await Promise.all([
    ctx.loaders.logsByMessageId.load(messageId),
    (fresh ? drainBeforeRead(ctx) : Promise.resolve()).then(() =>
      ctx.loaders.reportsByMessageId.load(messageId),
    ),
  ]);
  return toAttempts(logs, reports);
}

/** A message exists when OMNI has logged an attempt or the gateway holds a report of it. */
async function findMessage(ctx: GatewayContext, messageId: string): Promise<Message | null> {
  const [logs, reports] = await Promise.all([
    ctx.loaders.logsByMessageId.load(messageId),
    ctx.loaders.reportsByMessageId.load(messageId),
  ]);
  return logs.length || reports.length ? Message.of({ messageId }) : null;
}
