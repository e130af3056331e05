import { Field, InputType } from "type-graphql";
import { EmailAddress } from "../scalars/EmailAddress.js";
import { Msisdn } from "../scalars/Msisdn.js";

@InputType()
export class ToInput {
  @Field(() => Msisdn, { nullable: true })
  phoneNumber?: string;

  @Field(() => EmailAddress, { nullable: true })
  emailAddress?: string;
}

@InputType()
export class DestinationInput {
  @Field({
    nullable: true,
    description:
      "Your id for the message; the gateway assigns a UUID when omitted, so a lost answer can be reconciled.",
  })
  messageId?: string;

  @Field(() => ToInput, { description: "At least one address." })
  to!: ToInput;
}
