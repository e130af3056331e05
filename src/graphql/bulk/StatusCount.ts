import { Field, Int, ObjectType } from "type-graphql";
import type { StatusGroup as StatusGroupName } from "../../domain/status.js";
import { StatusGroup } from "../common/enums.js";
import { Shareable } from "../common/Shareable.js";

@Shareable()
@ObjectType({ description: "How many messages of a bulk stand at one status." })
export class StatusCount {
  @Field(() => StatusGroup)
  status!: StatusGroupName;

  @Field(() => Int)
  count!: number;
}
