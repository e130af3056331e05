import { composeServices } from "@apollo/composition";
import { ApolloGateway, LocalGraphQLDataSource, RemoteGraphQLDataSource } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import { buildSubgraphSchema } from "@apollo/subgraph";
import type { GraphQLSchemaModule } from "@apollo/subgraph/dist/schema-helper/index.js";
import { parse, type DocumentNode } from "graphql";
import { expect } from "vitest";
import { printGatewaySchema } from "../../src/graphql/printGatewaySchema.js";
import { forApolloGateway } from "./forApolloGateway.js";

export interface SecondSubgraph {
  name: string;
  typeDefs: DocumentNode;
  resolvers: NonNullable<GraphQLSchemaModule["resolvers"]>;
}

export interface LocalSupergraph {
  server: ApolloServer;
  supergraphSdl: string;
}

/**
 * Our subgraph (over HTTP, at `graphqlUrl`) composed with a second team's subgraph that runs in
 * this process, behind @apollo/gateway: the router's side of federation, for tests that need one.
 */
export async function startLocalSupergraph(
  graphqlUrl: string,
  second: SecondSubgraph,
): Promise<LocalSupergraph> {
  const composed = composeServices([
    { name: "omni", url: graphqlUrl, typeDefs: parse(await printGatewaySchema()) },
    { name: second.name, url: `http://${second.name}.invalid/graphql`, typeDefs: second.typeDefs },
  ]);
  expect(composed.errors).toBeUndefined();
  const secondSchema = buildSubgraphSchema({
    typeDefs: second.typeDefs,
    resolvers: second.resolvers,
  });
  const server = new ApolloServer({
    gateway: new ApolloGateway({
      supergraphSdl: forApolloGateway(composed.supergraphSdl!),
      buildService: ({ name, url }) =>
        name === second.name
          ? new LocalGraphQLDataSource(secondSchema)
          : new RemoteGraphQLDataSource({ url }),
    }),
  });
  await server.start();
  return { server, supergraphSdl: composed.supergraphSdl! };
}
