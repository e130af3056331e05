import "reflect-metadata";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { parse, type GraphQLSchema } from "graphql";
import { DateTimeResolver } from "graphql-scalars";
import { buildSchema, createResolversMap } from "type-graphql";
import { authChecker, requireScope } from "./auth/authChecker.js";
import { Bulk } from "./bulk/Bulk.js";
import { findBulk, BulkResolver } from "./bulk/BulkResolver.js";
import { checkRepresentationsFirst } from "./common/representation.js";
import type { GatewayContext } from "./context.js";
import { describeRootTypes } from "./describeRootTypes.js";
import { HistoryResolver } from "./history/HistoryResolver.js";
import { MessageRecordResolver } from "./history/MessageRecordResolver.js";
import { Message } from "./message/Message.js";
import { MessageResolver } from "./message/MessageResolver.js";
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
      HistoryResolver,
      MessageRecordResolver,
    ],
    scalarsMap: [{ type: Date, scalar: DateTimeResolver }],
    pubSub: UNUSED_PUBSUB,
    authChecker,
    validate: false,
    skipCheck: true,
  });
  describeRootTypes(plain);
  const resolvers = createResolversMap(plain) as Record<string, Record<string, unknown>>;
  // A reference never resolves to null. A router asks for the fields it needs of every entity
  // another subgraph returned; a null entity leaves its non-null fields (`attempts`, `flow`)
  // unanswered, and the null travels up to the nearest nullable parent, often the client's whole
  // answer. So an unknown key gets an object whose fields can always be answered, and that says
  // "nothing known": a message with no attempts or reports and a null status, a scenario with no
  // steps, a bulk with no messages. Our own `message`, `scenario` and `bulk` queries still answer
  // null: there the client asked whether it exists.
  resolvers.Scenario = {
    ...resolvers.Scenario,
    __resolveReference: async (ref: { key: string }, ctx: GatewayContext) => {
      requireScope(ctx.principal, "scenarios:read");
      const wire = await ctx.loaders.scenarioByKey.load(ref.key);
      return wire ? Scenario.fromWire(wire) : Scenario.unknown(ref.key);
    },
  };
  resolvers.Message = {
    ...resolvers.Message,
    __resolveReference: (ref: { messageId: string }, ctx: GatewayContext) => {
      requireScope(ctx.principal, "messages:read");
      // Every field loads lazily through the request's loaders; an id OMNI has no log or report
      // of (not yet, or no longer) has empty attempts and reports.
      return Message.of({ messageId: ref.messageId });
    },
  };
  resolvers.Bulk = {
    ...resolvers.Bulk,
    __resolveReference: async (ref: { bulkId: string }, ctx: GatewayContext) => {
      requireScope(ctx.principal, "messages:read");
      return (await findBulk(ctx, ref.bulkId)) ?? Bulk.empty(ref.bulkId);
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
