import { DateTimeResolver } from "graphql-scalars";
import { Directive, Field, Int, ObjectType, registerEnumType } from "type-graphql";
import type { Channel as ChannelName } from "../../domain/channel.js";
import type {
  DestinationPlan as DomainDestinationPlan,
  PlannedStep as DomainStep,
  SkipReason as SkipReasonName,
} from "../../domain/sendPlan.js";
import { Channel } from "../common/enums.js";
import { ONE_PER_CHANNEL } from "../cost/weights.js";
import { Destination } from "../common/Destination.js";
import { Notice } from "../message/Notice.js";
import { SmsCost } from "./SmsPreview.js";

export enum SkipReason {
  NO_ADDRESS = "NO_ADDRESS",
  NO_CONTENT = "NO_CONTENT",
}
registerEnumType(SkipReason, {
  name: "SkipReason",
  description:
    "Why a step fails at once and hands over without waiting: the destination lacks its address, or there is nothing to send.",
  valuesConfig: {
    NO_ADDRESS: { description: "The destination has no address for the step's channel." },
    NO_CONTENT: { description: "There is no text or other content for the step's channel." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One step of the failover for one destination." })
export class PlannedStep {
  @Field(() => Int, { description: "0-based position in the scenario." })
  index!: number;

  @Field(() => Channel, { description: "The step's channel." })
  channel!: ChannelName;

  @Field({ nullable: true, description: "The scenario step's sender." })
  from?: string;

  @Field({
    nullable: true,
    description:
      "The phone number or e-mail address this step sends to; null when the destination has none, and the step is skipped.",
  })
  address?: string;

  @Field({
    nullable: true,
    description: "The text this step sends; null when it sends none, e.g. only a Viber image.",
  })
  text?: string;

  @Field(() => SmsCost, { nullable: true, description: "SMS steps only: encoding and parts." })
  sms?: SmsCost;

  @Field(() => Int, { description: "The normalised validity period (clamped, default applied)." })
  validitySeconds!: number;

  @Field(() => SkipReason, {
    nullable: true,
    description: "Why the step will fail at once; null when it will be tried.",
  })
  skipped?: SkipReasonName;

  @Field(() => DateTimeResolver, {
    description: "The latest the step starts: when every earlier step has run out its validity.",
  })
  startsAt!: Date;

  @Field(() => DateTimeResolver, {
    description: "When the step gives up and the next one starts (= startsAt when skipped).",
  })
  givesUpAt!: Date;

  static of(step: DomainStep): PlannedStep {
    const { validityMs, sms, ...rest } = step;
    return Object.assign(new PlannedStep(), {
      ...rest,
      validitySeconds: Math.round(validityMs / 1000),
      sms: sms && SmsCost.of(sms),
    });
  }
}

@ObjectType({ simpleResolvers: true, description: "The failover timeline of one destination." })
export class DestinationPlan {
  @Field(() => Int, { description: "Position in input.destinations." })
  index!: number;

  @Field(() => Destination, { description: "The destination's addresses, as given." })
  to!: Destination;

  @Directive(ONE_PER_CHANNEL)
  @Field(() => [PlannedStep], { description: "The scenario's steps, in order." })
  steps!: PlannedStep[];

  @Field(() => DateTimeResolver, {
    description: "When the last step gives up: the latest the message reaches a final status.",
  })
  givesUpAt!: Date;

  static of(plan: DomainDestinationPlan): DestinationPlan {
    return Object.assign(new DestinationPlan(), {
      index: plan.index,
      to: Object.assign(new Destination(), {
        phoneNumber: plan.to.phoneNumber ?? undefined,
        emailAddress: plan.to.emailAddress ?? undefined,
      }),
      steps: plan.steps.map((step) => PlannedStep.of(step)),
      givesUpAt: plan.givesUpAt,
    });
  }
}

@ObjectType({
  simpleResolvers: true,
  description:
    "What sendAdvanced would do with the same input, worked out without sending anything.",
})
export class SendPlan {
  @Field({ description: "The scenario the plan walks: the one named, else the default." })
  scenarioKey!: string;

  @Field(() => DateTimeResolver, { description: "sendAt, or the moment of the request." })
  startsAt!: Date;

  @Field(() => [DestinationPlan], { description: "One per destination, in input order." })
  destinations!: DestinationPlan[];

  @Field(() => [Notice], { description: "The notices sendAdvanced would return." })
  notices!: Notice[];
}
