import { printSubgraphSchema } from "@apollo/subgraph";
import { buildGatewaySchema } from "./schema.js";

/** The committed `schema.graphql`: clean subgraph SDL with `@link` and `@key`, for composition and codegen. */
export async function printGatewaySchema(): Promise<string> {
  return `${printSubgraphSchema(await buildGatewaySchema()).trim()}\n`;
}
