import { randomUUID } from "node:crypto";
import { RequiresScope } from "../auth/decorators.js";
import { Arg, Ctx, Directive, Mutation, Resolver } from "type-graphql";
import { formatOmniDate } from "../../domain/omniDate.js";
import type { WireDestination, WireSendResponse } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { UPSTREAM_CALL } from "../cost/weights.js";
import type { DestinationInput } from "./DestinationInput.js";
import { Message } from "./Message.js";
import { SendAdvancedInput } from "./SendAdvancedInput.js";
import { sendAdvancedToCheck } from "./sendAdvancedToCheck.js";
import { SendResult } from "./SendResult.js";
import { SendTextInput } from "./SendTextInput.js";
import { trackedSend } from "./trackedSend.js";
import { validateSend } from "./validateSend.js";

@Resolver()
export class SendResolver {
  @RequiresScope("messages:send")
  @Directive(UPSTREAM_CALL)
  @Mutation(() => SendResult, {
    description: "Sends one text over the scenario's steps, failing over in order.",
  })
  async sendText(
    @Ctx() ctx: GatewayContext,
    @Arg("input", { description: "The text, its destinations and the scenario." })
    input: SendTextInput,
  ): Promise<SendResult> {
    const { notices } = await validateSend(
      ctx,
      input.scenarioKey,
      {
        bulkId: input.bulkId,
        destinations: input.destinations,
        content: {},
        commonText: input.text,
      },
      input.text.trim()
        ? []
        : [{ path: "text", rule: "REQUIRED", message: "text must not be empty." }],
    );

    const destinations = withMessageIds(input.destinations);
    const result = await trackedSend(ctx, "sendText", input, destinations, () =>
      send(() =>
        ctx.client.sendText({
          bulkId: input.bulkId,
          scenarioKey: input.scenarioKey,
          destinations,
          text: input.text,
        }),
      ),
    );
    return Object.assign(result, { notices });
  }

  @RequiresScope("messages:send")
  @Directive(UPSTREAM_CALL)
  @Mutation(() => SendResult, {
    description: "Sends per-channel content over the scenario's steps, failing over in order.",
  })
  async sendAdvanced(
    @Ctx() ctx: GatewayContext,
    @Arg("input", { description: "The content per channel, its destinations and the scenario." })
    input: SendAdvancedInput,
  ): Promise<SendResult> {
    const { notices } = await validateSend(ctx, input.scenarioKey, sendAdvancedToCheck(input));

    const destinations = withMessageIds(input.destinations);
    const { sendAt, idempotencyKey: _key, ...rest } = input;
    const result = await trackedSend(ctx, "sendAdvanced", input, destinations, () =>
      send(() =>
        ctx.client.sendAdvanced({
          ...rest,
          // A client's own notifyUrl wins; its reports then reach the gateway by polling only.
          notifyUrl: input.notifyUrl?.toString() ?? ctx.notifyUrl,
          destinations,
          sendAt: sendAt && formatOmniDate(sendAt),
        }),
      ),
    );
    return Object.assign(result, { notices });
  }
}

/**
 * The gateway names every message before it leaves: if the answer is lost, the ids still find the
 * messages in OMNI's logs, and the client is never tempted to send twice.
 */
function withMessageIds(destinations: readonly DestinationInput[]): WireDestination[] {
  return destinations.map((d) => ({ messageId: d.messageId ?? randomUUID(), to: { ...d.to } }));
}

/** OMNI's answer as a result; whether a failure leaves the outcome unknown, `tracked` decides. */
async function send(call: () => Promise<WireSendResponse>): Promise<SendResult> {
  const response = await call();
  return Object.assign(new SendResult(), {
    bulkId: response.bulkId,
    messages: response.messages.map((m) =>
      Message.of({
        messageId: m.messageId,
        bulkId: response.bulkId,
        to: m.to,
        acceptedStatus: m.status,
      }),
    ),
  });
}
