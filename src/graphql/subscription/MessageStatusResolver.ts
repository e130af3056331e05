import { GraphQLError } from "graphql";
import { requireScope } from "../auth/authChecker.js";
import { RequiresScope } from "../auth/decorators.js";
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import { isFinal } from "../../domain/status.js";
import { parseOmniDate } from "../../domain/omniDate.js";
import type { FeedTopic } from "../../store/reports/StatusFeed.js";
import type { StatusChange } from "../../store/reports/ReportStore.js";
import { MAX_PAGE } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { MessageStatusChange } from "./MessageStatusChange.js";

interface TopicArgs {
  messageId?: string;
  bulkId?: string;
}

@Resolver(() => MessageStatusChange)
export class MessageStatusResolver {
  @RequiresScope("messages:read")
  @Subscription(() => MessageStatusChange, {
    description:
      "Each attempt of a message (or of every message of a bulk) as its report is stored, on any replica; give exactly one of messageId and bulkId.",
    // Checked before listening as well: the decorator guards each event, this the subscription.
    subscribe: ({ args, context }) => {
      const ctx = context as GatewayContext;
      requireScope(ctx.principal, "messages:read");
      return ctx.feed.subscribe(topicOf(args as TopicArgs));
    },
  })
  messageStatusChanged(
    @Root() change: StatusChange,
    @Arg("messageId", () => ID, { nullable: true, description: "Follow this message." })
    _messageId?: string,
    @Arg("bulkId", () => ID, { nullable: true, description: "Follow every message of this bulk." })
    _bulkId?: string,
  ): MessageStatusChange {
    return MessageStatusChange.of(change);
  }

  @FieldResolver(() => Boolean, {
    description:
      "True when no further attempt will follow: delivered, or the last step of the scenario ended.",
  })
  async final(@Root() change: MessageStatusChange, @Ctx() ctx: GatewayContext): Promise<boolean> {
    if (change.status.groupName === "DELIVERED") return true;
    if (!isFinal(change.report.status)) return false;
    // Only the logs know whether failover went on to another step after this attempt.
    const logs = await ctx.client.logs({ messageId: [change.messageId], limit: MAX_PAGE });
    const started = change.report.sentAt.getTime();
    return !logs.some((log) => {
      const sentAt = parseOmniDate(log.sentAt).getTime();
      const same = log.channel === change.report.channel && sentAt === started;
      // A step that fails at once hands over in the same millisecond, hence `>=`.
      return !same && sentAt >= started;
    });
  }
}

function topicOf(args: TopicArgs): FeedTopic {
  if (args.messageId !== undefined && args.bulkId === undefined) {
    return { messageId: args.messageId };
  }
  if (args.bulkId !== undefined && args.messageId === undefined) return { bulkId: args.bulkId };
  throw new GraphQLError("Give exactly one of messageId and bulkId.", {
    extensions: { code: "BAD_USER_INPUT", field: "messageId" },
  });
}
