import { Field, Int, ObjectType } from "type-graphql";
import { Shareable } from "./Shareable.js";

@Shareable()
@ObjectType({
  description: "Why an attempt failed, from Infobip's error catalogue (NO_ERROR when it did not).",
})
export class DeliveryError {
  @Field(() => Int)
  groupId!: number;

  @Field({ description: "OK, HANDSET_ERRORS, USER_ERRORS or OPERATOR_ERRORS." })
  groupName!: string;

  @Field(() => Int)
  id!: number;

  @Field()
  name!: string;

  @Field()
  description!: string;

  @Field({ description: "True when retrying can never succeed." })
  permanent!: boolean;
}
