import { randomUUID } from "node:crypto";
import { GraphQLError } from "graphql";
import { Arg, Ctx, Mutation, Resolver } from "type-graphql";
import { CHANNEL_CONTENT_KEY, CHANNELS, type Channel } from "../../domain/channel.js";
import { formatOmniDate } from "../../domain/omniDate.js";
import { checkSend, type ChannelContentToCheck, type SendToCheck } from "../../domain/sendRules.js";
import { OmniUnavailableError } from "../../omni/errors.js";
import type { WireDestination, WireSendResponse } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { badUserInput } from "../errors.js";
import type { DestinationInput } from "./DestinationInput.js";
import { Message } from "./Message.js";
import { SendAdvancedInput } from "./SendAdvancedInput.js";
import { SendResult } from "./SendResult.js";
import { SendTextInput } from "./SendTextInput.js";

@Resolver()
export class SendResolver {
  @Mutation(() => SendResult, {
    description: "Sends one text over the scenario's steps, failing over in order.",
  })
  async sendText(
    @Ctx() ctx: GatewayContext,
    @Arg("input") input: SendTextInput,
  ): Promise<SendResult> {
    const content = Object.fromEntries(CHANNELS.map((channel) => [channel, { text: input.text }]));
    const violations = checkSend({ destinations: input.destinations, content }, ctx.now);
    if (!input.text.trim())
      violations.push({ path: "text", rule: "REQUIRED", message: "text must not be empty." });
    if (violations.length) throw badUserInput(violations);

    const destinations = withMessageIds(input.destinations);
    return send(destinations, () =>
      ctx.client.sendText({
        bulkId: input.bulkId,
        scenarioKey: input.scenarioKey,
        destinations,
        text: input.text,
      }),
    );
  }

  @Mutation(() => SendResult, {
    description: "Sends per-channel content over the scenario's steps, failing over in order.",
  })
  async sendAdvanced(
    @Ctx() ctx: GatewayContext,
    @Arg("input") input: SendAdvancedInput,
  ): Promise<SendResult> {
    const violations = checkSend(toCheck(input), ctx.now);
    if (violations.length) throw badUserInput(violations);

    const destinations = withMessageIds(input.destinations);
    const { sendAt, ...rest } = input;
    return send(destinations, () =>
      ctx.client.sendAdvanced({
        ...rest,
        notifyUrl: input.notifyUrl?.toString(),
        destinations,
        sendAt: sendAt && formatOmniDate(sendAt),
      }),
    );
  }
}

function toCheck(input: SendAdvancedInput): SendToCheck {
  const content: Partial<Record<Channel, ChannelContentToCheck>> = {};
  for (const channel of CHANNELS) {
    const channelContent = input[CHANNEL_CONTENT_KEY[channel]];
    if (channelContent) content[channel] = channelContent;
  }
  return {
    destinations: input.destinations,
    content,
    sendAt: input.sendAt,
    callbackData: input.callbackData,
  };
}

/**
 * The gateway names every message before it leaves: if the answer is lost, the ids still find the
 * messages in OMNI's logs, and the client is never tempted to send twice.
 */
function withMessageIds(destinations: readonly DestinationInput[]): WireDestination[] {
  return destinations.map((d) => ({ messageId: d.messageId ?? randomUUID(), to: { ...d.to } }));
}

async function send(
  destinations: WireDestination[],
  call: () => Promise<WireSendResponse>,
): Promise<SendResult> {
  let response: WireSendResponse;
  try {
    response = await call();
  } catch (error) {
    if (error instanceof OmniUnavailableError && error.reason === "TIMEOUT") {
      throw new GraphQLError(
        "The send may or may not have been accepted. Do not resend; look the messages up by id.",
        {
          extensions: {
            code: "UPSTREAM_UNAVAILABLE",
            outcome: "UNKNOWN",
            messageIds: destinations.map((d) => d.messageId),
          },
        },
      );
    }
    throw error;
  }
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
