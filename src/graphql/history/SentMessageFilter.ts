import { DateTimeResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import type { StatusGroup as StatusGroupName } from "../../domain/status.js";
import { Channel, StatusGroup } from "../common/enums.js";

@InputType({ description: "Filters over the messages the gateway keeps; all given must match." })
export class SentMessageFilter {
  @Field(() => StatusGroup, { nullable: true, description: "The message's current status." })
  statusGroup?: StatusGroupName;

  @Field(() => Channel, {
    nullable: true,
    description:
      "The channel of the attempt behind the current status (a message with no report yet has none).",
  })
  channel?: ChannelName;

  @Field({
    nullable: true,
    description: "A phone number or email address: the send's, or that of any attempt.",
  })
  destination?: string;

  @Field({ nullable: true, description: "The bulk the message was sent in (OMNI `bulkId`)." })
  bulkId?: string;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description:
      "Sent at or after (by the gateway's clock: when it sent or first heard of the message).",
  })
  sentSince?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: "Sent at or before." })
  sentUntil?: Date;

  @Field({ nullable: true, description: "The callbackData the send gave." })
  callbackData?: string;
}
