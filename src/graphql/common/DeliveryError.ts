import { Field, Int, ObjectType } from "type-graphql";
import { Shareable } from "./Shareable.js";

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "Why an attempt failed, from Infobip's error catalogue (NO_ERROR when it did not).",
})
export class DeliveryError {
  @Field(() => Int, {
    description:
      "The number of groupName: 0 OK, 1 HANDSET_ERRORS, 2 USER_ERRORS, 3 OPERATOR_ERRORS.",
  })
  groupId!: number;

  @Field({ description: "OK, HANDSET_ERRORS, USER_ERRORS or OPERATOR_ERRORS." })
  groupName!: string;

  @Field(() => Int, { description: "Infobip's error id; 0 is NO_ERROR." })
  id!: number;

  @Field({ description: "e.g. NO_ERROR, EC_ABSENT_SUBSCRIBER." })
  name!: string;

  @Field({ description: "Infobip's wording, e.g. Absent Subscriber." })
  description!: string;

  @Field({ description: "True when retrying can never succeed." })
  permanent!: boolean;
}
