import { Field, Int, ObjectType } from "type-graphql";
import type { StatusGroup as StatusGroupName } from "../../domain/status.js";
import { StatusGroup } from "../common/enums.js";
import { Shareable } from "../common/Shareable.js";

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "How many messages of a bulk stand at one status.",
})
export class StatusCount {
  @Field(() => StatusGroup, { description: "The current status counted." })
  status!: StatusGroupName;

  @Field(() => Int, { description: "Messages of the bulk at that status now." })
  count!: number;
}
