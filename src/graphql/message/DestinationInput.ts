import { Field, InputType } from "type-graphql";
import { MAX_ID_LENGTH } from "../../domain/sendRules.js";
import { EmailAddress } from "../scalars/EmailAddress.js";
import { Msisdn } from "../scalars/Msisdn.js";

@InputType({
  description:
    "The addresses of one destination (OMNI's to). A step whose address is missing is skipped, with a STEP_SKIPPED notice.",
})
export class ToInput {
  @Field(() => Msisdn, {
    nullable: true,
    description: "Used by every step but EMAIL (OMNI's to.phoneNumber).",
  })
  phoneNumber?: string;

  @Field(() => EmailAddress, {
    nullable: true,
    description: "Used by EMAIL steps (OMNI's to.emailAddress).",
  })
  emailAddress?: string;
}

@InputType({ description: "One recipient of a send: one message, to its addresses." })
export class DestinationInput {
  @Field({
    nullable: true,
    description: `Your id for the message (OMNI's messageId), up to ${MAX_ID_LENGTH} characters and unique in the send; the gateway assigns a UUID when omitted, so a lost answer can be reconciled.`,
  })
  messageId?: string;

  @Field(() => ToInput, { description: "At least one address." })
  to!: ToInput;
}
