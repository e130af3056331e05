import { CHANNEL_CONTENT_KEY, CHANNELS, type Channel } from "../../domain/channel.js";
import type { ChannelContentToCheck, SendToCheck } from "../../domain/sendRules.js";
import type { SendAdvancedInput } from "./SendAdvancedInput.js";

/** The advanced send as the domain rules read it: content keyed by channel. */
export function sendAdvancedToCheck(input: SendAdvancedInput): SendToCheck {
  const content: Partial<Record<Channel, ChannelContentToCheck>> = {};
  for (const channel of CHANNELS) {
    const channelContent = input[CHANNEL_CONTENT_KEY[channel]];
    if (channelContent) content[channel] = channelContent;
  }
  return {
    bulkId: input.bulkId,
    destinations: input.destinations,
    content,
    commonText: input.text,
    sendAt: input.sendAt,
    callbackData: input.callbackData,
    notifyContentType: input.notifyContentType,
  };
}
