import { randomBytes, randomInt } from "node:crypto";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { BulkStatsDocument, ReportsDocument, SendTextDocument } from "../gql/graphql.js";
import { startSandbox } from "../../src/sandbox/index.js";
import { builtGateway, startGatewayProcess, type GatewayProcess } from "../support/builtGateway.js";
import { cuttableTcpProxy } from "../support/cuttableTcpProxy.js";
import { BACKENDS, sharedDatabase } from "../support/databases.js";
import { eventually } from "../support/eventually.js";
import { intakeHealth } from "../support/intakeHealth.js";
import { reportsTap } from "../support/reportsTap.js";
import { startStack, type Stack } from "../support/stack.js";

const phoneNumber = () => `4179${randomInt(1_000_000, 9_999_999)}`;
const destinations = (count: number) =>
  Array.from({ length: count }, () => ({ to: { phoneNumber: phoneNumber() } }));

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { extensions?: { code?: string } }[];
}

async function graphqlAt<T, V>(
  url: string,
  document: TypedDocumentNode<T, V>,
  variables: V,
): Promise<GraphQLAnswer<T>> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query: print(document), variables }),
  });
  return (await response.json()) as GraphQLAnswer<T>;
}

/** Messages of these bulks with a final status in the store, as `bulk` counts them. */
async function finalMessages(
  execute: (
    bulkId: string,
  ) => Promise<GraphQLAnswer<{ bulk?: { byStatus: { status: string; count: number }[] } | null }>>,
  bulkIds: readonly string[],
): Promise<number> {
  let final = 0;
  for (const bulkId of bulkIds) {
    const { data } = await execute(bulkId);
    for (const { status, count } of data?.bulk?.byStatus ?? []) {
      if (status !== "PENDING") final += count;
    }
  }
  return final;
}

describe.each(BACKENDS)("reconciliation from OMNI's logs on %s", (backend) => {
  const reconciling = (afterMs: number) => ({
    intervalMs: 100,
    afterMs,
    graceMs: 600_000,
    leaseMs: 10_000,
  });

  const sendAndDeliver = async (stack: Stack, count: number) => {
    const sent = await stack.execute(SendTextDocument, {
      input: { destinations: destinations(count), text: "Your parcel is on its way." },
    });
    expect(sent.errors).toBeUndefined();
    await stack.advanceClock(60_000);
    return sent.data!.sendText.bulkId!;
  };

  it("finds the final status of every message whose reports answer was dropped: 0 of 50 lost", async () => {
    let drops = 2;
    const tap = reportsTap(() => (drops-- > 0 ? "drop" : "forward"));
    const db = sharedDatabase(backend);
    // A first look an hour after the send: only the lost answers can bring these back in time.
    const stack = await startStack({
      database: db.database,
      between: (url) => tap.start(url),
      reconciliation: reconciling(3_600_000),
    });
    try {
      const before = await intakeHealth(stack.gateway.url);
      const bulkIds: string[] = [];
      for (let page = 0; page < 2; page++) {
        const bulkId = await sendAndDeliver(stack, 25);
        bulkIds.push(bulkId);
        // The read drains the reports: upstream hands the page out, its answer never arrives.
        // The read still answers, from the store, which has none of them.
        const read = await stack.execute(ReportsDocument, { filter: { bulkId, limit: 100 } });
        expect(read).toEqual({ status: 200, data: { reports: [] } });
      }
      expect(tap.counts).toEqual({ handedOut: 50, dropped: 50, droppedPages: 2 });
      expect(await stack.omni("GET", "/omni/1/reports")).toEqual({ results: [] });

      const final = await eventually(
        () => finalMessages((bulkId) => stack.execute(BulkStatsDocument, { bulkId }), bulkIds),
        (count) => count === 50,
      );
      expect(final).toBe(50);
      for (const bulkId of bulkIds) {
        const bulk = await stack.execute(BulkStatsDocument, { bulkId });
        expect(bulk.data!.bulk!.byStatus).toEqual([{ status: "DELIVERED", count: 25 }]);
        const reports = await stack.execute(ReportsDocument, { filter: { bulkId, limit: 100 } });
        expect(reports.data!.reports).toHaveLength(25);
        expect(reports.data!.reports.every((r) => r.price?.currency === "EUR")).toBe(true);
        expect(reports.data!.reports.every((r) => r.error?.name === "NO_ERROR")).toBe(true);
      }
      const after = await intakeHealth(stack.gateway.url);
      expect(after.reconciled - before.reconciled).toBe(50);
    } finally {
      await stack.close();
      await db.drop();
    }
  });

  it("looks up, RECONCILE_AFTER_MS after the send, messages whose reports another client took", async () => {
    const db = sharedDatabase(backend);
    const stack = await startStack({ database: db.database, reconciliation: reconciling(300) });
    try {
      const bulkId = await sendAndDeliver(stack, 20);
      // Another client of the same account drains the fetch-once endpoint: the gateway never
      // hears of these reports, and nothing failed that it could notice.
      const taken = (await stack.omni("GET", "/omni/1/reports")) as { results: unknown[] };
      expect(taken.results).toHaveLength(20);

      const final = await eventually(
        () => finalMessages((id) => stack.execute(BulkStatsDocument, { bulkId: id }), [bulkId]),
        (count) => count === 20,
      );
      expect(final).toBe(20);
    } finally {
      await stack.close();
      await db.drop();
    }
  });
});

const API_KEY = "reconciliation-test-api-key-0123456789";
const CRASH = "PostgreSQL down and a kill -9 of the gateway holding a page";

const graphqlUrlOf = (gateway: GatewayProcess) =>
  /GraphQL[^\n]*?(http:\/\/\S+)/.exec(gateway.output())![1]!;

async function withPostgres<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

describe.runIf(process.env.DATABASE_URL)(CRASH, () => {
  // Compiled once, as `npm start` runs it: the test kills a process of its own.
  beforeAll(() => builtGateway().then(() => undefined), 120_000);

  it("loses none of 50 final statuses once a new process reconciles", async () => {
    const databaseUrl = new URL(process.env.DATABASE_URL!);
    const sandbox = await startSandbox({
      port: 0,
      credentials: { apiKeys: [API_KEY] },
      clockSpeed: 0,
    });
    const database = await cuttableTcpProxy(databaseUrl.hostname, Number(databaseUrl.port || 5432));
    // The database goes away just as upstream hands the page out.
    let cutAtNextPage = false;
    const tap = reportsTap(() => {
      if (cutAtNextPage) {
        cutAtNextPage = false;
        database.cut();
      }
      return "forward";
    });
    const middle = await tap.start(sandbox.url);
    const schema = `t_${randomBytes(6).toString("hex")}`;
    const throughProxy = new URL(databaseUrl);
    throughProxy.host = `127.0.0.1:${database.port}`;
    const env = {
      PORT: "0",
      OMNI_BASE_URL: middle.url,
      OMNI_API_KEY: API_KEY,
      DATABASE_URL: throughProxy.toString(),
      DATABASE_SCHEMA: schema,
      REPORTS_POLL_INTERVAL_MS: "100",
      RECONCILE_INTERVAL_MS: "200",
      RECONCILE_AFTER_MS: "1000",
      RECONCILE_LEASE_MS: "2000",
    };
    const gateways: GatewayProcess[] = [];
    try {
      const first = await startGatewayProcess(env);
      gateways.push(first);
      const sent = await graphqlAt(graphqlUrlOf(first), SendTextDocument, {
        input: { destinations: destinations(50), text: "Your parcel is on its way." },
      });
      expect(sent.errors).toBeUndefined();
      const bulkId = sent.data!.sendText.bulkId!;

      cutAtNextPage = true;
      await fetch(`${sandbox.url}/sandbox/clock/advance`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ms: 60_000 }),
      });
      // The poller took the page and could not store it; then the process dies, page and all.
      const failed = await eventually(
        async () => first.output().includes("report intake failed"),
        (seen) => seen,
        { timeoutMs: 10_000 },
      );
      expect(failed).toBe(true);
      first.child.kill("SIGKILL");
      expect(await first.exited).toBe("SIGKILL");

      // Upstream handed all 50 out and will not again; the store holds none of them.
      expect(tap.counts.handedOut).toBe(50);
      const upstream = await fetch(`${sandbox.url}/omni/1/reports`, {
        headers: { authorization: `App ${API_KEY}` },
      });
      expect(await upstream.json()).toEqual({ results: [] });
      database.restore();
      const stored = await withPostgres(
        async (client) =>
          (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${schema}.reports`))
            .rows[0]!.n,
      );
      expect(stored).toBe(0);

      const second = await startGatewayProcess(env);
      gateways.push(second);
      const url = graphqlUrlOf(second);
      const final = await eventually(
        () => finalMessages((id) => graphqlAt(url, BulkStatsDocument, { bulkId: id }), [bulkId]),
        (count) => count === 50,
        { timeoutMs: 30_000 },
      );
      expect(final).toBe(50);
      const bulk = await graphqlAt(url, BulkStatsDocument, { bulkId });
      expect(bulk.data!.bulk!.byStatus).toEqual([{ status: "DELIVERED", count: 50 }]);
      expect(await intakeHealth(new URL(url).origin)).toEqual({ quarantined: 0, reconciled: 50 });
    } finally {
      for (const gateway of gateways) {
        gateway.child.kill("SIGKILL");
        await gateway.exited;
      }
      await middle.close();
      await database.close();
      await sandbox.close();
      await withPostgres((client) => client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`));
    }
  }, 60_000);
});
