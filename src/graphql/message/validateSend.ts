import {
  checkScenarioFit,
  checkSend,
  sendNotices,
  type Notice,
  type SendToCheck,
} from "../../domain/sendRules.js";
import type { GatewayContext } from "../context.js";
import { badUserInput, underArgument } from "../errors.js";
import { loadScenarioFlow, type ScenarioFlow } from "./scenarioFlow.js";

export interface ValidatedSend {
  /** The scenario the send walks, when OMNI showed it: the named one, or the default. */
  scenario?: ScenarioFlow;
  /** Named from the argument, as errors are (`input.sms.validityPeriod`). */
  notices: Notice[];
}

/**
 * Every rule before anything leaves. The request's own rules run first: an input that breaks them
 * is answered without an upstream round trip, so hostile or careless input costs OMNI nothing and
 * its errors never hide behind an upstream outage. The scenario's rules follow once it is read.
 */
export async function validateSend(
  ctx: GatewayContext,
  scenarioKey: string | undefined | null,
  send: SendToCheck,
  extra: ReturnType<typeof checkSend> = [],
): Promise<ValidatedSend> {
  const own = [...checkSend(send, ctx.now), ...extra];
  if (own.length) throw badUserInput(own);
  const scenario = await loadScenarioFlow(ctx, scenarioKey);
  if (!scenario) return { notices: underArgument(sendNotices(send)) };
  const fit = checkScenarioFit(send, scenario.flow);
  if (fit.length) throw badUserInput(fit);
  return { scenario, notices: underArgument(sendNotices(send, scenario.flow)) };
}
