import { DateTimeResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import { parseOmniDate } from "../../domain/omniDate.js";
import type { StoredReport } from "../../store/reports/ReportStore.js";
import { DeliveryError } from "../common/DeliveryError.js";
import { Channel } from "../common/enums.js";
import { Price } from "../common/Price.js";
import { Status } from "../common/Status.js";

@ObjectType({
  simpleResolvers: true,
  description: "The delivery report of one finished attempt of a message.",
})
export class Report {
  @Field(() => ID, { description: "The message the attempt belongs to (OMNI's messageId)." })
  messageId!: string;

  @Field({
    nullable: true,
    description: "The message's bulk (OMNI's bulkId); null when it was sent alone.",
  })
  bulkId?: string;

  @Field({ description: "The address the attempt went to." })
  to!: string;

  @Field(() => Channel, { description: "The attempt's channel (OMNI's channel)." })
  channel!: ChannelName;

  @Field(() => DateTimeResolver, { description: "When the attempt started (OMNI's sentAt)." })
  sentAt!: Date;

  @Field(() => DateTimeResolver, {
    description: "When the attempt reached this status (OMNI's doneAt).",
  })
  doneAt!: Date;

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
    description: "What the attempt cost (OMNI's price); null when the report has no price.",
  })
  price?: Price;

  @Field(() => Status, { description: "The attempt's outcome (OMNI's status)." })
  status!: Status;

  @Field(() => DeliveryError, {
    nullable: true,
    description:
      "Why the attempt failed (OMNI's error), NO_ERROR when it did not; null when the report has none.",
  })
  error?: DeliveryError;

  @Field({
    nullable: true,
    description: "The callbackData the send gave, handed back by OMNI; null when it gave none.",
  })
  callbackData?: string;

  static fromStored(stored: StoredReport): Report {
    return Object.assign(new Report(), {
      ...stored,
      sentAt: parseOmniDate(stored.sentAt),
      doneAt: parseOmniDate(stored.doneAt),
    });
  }
}
