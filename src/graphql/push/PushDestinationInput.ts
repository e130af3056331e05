import { Field, InputType } from "type-graphql";
import { EmailAddress } from "../scalars/EmailAddress.js";
import { Msisdn } from "../scalars/Msisdn.js";
import { PushSegmentInput } from "./PushSegmentInput.js";

@InputType({
  description:
    "Who gets the push: set exactly one of pushRegistrationId (one installation), externalUserId, phoneNumber, email (every installation of that person) or segment (devices by attributes).",
})
export class PushDestinationInput {
  @Field({ nullable: true, description: "One installation of the app on one device." })
  pushRegistrationId?: string;

  @Field({ nullable: true, description: "External user ID set in the person profile." })
  externalUserId?: string;

  @Field(() => Msisdn, {
    nullable: true,
    description: "Every installation of the person with this phone number in their profile.",
  })
  phoneNumber?: string;

  @Field(() => EmailAddress, {
    nullable: true,
    description: "Every installation of the person with this e-mail address in their profile.",
  })
  email?: string;

  @Field(() => PushSegmentInput, {
    nullable: true,
    description: "Every installation whose attributes match (OMNI's MULTIPLE destination).",
  })
  segment?: PushSegmentInput;

  @Field({
    nullable: true,
    description:
      "Only the devices marked primary. By default every device the destination reaches gets the push.",
  })
  targetOnlyPrimaryDevices?: boolean;
}
