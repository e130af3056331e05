import { DateTimeResolver } from "graphql-scalars";
import { Field, Float, Int, ObjectType } from "type-graphql";
import type { WirePushStatistics } from "../../omni/pushWire.js";
import { Shareable } from "../common/Shareable.js";

@Shareable()
@ObjectType({ simpleResolvers: true, description: "Why pushes of a bulk were not delivered." })
export class PushErrorCounts {
  @Field(() => Int, { description: "Dead registrations: the user uninstalled the app." })
  registration!: number;

  @Field(() => Int, {
    description: "Validity period ran out, typically users who disabled notifications.",
  })
  expired!: number;

  @Field(() => Int, { description: "FCM or APNS failed to take the message." })
  cloud!: number;
}

@Shareable()
@ObjectType({ simpleResolvers: true, description: "How well the pushes of a bulk were delivered." })
export class PushDelivery {
  @Field(() => Float, { description: "Delivered per sent, in percent with two decimals." })
  rate!: number;

  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "When the last delivery happened; null before any.",
  })
  time?: Date;
}

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "Counts for one push bulk, as OMNI computes them.",
})
export class PushStatistics {
  @Field(() => Int, { description: "Pushes handed to an installation." })
  totalSent!: number;

  @Field(() => Int, { description: "Pushes delivered to a device." })
  delivered!: number;

  @Field(() => Int, { description: "Delivered pushes the user has seen." })
  seen!: number;

  @Field(() => PushErrorCounts, { description: "Pushes not delivered, by cause." })
  errors!: PushErrorCounts;

  @Field(() => PushDelivery, { description: "Delivery rate and time of the last delivery." })
  delivery!: PushDelivery;

  static fromWire(wire: WirePushStatistics): PushStatistics {
    return Object.assign(new PushStatistics(), {
      ...wire,
      delivery: {
        rate: wire.delivery.rate,
        time: wire.delivery.time ? new Date(wire.delivery.time) : undefined,
      },
    });
  }
}
