import { Arg, Ctx, Directive, Query, Resolver } from "type-graphql";
import { RequiresScope } from "../auth/decorators.js";
import { planSend } from "../../domain/sendPlan.js";
import type { GatewayContext } from "../context.js";
import { UPSTREAM_CALL } from "../cost/weights.js";
import { badUserInput } from "../errors.js";
import { SendAdvancedInput } from "../message/SendAdvancedInput.js";
import { sendAdvancedToCheck } from "../message/sendAdvancedToCheck.js";
import { validateSend } from "../message/validateSend.js";
import { DestinationPlan, SendPlan } from "./SendPlan.js";

@Resolver()
export class SendPlanResolver {
  // It reads the caller's scenarios (channels, senders), so it needs what reading them needs.
  @RequiresScope("scenarios:read")
  @Directive(UPSTREAM_CALL)
  @Query(() => SendPlan, {
    description:
      "A dry run of sendAdvanced: the same checks and the same BAD_USER_INPUT errors, then, per destination, the scenario's steps with their content, SMS cost and the latest time each starts and gives up, counted from sendAt or now as if nothing were delivered. Only reads the scenario; sends nothing.",
  })
  async planSend(
    @Ctx() ctx: GatewayContext,
    @Arg("input", { description: "What sendAdvanced would be given." }) input: SendAdvancedInput,
  ): Promise<SendPlan> {
    const send = sendAdvancedToCheck(input);
    const { scenario, notices } = await validateSend(ctx, input.scenarioKey, send);
    // Unlike a send, a plan cannot leave the scenario to OMNI: without it there is nothing to show.
    if (!scenario) {
      throw badUserInput([
        input.scenarioKey
          ? { path: "scenarioKey", rule: "SCENARIO_NOT_FOUND", message: "No such scenario." }
          : { path: "scenarioKey", rule: "NO_DEFAULT_SCENARIO", message: "No default scenario." },
      ]);
    }
    return Object.assign(new SendPlan(), {
      scenarioKey: scenario.key,
      startsAt: send.sendAt ?? ctx.now,
      destinations: planSend(send, scenario.flow, ctx.now).map((plan) => DestinationPlan.of(plan)),
      notices,
    });
  }
}
