import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { DeliveryError } from "../common/DeliveryError.js";
import { Channel } from "../common/enums.js";
import { Price } from "../common/Price.js";
import { Status } from "../common/Status.js";

@ObjectType({
  simpleResolvers: true,
  description:
    "One scenario step tried for a message, from OMNI's logs and the stored delivery reports.",
})
export class Attempt {
  @Field(() => Channel, { description: "The step's channel." })
  channel!: ChannelName;

  @Field({
    nullable: true,
    description: "The sender used on this channel (unknown while only the report is known).",
  })
  from?: string;

  @Field({
    description:
      "The address the step sent to (OMNI's to): a phone number, e-mail address or push registration.",
  })
  to!: string;

  @Field({
    nullable: true,
    description: "The text the step sent (OMNI's logs); null while only the report is known.",
  })
  text?: string;

  @Field(() => Status, {
    description: "Where the attempt stands: its stored report's status, else that of OMNI's logs.",
  })
  status!: Status;

  @Field(() => DeliveryError, {
    nullable: true,
    description: "Why the attempt failed, from its delivery report; null until one is stored.",
  })
  error?: DeliveryError;

  @Field(() => DateTimeResolver, { description: "When the step started (OMNI's sentAt)." })
  sentAt!: Date;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "When the attempt reached its status (OMNI's doneAt); null while OMNI has none.",
  })
  doneAt?: Date;

  @Field(() => Int, {
    description: "Messages OMNI billed for the attempt (OMNI's messageCount), e.g. an SMS's parts.",
  })
  messageCount!: number;

  @Field({
    nullable: true,
    description:
      "Mobile country and network code of the network reached, e.g. 22801 (OMNI's mccMnc); null when OMNI gives none, as for e-mail.",
  })
  mccMnc?: string;

  @Field(() => Price, {
    nullable: true,
    description: "What the attempt cost (OMNI's price); null until OMNI reports one.",
  })
  price?: Price;
}
