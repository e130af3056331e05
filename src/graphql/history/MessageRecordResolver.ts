import { DateTimeResolver } from "graphql-scalars";
import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { GatewayContext } from "../context.js";
import { Message } from "../message/Message.js";
import { storedMessages } from "./storedMessages.js";

/** What the gateway itself recorded of a message, beside what OMNI's logs and reports say. */
@Resolver(() => Message)
export class MessageRecordResolver {
  @FieldResolver(() => DateTimeResolver, {
    nullable: true,
    description:
      "When the gateway sent the message, or first heard of it (a report of a message sent elsewhere); null when its store holds no record of it.",
  })
  async sentAt(@Root() message: Message, @Ctx() ctx: GatewayContext): Promise<Date | undefined> {
    return (await storedMessages(ctx).load(message.messageId))?.sentAt;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "The callbackData the send gave, which OMNI hands back in every report.",
  })
  async callbackData(
    @Root() message: Message,
    @Ctx() ctx: GatewayContext,
  ): Promise<string | undefined> {
    return (await storedMessages(ctx).load(message.messageId))?.callbackData;
  }
}
