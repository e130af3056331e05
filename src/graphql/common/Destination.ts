import { Field, ObjectType } from "type-graphql";
import { EmailAddress } from "../scalars/EmailAddress.js";
import { Msisdn } from "../scalars/Msisdn.js";
import { Shareable } from "./Shareable.js";

@Shareable()
@ObjectType({ simpleResolvers: true, description: "Where a message goes." })
export class Destination {
  @Field(() => Msisdn, {
    nullable: true,
    description: "Where every step but EMAIL sends; null when the destination has no phone number.",
  })
  phoneNumber?: string;

  @Field(() => EmailAddress, {
    nullable: true,
    description: "Where EMAIL steps send; null when the destination has no e-mail address.",
  })
  emailAddress?: string;
}
