import { Field, Int, ObjectType } from "type-graphql";
import type { StatusGroup as StatusGroupName } from "../../domain/status.js";
import { StatusGroup } from "./enums.js";
import { Shareable } from "./Shareable.js";

@Shareable()
@ObjectType({
  simpleResolvers: true,
  description: "Status of a message or attempt, from Infobip's status catalogue.",
})
export class Status {
  @Field(() => StatusGroup, { description: "The general status." })
  groupName!: StatusGroupName;

  @Field(() => Int, { description: "The number of groupName: 1 PENDING to 5 REJECTED." })
  groupId!: number;

  @Field(() => Int, { description: "Infobip's status id, e.g. 7 for PENDING_ENROUTE." })
  id!: number;

  @Field({ description: "e.g. PENDING_ENROUTE, DELIVERED_TO_HANDSET." })
  name!: string;

  @Field({ description: "Infobip's wording, e.g. Message delivered to handset." })
  description!: string;
}
