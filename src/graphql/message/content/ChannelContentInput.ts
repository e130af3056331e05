import { Field, InputType, Int } from "type-graphql";
import type { TimeUnit as TimeUnitName } from "../../../domain/validityPeriod.js";
import { TimeUnit } from "../../common/enums.js";

/** What every channel's content has: its text and how long the step waits before failing over. */
@InputType({
  description:
    "Content of a channel that carries plain text (Facebook, Parseco), and what every channel's content has.",
})
export class ChannelContentInput {
  @Field({
    nullable: true,
    description:
      "What this channel's steps send instead of the input's text (OMNI's text): at most 1000 characters on Viber and Facebook, 4000 on push, unlimited elsewhere.",
  })
  text?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "How long this step may take before the next one runs: at least 30 s, at most 48 h (longer is clamped to 48 h); Viber 35 s to 14 days.",
  })
  validityPeriod?: number;

  @Field(() => TimeUnit, { nullable: true, description: "Defaults to MINUTES." })
  validityPeriodTimeUnit?: TimeUnitName;
}
