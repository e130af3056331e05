import { DateTimeResolver } from "graphql-scalars";
import { Field, InputType } from "type-graphql";

@InputType({ description: "Filters over the bulks the gateway keeps." })
export class BulkFilter {
  @Field(() => DateTimeResolver, {
    nullable: true,
    description: "The bulk's first message sent at or after (by the gateway's clock).",
  })
  sentSince?: Date;

  @Field(() => DateTimeResolver, { nullable: true, description: "Sent at or before." })
  sentUntil?: Date;
}
