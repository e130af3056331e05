import { request, type Agent, type IncomingMessage, type ServerResponse } from "node:http";

/**
 * Passes one request on to `target` as a plain HTTP proxy would, and hands the answer to
 * `onAnswer`; an upstream that fails drops the client's connection, as a real hop would.
 */
export function forwardRequest(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  agent: Agent,
  onAnswer: (answer: IncomingMessage) => void,
): void {
  const upstream = request(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
      agent,
    },
    onAnswer,
  );
  upstream.on("error", () => res.destroy());
  req.pipe(upstream);
}
