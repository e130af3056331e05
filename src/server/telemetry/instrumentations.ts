import type { IncomingMessage } from "node:http";
import type { Attributes, Span } from "@opentelemetry/api";
import type { Instrumentation } from "@opentelemetry/instrumentation";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";
import { httpRouteOf } from "./httpRouteOf.js";

/** Probes, answered many times a minute: a span each would drown the requests people look at. */
const PROBES = new Set(["/health", "/ready", "/metrics", "/sandbox/health"]);

const pathOf = (url: string) => {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
};

/**
 * What the instrumentations may record. Paths carry scenario keys, bulk ids, phone numbers and
 * tenants, and query strings carry the webhook secret, so every HTTP span (server and client)
 * is named by its route template and keeps only that template as its path; no span keeps a
 * query string. A path that is no known route leaves its span named by the method alone.
 */
export function createInstrumentations(): Instrumentation[] {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: (request) =>
        request.method === "GET" && PROBES.has(pathOf(request.url ?? "")),
      // Returned attributes replace the instrumentation's own; an undefined value is not recorded.
      startIncomingSpanHook: (request): Attributes => {
        const route = httpRouteOf(request.url ?? "");
        return { "url.path": route, "url.query": undefined, "http.route": route };
      },
      requestHook: (span, request) => {
        const { method, url } = request as IncomingMessage;
        const route = httpRouteOf(url ?? "");
        if (route) span.updateName(`${method ?? "GET"} ${route}`);
      },
      // Our upstream calls go through undici; a node:http client span would record its raw URL.
      disableOutgoingRequestInstrumentation: true,
    }),
    new UndiciInstrumentation({
      startSpanHook: (request): Attributes => {
        const route = httpRouteOf(request.path);
        return {
          "url.full": `${request.origin}${route ?? ""}`,
          "url.path": route,
          "url.query": undefined,
          "url.template": route,
        };
      },
      requestHook: (span, request) => {
        const route = httpRouteOf(request.path);
        if (route) span.updateName(`${request.method} ${route}`);
      },
    }),
    new GraphQLInstrumentation({
      // Per-field timing is what Apollo's inline traces (ftv1) are for; a span per field would
      // multiply by every list's length.
      ignoreResolveSpans: true,
      // Literal values in the recorded document are replaced by "*", variables are not recorded.
      allowValues: false,
      responseHook: (span) => nameByOperationType(span),
    }),
    new PgInstrumentation({
      // Statement text only, never the parameter values (message texts, phone numbers).
      enhancedDatabaseReporting: false,
      // Queries of the background loops (polling, reconciliation, sweeps) would each start a
      // trace of their own; those made inside a request are traced.
      requireParentSpan: true,
    }),
  ];
}

/**
 * Semantic conventions name a GraphQL span by the operation type alone: the instrumentation
 * appends the client's operation name, a value the client chooses (it stays an attribute).
 */
function nameByOperationType(span: Span): void {
  // The SDK's span is readable; the API's interface does not say so.
  const type = (span as Partial<{ attributes: Attributes }>).attributes?.["graphql.operation.type"];
  if (typeof type === "string") span.updateName(type);
}
