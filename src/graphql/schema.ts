import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchema, createResolversMap } from "type-graphql";
import { authChecker, requireScope } from "./auth/authChecker.js";
import { findBulk, BulkResolver } from "./bulk/BulkResolver.js";
import { checkRepresentationsFirst } from "./common/representation.js";
import type { GatewayContext } from "./context.js";
import { findMessage, MessageResolver } from "./message/MessageResolver.js";
import { SendResolver } from "./message/SendResolver.js";
import { PushBulk } from "./push/PushBulk.js";
import { ChannelResolver } from "./preview/ChannelResolver.js";
import { PreviewResolver } from "./preview/PreviewResolver.js";
import { SendPlanResolver } from "./preview/SendPlanResolver.js";
import { PushResolver } from "./push/PushResolver.js";
import { QuarantineResolver } from "./quarantine/QuarantineResolver.js";
import { QuotaResolver } from "./quota/QuotaResolver.js";
import { ReportResolver } from "./report/ReportResolver.js";
import { Scenario } from "./scenario/Scenario.js";
import { ScenarioResolver } from "./scenario/ScenarioResolver.js";
import { MessageStatusResolver } from "./subscription/MessageStatusResolver.js";

/** v2.5 brought `@authenticated` and `@requiresScopes`; v2.9 the demand-control directives. */

const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@shareable", "@authenticated", "@requiresScopes", "@cost", "@listSize"])`;

/**
 * type-graphql insists on a pubSub once any subscription exists, even when each brings its own
 * `subscribe`; ours read from the context's status feed, so this one is never asked.
 */
const UNUSED_PUBSUB = {
  publish: () => undefined,
  subscribe: () => {
    throw new Error("Subscriptions read from the context's status feed.");
  },
};

/**
 * type-graphql builds the types and resolvers; @apollo/subgraph turns them into a Federation 2
 * subgraph (type-graphql has no `@ResolveReference`, so reference resolvers are added here).
 */
export async function buildGatewaySchema(): Promise<GraphQLSchema> {
  const plain = await buildSchema({
    resolvers: [
      ScenarioResolver,
      MessageResolver,
      SendResolver,
      ReportResolver,
      BulkResolver,
      MessageStatusResolver,
      PushResolver,
      PreviewResolver,
      SendPlanResolver,
      ChannelResolver,
      QuotaResolver,
      QuarantineResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    pubSub: UNUSED_PUBSUB,
    authChecker,
    validate: false,
    skipCheck: true,
  });
  const resolvers = createResolversMap(plain) as Record<string, Record<string, unknown>>;
  resolvers.Scenario = {
    ...resolvers.Scenario,
    __resolveReference: async (ref: { key: string }, ctx: GatewayContext) => {
      requireScope(ctx.principal, "scenarios:read");
      const wire = await ctx.loaders.scenarioByKey.load(ref.key);
      return wire && Scenario.fromWire(wire);
    },
  };
  resolvers.Message = {
    ...resolvers.Message,
    __resolveReference: (ref: { messageId: string }, ctx: GatewayContext) => {
      requireScope(ctx.principal, "messages:read");
      return findMessage(ctx, ref.messageId);
    },
  };
  resolvers.Bulk = {
    ...resolvers.Bulk,
    __resolveReference: (ref: { bulkId: string }, ctx: GatewayContext) => {
      requireScope(ctx.principal, "messages:read");
      return findBulk(ctx, ref.bulkId);
    },
  };
  resolvers.PushBulk = {
    ...resolvers.PushBulk,
    __resolveReference: (ref: { bulkId: string }, ctx: GatewayContext) => {
      requireScope(ctx.principal, "messages:read");
      return PushBulk.of(ref.bulkId);
    },
  };
  return checkRepresentationsFirst(
    buildSubgraphSchema({
      typeDefs: parse(`${FEDERATION_LINK}\n${printSchemaWithDirectives(plain)}`),
      resolvers: resolvers as never,
    }),
  );
}
