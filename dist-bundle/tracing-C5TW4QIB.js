import {
  OTHER_ROUTE,
  routeTemplateOf
} from "./chunk-G5FETTJM.js";
import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/telemetry/tracing.js
import { readFile } from "node:fs/promises";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { DiagConsoleLogger, diag, DiagLogLevel } from "@opentelemetry/api";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtobufExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import { defaultResource, detectResources, envDetector, resourceFromAttributes } from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";

// dist/server/telemetry/instrumentations.js
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { UndiciInstrumentation } from "@opentelemetry/instrumentation-undici";

// dist/server/telemetry/httpRouteOf.js
var OWN_ROUTES = [
  "/graphql",
  "/health",
  "/ready",
  "/metrics",
  "/webhooks/omni/reports",
  "/webhooks/omni/reports/{tenant}",
  "/sms/1/preview",
  "/sandbox/health",
  "/sandbox/clock",
  "/sandbox/clock/advance",
  "/sandbox/contacts",
  "/sandbox/contacts/{phoneNumber}",
  "/sandbox/accounts",
  "/sandbox/stats",
  "/sandbox/stats/reset",
  "/sandbox/reset",
  "/sandbox/devices",
  "/sandbox/devices/{pushRegistrationId}"
];
var matchers = OWN_ROUTES.map((route) => ({
  route,
  pattern: new RegExp(`^${route.replace(/\{[^}]+\}/g, "[^/]+")}$`)
}));
function httpRouteOf(path2) {
  const upstream = routeTemplateOf(path2);
  if (upstream !== OTHER_ROUTE)
    return upstream;
  const query = path2.indexOf("?");
  const bare = query === -1 ? path2 : path2.slice(0, query);
  return matchers.find(({ pattern }) => pattern.test(bare))?.route;
}
__name(httpRouteOf, "httpRouteOf");

// dist/server/telemetry/instrumentations.js
var PROBES = /* @__PURE__ */ new Set(["/health", "/ready", "/metrics", "/sandbox/health"]);
var pathOf = /* @__PURE__ */ __name((url) => {
  const query = url.indexOf("?");
  return query === -1 ? url : url.slice(0, query);
}, "pathOf");
function createInstrumentations() {
  return [
    new HttpInstrumentation({
      ignoreIncomingRequestHook: /* @__PURE__ */ __name((request) => request.method === "GET" && PROBES.has(pathOf(request.url ?? "")), "ignoreIncomingRequestHook"),
      // Returned attributes replace the instrumentation's own; an undefined value is not recorded.
      startIncomingSpanHook: /* @__PURE__ */ __name((request) => {
        const route = httpRouteOf(request.url ?? "");
        return { "url.path": route, "url.query": void 0, "http.route": route };
      }, "startIncomingSpanHook"),
      requestHook: /* @__PURE__ */ __name((span, request) => {
        const { method, url } = request;
        const route = httpRouteOf(url ?? "");
        if (route)
          span.updateName(`${method ?? "GET"} ${route}`);
      }, "requestHook"),
      // Our upstream calls go through undici; a node:http client span would record its raw URL.
      disableOutgoingRequestInstrumentation: true
    }),
    new UndiciInstrumentation({
      startSpanHook: /* @__PURE__ */ __name((request) => {
        const route = httpRouteOf(request.path);
        return {
          "url.full": `${request.origin}${route ?? ""}`,
          "url.path": route,
          "url.query": void 0,
          "url.template": route
        };
      }, "startSpanHook"),
      requestHook: /* @__PURE__ */ __name((span, request) => {
        const route = httpRouteOf(request.path);
        if (route)
          span.updateName(`${request.method} ${route}`);
      }, "requestHook")
    }),
    new GraphQLInstrumentation({
      // Per-field timing is what Apollo's inline traces (ftv1) are for; a span per field would
      // multiply by every list's length.
      ignoreResolveSpans: true,
      // Literal values in the recorded document are replaced by "*", variables are not recorded.
      allowValues: false,
      responseHook: /* @__PURE__ */ __name((span) => nameByOperationType(span), "responseHook")
    }),
    new PgInstrumentation({
      // Statement text only, never the parameter values (message texts, phone numbers).
      enhancedDatabaseReporting: false,
      // Queries of the background loops (polling, reconciliation, sweeps) would each start a
      // trace of their own; those made inside a request are traced.
      requireParentSpan: true
    })
  ];
}
__name(createInstrumentations, "createInstrumentations");
function nameByOperationType(span) {
  const type = span.attributes?.["graphql.operation.type"];
  if (typeof type === "string")
    span.updateName(type);
}
__name(nameByOperationType, "nameByOperationType");

// dist/server/telemetry/tracing.js
var SERVICE_NAME = "omni-gateway";
async function startTracing() {
  const level = process.env.OTEL_LOG_LEVEL?.toUpperCase();
  if (level && level in DiagLogLevel)
    diag.setLogger(new DiagConsoleLogger(), DiagLogLevel[level]);
  register("@opentelemetry/instrumentation/hook.mjs", import.meta.url);
  const version = await ownVersion();
  const provider = new NodeTracerProvider({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over our defaults.
    resource: defaultResource().merge(resourceFromAttributes({
      "service.name": SERVICE_NAME,
      ...version && { "service.version": version }
    })).merge(detectResources({ detectors: [envDetector] })),
    // The batch size, delay and queue come from OTEL_BSP_*, the sampler from OTEL_TRACES_SAMPLER.
    spanProcessors: [new BatchSpanProcessor(exporterOf(process.env))]
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: createInstrumentations()
  });
  return { shutdown: /* @__PURE__ */ __name(() => provider.shutdown(), "shutdown") };
}
__name(startTracing, "startTracing");
function exporterOf(env) {
  const protocol = env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || "http/protobuf";
  if (protocol === "http/protobuf")
    return new ProtobufExporter();
  if (protocol === "http/json")
    return new JsonExporter();
  throw new UnsupportedProtocolError(protocol);
}
__name(exporterOf, "exporterOf");
var UnsupportedProtocolError = class extends Error {
  static {
    __name(this, "UnsupportedProtocolError");
  }
  name = "UnsupportedProtocolError";
  constructor(protocol) {
    super(`OTEL_EXPORTER_OTLP_PROTOCOL=${protocol} is not supported: use http/protobuf (the default) or http/json.`);
  }
};
async function ownVersion() {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (; ; ) {
    try {
      const { name, version } = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8"));
      return name === SERVICE_NAME && typeof version === "string" ? version : void 0;
    } catch (error) {
      if (error.code !== "ENOENT")
        return void 0;
    }
    const parent = path.dirname(dir);
    if (parent === dir)
      return void 0;
    dir = parent;
  }
}
__name(ownVersion, "ownVersion");
export {
  UnsupportedProtocolError,
  startTracing
};
