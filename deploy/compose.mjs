import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { composeServices } from "@apollo/composition";
import { parse } from "graphql";

/**
 * The supergraph of omni (this repository's committed `schema.graphql`) and the sample crm
 * subgraph, composed with @apollo/composition: what Rover would do, without its plugin download.
 *
 * As a command (`node deploy/compose.mjs [out]`) it writes `deploy/supergraph.graphql` for the
 * routing URLs in OMNI_SUBGRAPH_URL and CRM_SUBGRAPH_URL (defaults: the ports `npm run
 * supergraph` uses), prints every composition error and exits 1 when there is one. The file is
 * generated, not committed: its routing URLs are the deployment's own.
 */

const here = path.dirname(fileURLToPath(import.meta.url));

export const SUBGRAPH_SCHEMAS = {
  omni: path.join(here, "../schema.graphql"),
  crm: path.join(here, "sample-subgraph/schema.graphql"),
};

export const DEFAULT_ROUTING_URLS = {
  omni: "http://127.0.0.1:4100/graphql",
  crm: "http://127.0.0.1:4201/graphql",
};

export class CompositionError extends Error {
  /** @param {readonly { message: string, extensions?: { code?: unknown } }[]} errors */
  constructor(errors) {
    super(
      `Composition failed with ${errors.length} error(s):\n` +
        errors
          .map((error) => `  - [${error.extensions?.code ?? "ERROR"}] ${error.message}`)
          .join("\n"),
    );
    this.name = "CompositionError";
    this.errors = errors;
  }
}

/**
 * @param {{ omni: string, crm: string }} routingUrls where the router reaches each subgraph
 * @returns {string} the supergraph SDL
 */
export function composeSupergraph(routingUrls) {
  const result = composeServices(
    Object.entries(SUBGRAPH_SCHEMAS).map(([name, file]) => ({
      name,
      url: routingUrls[name],
      typeDefs: parse(readFileSync(file, "utf8")),
    })),
  );
  if (result.errors?.length) throw new CompositionError(result.errors);
  return result.supergraphSdl;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const out = path.resolve(process.argv[2] ?? path.join(here, "supergraph.graphql"));
  try {
    writeFileSync(
      out,
      composeSupergraph({
        omni: process.env.OMNI_SUBGRAPH_URL ?? DEFAULT_ROUTING_URLS.omni,
        crm: process.env.CRM_SUBGRAPH_URL ?? DEFAULT_ROUTING_URLS.crm,
      }),
    );
    console.log(`supergraph written to ${path.relative(process.cwd(), out)}`);
  } catch (error) {
    console.error(error instanceof CompositionError ? error.message : error);
    process.exit(1);
  }
}
