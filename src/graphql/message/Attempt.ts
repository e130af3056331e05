import { DateTimeResolver } from "graphql-scalars";
import { Field, Int, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { DeliveryError } from "../common/DeliveryError.js";
import { Channel } from "../common/enums.js";
import { Price } from "../common/Price.js";
import { Status } from "../common/Status.js";

@ObjectType({
  description:
    "One scenario step tried for a message, from OMNI's logs and the stored delivery reports.",
})
export class Attempt {
  @Field(() => Channel)
  channel!: ChannelName;

  @Field({
    nullable: true,
    description: "The sender used on this channel (unknown while only the report is known).",
  })
  from?: string;

  @Field()
  to!: string;

  @Field({ nullable: true })
  text?: string;

  @Field(() => Status)
  status!: Status;

  @Field(() => DeliveryError, {
    nullable: true,
    description: "From the attempt's delivery report, once stored.",
  })
  error?: DeliveryError;

  @Field(() => DateTimeResolver)
  sentAt!: Date;

  @Field(() => DateTimeResolver, { nullable: true })
  doneAt?: Date;

  @Field(() => Int)
  messageCount!: number;

  @Field({ nullable: true })
  mccMnc?: string;

  @Field(() => Price, { nullable: true })
  price?: Price;
}
