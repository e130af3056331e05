import { Field, Float, ObjectType } from "type-graphql";

@ObjectType()
export class Price {
  @Field(() => Float)
  pricePerMessage!: number;

  @Field({ description: "ISO 4217 code, or UNKNOWN." })
  currency!: string;
}
