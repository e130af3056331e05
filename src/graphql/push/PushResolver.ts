import { randomUUID } from "node:crypto";
import { drainBeforeRead } from "../common/drainBeforeRead.js";
import { RequiresScope } from "../auth/decorators.js";
import {
  Arg,
  Ctx,
  Directive,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";
import { STATUS } from "../../domain/status.js";
import { MAX_PAGE } from "../../omni/wire.js";
import type { GatewayContext } from "../context.js";
import { ONE_PAGE, UPSTREAM_CALL } from "../cost/weights.js";
import { badUserInput } from "../errors.js";
import { PushBulk } from "./PushBulk.js";
import { PushMessage } from "./PushMessage.js";
import { PushStatistics } from "./PushStatistics.js";
import { toPushRequest } from "./pushSendRequest.js";
import { SendPushInput } from "./SendPushInput.js";
import { trackedPush } from "./trackedPush.js";

@Resolver(() => PushBulk)
export class PushResolver {
  @RequiresScope("push:send")
  @Directive(UPSTREAM_CALL)
  @Mutation(() => PushBulk, {
    description:
      "Sends a push notification over the Mobile Push API to installations, people or device segments.",
  })
  async sendPush(
    @Ctx() ctx: GatewayContext,
    @Arg("input", { description: "The push, its application and its destinations." })
    input: SendPushInput,
  ): Promise<PushBulk> {
    const bulkId = input.bulkId ?? randomUUID();
    const { request, violations } = toPushRequest(input, bulkId, ctx.now);
    if (violations.length) throw badUserInput(violations);

    return trackedPush(ctx, input, bulkId, async () => {
      const response = await ctx.client.sendPush(request);
      return PushBulk.of(
        response.bulkId ?? bulkId,
        response.messages.map((m) =>
          Object.assign(new PushMessage(), {
            messageId: m.messageId ?? "",
            to: m.destination,
            status: m.status ?? STATUS.PENDING_ENROUTE,
          }),
        ),
      );
    });
  }

  @RequiresScope("messages:read")
  @Query(() => PushBulk, { description: "A push bulk by id; unknown ids have no messages." })
  pushBulk(
    @Arg("bulkId", () => ID, { description: "The bulkId sendPush returned." }) bulkId: string,
  ): PushBulk {
    return PushBulk.of(bulkId);
  }

  @RequiresScope("messages:read")
  @Directive(UPSTREAM_CALL)
  @Query(() => PushStatistics, {
    description:
      "OMNI's counts for a push bulk (GET /push/1/statistics): sent, delivered, seen, failed.",
  })
  async pushStatistics(
    @Ctx() ctx: GatewayContext,
    @Arg("bulkId", () => ID, { description: "The bulkId sendPush returned." }) bulkId: string,
  ): Promise<PushStatistics> {
    return PushStatistics.fromWire(await ctx.client.pushStatistics(bulkId));
  }

  @Directive(UPSTREAM_CALL)
  @FieldResolver(() => PushStatistics, {
    description: "OMNI's counts for the bulk (GET /push/1/statistics), asked of OMNI on each read.",
  })
  async statistics(@Ctx() ctx: GatewayContext, @Root() bulk: PushBulk): Promise<PushStatistics> {
    return PushStatistics.fromWire(await ctx.client.pushStatistics(bulk.bulkId));
  }

  @Directive(ONE_PAGE)
  @FieldResolver(() => [PushMessage], {
    description:
      "Each push of the bulk: its delivery report once there is one, else what the send answered.",
  })
  async messages(@Ctx() ctx: GatewayContext, @Root() bulk: PushBulk): Promise<PushMessage[]> {
    await drainBeforeRead(ctx);
    const reports = await ctx.reports.find({
      bulkId: bulk.bulkId,
      channel: "PUSH",
      limit: MAX_PAGE,
    });
    const reported = new Map(reports.map((r) => [r.messageId, PushMessage.fromReport(r)]));
    const accepted = bulk.accepted.map((m) => reported.get(m.messageId) ?? m);
    const known = new Set(accepted.map((m) => m.messageId));
    const later = [...reported.values()].filter((m) => !known.has(m.messageId)).reverse();
    return [...accepted, ...later];
  }
}
