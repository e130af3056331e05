/**
 * Whether traces are exported: only where an OTLP endpoint is configured (the standard
 * variables), unless the standard switches turn the SDK or its trace exporter off. Decided from
 * the environment alone, before anything is loaded, so that a gateway without it loads no SDK,
 * no loader hook and no instrumentation at all.
 */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  // The specification treats an empty value as unset.
  const given = (name: string) => (env[name]?.trim() ?? "") !== "";
  if (env.OTEL_SDK_DISABLED?.trim().toLowerCase() === "true") return false;
  if (env.OTEL_TRACES_EXPORTER?.trim().toLowerCase() === "none") return false;
  return given("OTEL_EXPORTER_OTLP_ENDPOINT") || given("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT");
}
