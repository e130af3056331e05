import { Field, ObjectType } from "type-graphql";
import { Shareable } from "../common/Shareable.js";

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description:
    "Something the send does differently from what the input says, without being an error: a validity period clamped to 48 h, a step a destination skips for want of an address.",
})
export class Notice {
  @Field({ description: "The input field concerned, e.g. input.sms.validityPeriod." })
  path!: string;

  @Field({ description: "Stable code, e.g. VALIDITY_CLAMPED or STEP_SKIPPED." })
  rule!: string;

  @Field({ description: "What happens, in a sentence for people; compare rule in code." })
  message!: string;
}
