import { Field, InputType } from "type-graphql";
import { PushConditionInput } from "./PushConditionInput.js";

@InputType({
  description:
    "Devices chosen by their attributes (OMNI's MULTIPLE destination with $and / $or). Conditions of `and` on the same attribute are alternatives, different attributes must all hold; an `or` condition on an attribute `and` names adds an alternative for it, the other `or` conditions need one match. So and: [platform IOS, custom DeviceType personal], or: [custom DeviceType business] means iOS devices that are personal or business, as the docs' Example 2 describes.",
})
export class PushSegmentInput {
  @Field(() => [PushConditionInput], { nullable: true })
  and?: PushConditionInput[];

  @Field(() => [PushConditionInput], { nullable: true })
  or?: PushConditionInput[];
}
