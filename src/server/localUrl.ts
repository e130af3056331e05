/**
 * The URL this machine reaches a server on. Bound to a wildcard address (HOST=0.0.0.0 or ::, as
 * in a container), a server listens on every interface, but the wildcard is no address to call:
 * the gateway's own links (its sandbox, the sandbox's webhook calls, the URLs it prints) use
 * loopback instead.
 */
export function localUrl(host: string, port: number): string {
  const reachable = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return `http://${reachable.includes(":") ? `[${reachable}]` : reachable}:${port}`;
}
