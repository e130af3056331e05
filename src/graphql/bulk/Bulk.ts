import { Directive, Field, Float, ID, Int, ObjectType } from "type-graphql";
import type { BulkTotals } from "../../store/reports/History.js";
import { Price } from "../common/Price.js";
import { ChannelCount } from "./ChannelCount.js";
import { StatusCount } from "./StatusCount.js";

/**
 * The messages of one send to several destinations, as the gateway's report store knows them:
 * every message the gateway sent, and every message a report was stored for.
 */
@Directive(`@key(fields: "bulkId")`)
@ObjectType({
  simpleResolvers: true,
  description: "Delivery statistics of one bulk, over every channel.",
})
export class Bulk {
  @Field(() => ID, { description: "The send's bulkId (OMNI's bulkId): the caller's or OMNI's." })
  bulkId!: string;

  @Field(() => Int, {
    description:
      "Messages of the bulk, one per destination, that the gateway sent or holds a report of.",
  })
  messageCount!: number;

  @Field(() => [StatusCount], { description: "Messages by their current status." })
  byStatus!: StatusCount[];

  @Field(() => [ChannelCount], { description: "Finished attempts, one entry per channel used." })
  byChannel!: ChannelCount[];

  @Field(() => [Price], { description: "One entry per currency: every attempt's price × parts." })
  totalPrice!: Price[];

  @Field(() => Float, { description: "Delivered messages ÷ messages, 0 to 1." })
  deliveryRate!: number;

  /** A bulk the gateway holds no message of: nothing counted, rather than 0 ÷ 0. */
  static empty(bulkId: string): Bulk {
    return Object.assign(new Bulk(), {
      bulkId,
      messageCount: 0,
      byStatus: [],
      byChannel: [],
      totalPrice: [],
      deliveryRate: 0,
    });
  }

  /** Every message has one current status, so the status counts add up to the bulk's messages. */
  static fromSummary(summary: BulkTotals): Bulk {
    const delivered = summary.byStatus.find((s) => s.status === "DELIVERED")?.count ?? 0;
    const messageCount = summary.byStatus.reduce((sum, s) => sum + s.count, 0);
    return Object.assign(new Bulk(), {
      bulkId: summary.bulkId,
      messageCount,
      byStatus: summary.byStatus,
      byChannel: summary.byChannel,
      totalPrice: summary.totalPrice,
      deliveryRate: messageCount ? delivered / messageCount : 0,
    });
  }
}
