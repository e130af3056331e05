import { Field, Int, ObjectType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import type { ChannelCapability as Capability } from "../../domain/channelCapabilities.js";
import { Channel } from "../common/enums.js";

@ObjectType({
  simpleResolvers: true,
  description: "A documented length limit on one content field.",
})
export class FieldLimit {
  @Field({ description: "Path inside the channel's content, e.g. notificationOptions.title." })
  field!: string;

  @Field(() => Int, { description: "The most characters the field takes." })
  maxLength!: number;
}

@ObjectType({
  simpleResolvers: true,
  description: "What a channel takes and allows, so a form can be built from data.",
})
export class ChannelCapability {
  @Field(() => Channel, { description: "The channel described." })
  channel!: ChannelName;

  @Field({ description: "The key of this channel's content object in SendAdvancedInput." })
  contentKey!: string;

  @Field(() => Int, {
    nullable: true,
    description: "Null where no limit is documented (SMS text is billed per part instead).",
  })
  maxTextLength?: number;

  @Field(() => [String], { description: "The fields of this channel's content object." })
  contentFields!: string[];

  @Field(() => [FieldLimit], {
    description: "Length limits on content fields other than text; empty when there are none.",
  })
  fieldLimits!: FieldLimit[];

  @Field(() => Int, {
    description: "The shortest validity period a step takes, in seconds: 30, or 35 for Viber.",
  })
  minValiditySeconds!: number;

  @Field(() => Int, {
    description:
      "The longest validity period, in seconds: 172800 (48 h), or 1209600 (14 days) for Viber.",
  })
  maxValiditySeconds!: number;

  @Field(() => Int, { description: "Used when the content sets no validityPeriod." })
  defaultValiditySeconds!: number;

  @Field({ description: "True: a longer validity is clamped to the maximum; false: refused." })
  clampsValidity!: boolean;

  @Field({ description: "The step sends to the destination's phoneNumber." })
  needsPhoneNumber!: boolean;

  @Field({ description: "The step sends to the destination's emailAddress." })
  needsEmailAddress!: boolean;

  @Field({ description: "The recipient must have the app installed and registered for push." })
  needsPushRegistration!: boolean;

  @Field({ description: "Billed per SMS part; see previewSms." })
  billedPerPart!: boolean;

  static of(capability: Capability, contentKey: string): ChannelCapability {
    return Object.assign(new ChannelCapability(), {
      channel: capability.channel,
      contentKey,
      maxTextLength: capability.maxTextLength,
      contentFields: [...capability.contentFields],
      fieldLimits: capability.fieldLimits.map((limit) => Object.assign(new FieldLimit(), limit)),
      minValiditySeconds: capability.minValidityMs / 1000,
      maxValiditySeconds: capability.maxValidityMs / 1000,
      defaultValiditySeconds: capability.defaultValidityMs / 1000,
      clampsValidity: capability.clampsValidity,
      needsPhoneNumber: capability.address === "phoneNumber",
      needsEmailAddress: capability.address === "emailAddress",
      needsPushRegistration: capability.needsPushRegistration,
      billedPerPart: capability.billedPerPart,
    });
  }
}
