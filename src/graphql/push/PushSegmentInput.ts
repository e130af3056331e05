import { Field, InputType } from "type-graphql";
import { PushConditionInput } from "./PushConditionInput.js";

@InputType({
  description:
    "Devices chosen by their attributes (OMNI's MULTIPLE destination with $and / $or). Conditions of `and` on the same attribute are alternatives, different attributes must all hold; an `or` condition on an attribute `and` names adds an alternative for it, the other `or` conditions need one match. So and: [platform IOS, custom DeviceType personal], or: [custom DeviceType business] means iOS devices that are personal or business, as the docs' Example 2 describes.",
})
export class PushSegmentInput {
  @Field(() => [PushConditionInput], {
    nullable: true,
    description:
      "OMNI's $and conditions, combined as the type describes. A segment needs a condition in and or in or.",
  })
  and?: PushConditionInput[];

  @Field(() => [PushConditionInput], {
    nullable: true,
    description: "OMNI's $or conditions, combined as the type describes.",
  })
  or?: PushConditionInput[];
}
