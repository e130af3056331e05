import { register } from "node:module";
import { DiagConsoleLogger, diag, DiagLogLevel } from "@opentelemetry/api";
import { OTLPTraceExporter as JsonExporter } from "@opentelemetry/exporter-trace-otlp-http";
import { OTLPTraceExporter as ProtobufExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { registerInstrumentations } from "@opentelemetry/instrumentation";
import {
  defaultResource,
  detectResources,
  envDetector,
  resourceFromAttributes,
} from "@opentelemetry/resources";
import { BatchSpanProcessor, NodeTracerProvider } from "@opentelemetry/sdk-trace-node";
import { ownPackage, PACKAGE_NAME } from "../../ownPackage.js";
import { createInstrumentations } from "./instrumentations.js";

export interface Tracing {
  /** Exports the spans still queued and stops; the process may exit once it resolves. */
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing with the OTLP exporter the standard OTEL_* variables describe
 * (endpoint, protocol, headers, sampler, service name). It must run before the modules it
 * instruments are imported: the ESM loader hook only sees modules loaded after it, so main.ts
 * imports the gateway only once this has resolved.
 */
export async function startTracing(): Promise<Tracing> {
  const level = process.env.OTEL_LOG_LEVEL?.toUpperCase() as keyof typeof DiagLogLevel | undefined;
  // Export failures are otherwise silent; the SDK says what went wrong at the level asked for.
  if (level && level in DiagLogLevel) diag.setLogger(new DiagConsoleLogger(), DiagLogLevel[level]);
  register("@opentelemetry/instrumentation/hook.mjs", import.meta.url);
  const version = ownPackage()?.version;
  const provider = new NodeTracerProvider({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES win over our defaults.
    resource: defaultResource()
      .merge(
        resourceFromAttributes({
          "service.name": PACKAGE_NAME,
          ...(version && { "service.version": version }),
        }),
      )
      .merge(detectResources({ detectors: [envDetector] })),
    // The batch size, delay and queue come from OTEL_BSP_*, the sampler from OTEL_TRACES_SAMPLER.
    spanProcessors: [new BatchSpanProcessor(exporterOf(process.env))],
  });
  // The global tracer provider, W3C trace-context propagation and async-hooks context.
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: createInstrumentations(),
  });
  return { shutdown: () => provider.shutdown() };
}

/**
 * The OTLP/HTTP exporter the standard variables ask for; each reads its endpoint, headers and
 * timeout from the OTEL_EXPORTER_OTLP_* variables itself. Traces only, and no gRPC: metrics are
 * Prometheus's to scrape, logs are pino's lines, and the gRPC exporters would triple the
 * production install (measured: 174 MB of OpenTelemetry packages with the full Node SDK, 40 MB so).
 */
function exporterOf(env: NodeJS.ProcessEnv) {
  const protocol =
    env.OTEL_EXPORTER_OTLP_TRACES_PROTOCOL || env.OTEL_EXPORTER_OTLP_PROTOCOL || "http/protobuf";
  if (protocol === "http/protobuf") return new ProtobufExporter();
  if (protocol === "http/json") return new JsonExporter();
  throw new UnsupportedProtocolError(protocol);
}

export class UnsupportedProtocolError extends Error {
  override readonly name = "UnsupportedProtocolError";
  constructor(protocol: string) {
    super(
      `OTEL_EXPORTER_OTLP_PROTOCOL=${protocol} is not supported: use http/protobuf (the default) or http/json.`,
    );
  }
}
