import { Field, Float, ObjectType } from "type-graphql";
import { Shareable } from "./Shareable.js";

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "What OMNI charged for an attempt (OMNI's price object).",
})
export class Price {
  @Field(() => Float, {
    description: "The price of one message, in currency (OMNI's pricePerMessage).",
  })
  pricePerMessage!: number;

  @Field({ description: "ISO 4217 code, or UNKNOWN." })
  currency!: string;
}
