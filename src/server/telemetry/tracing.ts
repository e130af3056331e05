import { readFile } from "node:fs/promises";
import { register } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NodeSDK, resources } from "@opentelemetry/sdk-node";
import { createInstrumentations } from "./instrumentations.js";

export interface Tracing {
  /** Exports the spans still queued and stops; the process may exit once it resolves. */
  shutdown(): Promise<void>;
}

const SERVICE_NAME = "omni-gateway";

/**
 * Starts OpenTelemetry tracing with the OTLP exporter the standard OTEL_* variables describe
 * (endpoint, protocol, headers, sampler, service name). It must run before the modules it
 * instruments are imported: the ESM loader hook only sees modules loaded after it, so main.ts
 * imports the gateway only once this has resolved.
 */
export async function startTracing(): Promise<Tracing> {
  register("@opentelemetry/instrumentation/hook.mjs", import.meta.url);
  const version = await ownVersion();
  const sdk = new NodeSDK({
    // OTEL_SERVICE_NAME and OTEL_RESOURCE_ATTRIBUTES, detected at start, still win over these.
    resource: resources.defaultResource().merge(
      resources.resourceFromAttributes({
        "service.name": SERVICE_NAME,
        ...(version && { "service.version": version }),
      }),
    ),
    instrumentations: createInstrumentations(),
    // Traces only: metrics are Prometheus's to scrape and logs are pino's lines on stdout, so the
    // SDK's default OTLP metric and log exporters would send nothing worth having.
    metricReaders: [],
    logRecordProcessors: [],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

/** The version in the package.json Node reads this module's type from (the nearest one up). */
async function ownVersion(): Promise<string | undefined> {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    try {
      const { name, version } = JSON.parse(await readFile(path.join(dir, "package.json"), "utf8"));
      return name === SERVICE_NAME && typeof version === "string" ? version : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") return undefined;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
