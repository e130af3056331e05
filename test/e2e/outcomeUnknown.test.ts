import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print, type GraphQLFormattedError } from "graphql";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { SendPushDocument, SendTextDocument } from "../gql/graphql.js";
import { startGateway, type RunningGateway } from "../../src/server/startGateway.js";
import { createAuthenticator } from "../../src/server/auth/authenticator.js";
import { createLogger } from "../../src/server/logger.js";
import { BACKENDS, sharedDatabase, type TestDatabase } from "../support/databases.js";

type SendMode = "ok" | "reset" | "502" | "hang";

/**
 * A stand-in for OMNI that fails sends as a real network can: the request arrives and then the
 * connection drops, a proxy answers 502, or nothing answers until the gateway's deadline. Reads answer "nothing known", so a repeat has nothing
 * to reconcile with and must not send again.
 */
class FlakyUpstream {
  mode: SendMode = "ok";
  sends = 0;
  private server: Server | undefined;

  constructor(readonly host = "127.0.0.1") {}

  async listen(port = 0): Promise<number> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(port, this.host, resolve));
    return (this.server.address() as AddressInfo).port;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    for await (const _chunk of req); // the whole request has arrived
    const path = req.url?.split("?")[0];
    const json = (status: number, body: unknown): void => {
      res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    };
    if (req.method === "POST") {
      this.sends++;
      if (this.mode === "reset") return void req.socket.destroy();
      if (this.mode === "502") return json(502, {});
      if (this.mode === "hang") return;
      return json(200, {
        bulkId: "bulk-1",
        messages: [{ messageId: "push-1", status: PENDING, destination: "customer_1" }],
      });
    }
    if (path === "/omni/1/scenarios") return json(200, { scenarios: [] });
    if (path === "/push/1/statistics") {
      return json(200, {
        totalSent: 0,
        delivered: 0,
        seen: 0,
        errors: { registration: 0, expired: 0, cloud: 0 },
        delivery: { rate: 0, time: 0 },
      });
    }
    return json(200, { results: [] });
  }
}

/** Linux routes all of 127.0.0.0/8 to the loopback interface; no other test uses this address. */
const OWN_LOOPBACK = "127.0.0.77";

const PENDING = {
  groupId: 1,
  groupName: "PENDING",
  id: 26,
  name: "PENDING_ACCEPTED",
  description: "Accepted",
};

async function startGatewayAt(
  port: number,
  database: TestDatabase["database"],
  host = "127.0.0.1",
) {
  return startGateway(
    {
      tenants: [
        {
          id: "default",
          upstream: {
            baseUrl: `http://${host}:${port}`,
            auth: { scheme: "App", apiKey: "test-api-key-0123456789" },
          },
          quotas: {},
        },
      ],
      authenticator: await createAuthenticator({}),
      logger: createLogger("silent"),
      production: false,
      timeoutMs: 2_000,
      connections: 4,
      reportsPollIntervalMs: 3_600_000,
      bodyLimitBytes: 100_000,
      database,
    },
    { port: 0, host: "127.0.0.1" },
  );
}

async function execute<T, V>(
  gateway: RunningGateway,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<{ data?: T | null; errors?: GraphQLFormattedError[] }> {
  const response = await fetch(gateway.graphqlUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as { data?: T | null; errors?: GraphQLFormattedError[] };
}

describe.each(BACKENDS)("sends whose outcome is lost, on %s", (backend) => {
  let db: TestDatabase;
  const upstream = new FlakyUpstream();
  let gateway: RunningGateway;
  beforeAll(async () => {
    db = sharedDatabase(backend);
    gateway = await startGatewayAt(await upstream.listen(), db.database);
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
    await db.drop();
  });
  afterEach(() => {
    upstream.mode = "ok";
  });

  const textInput = () => ({
    idempotencyKey: randomUUID(),
    destinations: [{ messageId: randomUUID(), to: { phoneNumber: "41793026727" } }],
    text: "Your code is 4711",
  });

  it.each<SendMode>(["reset", "502", "hang"])(
    "after %s, answers outcome UNKNOWN and a retry with the key does not send again",
    async (mode) => {
      upstream.mode = mode;
      const input = textInput();
      const sendsBefore = upstream.sends;

      const first = await execute(gateway, SendTextDocument, { input });
      const unknown = {
        code: "UPSTREAM_UNAVAILABLE",
        outcome: "UNKNOWN",
        reference: [input.destinations[0]!.messageId],
      };
      expect(first.errors![0]!.extensions).toEqual(unknown);

      upstream.mode = "ok";
      const retried = await execute(gateway, SendTextDocument, { input });
      expect(retried.errors![0]!.extensions).toEqual(unknown);
      expect(upstream.sends - sendsBefore).toBe(1);
    },
  );
});

describe.each(BACKENDS)("a send that never left, on %s", (backend) => {
  let db: TestDatabase;
  let upstream: FlakyUpstream;
  let gateway: RunningGateway;
  let port: number;
  beforeAll(async () => {
    db = sharedDatabase(backend);
    // A port that was just free, so connecting to it is refused until the upstream listens. On a
    // loopback address of its own: other test files bind 127.0.0.1 and could take the port meanwhile.
    upstream = new FlakyUpstream(OWN_LOOPBACK);
    port = await upstream.listen();
    await upstream.close();
    gateway = await startGatewayAt(port, db.database, OWN_LOOPBACK);
  });
  afterAll(async () => {
    await gateway.close();
    await upstream.close();
    await db.drop();
  });

  it("frees the key when the connection was refused, so the retry sends", async () => {
    const input = {
      idempotencyKey: randomUUID(),
      applicationCode: "app",
      destinations: [{ externalUserId: "customer_1" }],
      text: "Your order shipped",
    };
    const refused = await execute(gateway, SendPushDocument, { input });
    expect(refused.errors![0]!.extensions).toMatchObject({ code: "UPSTREAM_UNAVAILABLE" });
    expect(refused.errors![0]!.extensions!.outcome).toBeUndefined();

    await upstream.listen(port);
    const retried = await execute(gateway, SendPushDocument, { input });
    expect(retried.errors).toBeUndefined();
    expect(retried.data!.sendPush.messages.map((m) => m.messageId)).toEqual(["push-1"]);
    expect(upstream.sends).toBe(1);
  });
});
