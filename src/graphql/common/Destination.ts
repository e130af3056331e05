import { Field, ObjectType } from "type-graphql";
import { EmailAddress } from "../scalars/EmailAddress.js";
import { Msisdn } from "../scalars/Msisdn.js";
import { Shareable } from "./Shareable.js";

@Shareable()
@ObjectType({ description: "Where a message goes." })
export class Destination {
  @Field(() => Msisdn, { nullable: true })
  phoneNumber?: string;

  @Field(() => EmailAddress, { nullable: true })
  emailAddress?: string;
}
