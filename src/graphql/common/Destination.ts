import { EmailAddressResolver } from "graphql-scalars";
import { Field, ObjectType } from "type-graphql";
import { Msisdn } from "../scalars/Msisdn.js";

@ObjectType({ description: "Where a message goes." })
export class Destination {
  @Field(() => Msisdn, { nullable: true })
  phoneNumber?: string;

  @Field(() => EmailAddressResolver, { nullable: true })
  emailAddress?: string;
}
