import { Agent, createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { forwardRequest } from "./forwardRequest.js";

/** What becomes of an answer of `GET /omni/1/reports` that hands reports out. */
export type PageFate = "forward" | "drop";

export interface ReportsTap {
  /** Reports in answers upstream handed out, and in those of them that were dropped. */
  readonly counts: { handedOut: number; dropped: number; droppedPages: number };
  /** Forwards to `targetUrl`; shaped for `startStack({ between })`. */
  start(targetUrl: string): Promise<{ url: string; close(): Promise<void> }>;
}

/**
 * A proxy between the gateway and OMNI (the sandbox) that forwards everything, and lets a test
 * decide, for each answer of the fetch-once reports endpoint that carries reports, whether the
 * gateway gets it. Upstream has handed that page out either way: a dropped answer (the socket
 * destroyed instead of answering) is a page lost on the way.
 */
export function reportsTap(fateOf: (reports: number) => PageFate | Promise<PageFate>): ReportsTap {
  const counts = { handedOut: 0, dropped: 0, droppedPages: 0 };
  return {
    counts,
    async start(targetUrl) {
      const target = new URL(targetUrl);
      const agent = new Agent({ keepAlive: true });
      const server = createServer((req, res) => {
        const isReports = req.method === "GET" && req.url?.split("?")[0] === "/omni/1/reports";
        forward(req, res, target, agent, async (status, body) => {
          if (!isReports || status !== 200) return "forward";
          const reports = (JSON.parse(body.toString("utf8")) as { results: unknown[] }).results
            .length;
          if (reports === 0) return "forward";
          counts.handedOut += reports;
          const fate = await fateOf(reports);
          if (fate === "drop") {
            counts.dropped += reports;
            counts.droppedPages++;
          }
          return fate;
        });
      });
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return {
        url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: async () => {
          server.closeAllConnections();
          await new Promise<void>((resolve) => server.close(() => resolve()));
          agent.destroy();
        },
      };
    },
  };
}

function forward(
  req: IncomingMessage,
  res: ServerResponse,
  target: URL,
  agent: Agent,
  fateOf: (status: number, body: Buffer) => Promise<PageFate>,
): void {
  forwardRequest(req, res, target, agent, (answer) => {
    const chunks: Buffer[] = [];
    answer.on("data", (chunk: Buffer) => chunks.push(chunk));
    answer.on("end", () => {
      const body = Buffer.concat(chunks);
      void fateOf(answer.statusCode ?? 502, body).then((fate) => {
        if (fate === "drop") {
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        res.end(body);
      });
    });
  });
}
