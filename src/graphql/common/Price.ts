import { Field, Float, ObjectType } from "type-graphql";
import { Shareable } from "./Shareable.js";

@Shareable()
@ObjectType()
export class Price {
  @Field(() => Float)
  pricePerMessage!: number;

  @Field({ description: "ISO 4217 code, or UNKNOWN." })
  currency!: string;
}
