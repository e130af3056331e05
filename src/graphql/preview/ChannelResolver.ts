import { Query, Resolver } from "type-graphql";
import { Authenticated } from "../auth/decorators.js";
import { CHANNEL_CONTENT_KEY } from "../../domain/channel.js";
import { CHANNEL_CAPABILITIES } from "../../domain/channelCapabilities.js";
import { ChannelCapability } from "./ChannelCapability.js";

@Resolver()
export class ChannelResolver {
  @Authenticated()
  @Query(() => [ChannelCapability], {
    description: "Every channel with its documented limits; the same rules sends are checked by.",
  })
  channels(): ChannelCapability[] {
    return CHANNEL_CAPABILITIES.map((capability) =>
      ChannelCapability.of(capability, CHANNEL_CONTENT_KEY[capability.channel]),
    );
  }
}
