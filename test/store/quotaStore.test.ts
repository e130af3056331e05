import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  secondsUntilReset,
  WINDOW_SECONDS,
  windowEnd,
  windowStart,
  type QuotaDecision,
  type QuotaWindow,
} from "../../src/domain/quota.js";
import type { Database } from "../../src/store/Database.js";
import { QuotaStore } from "../../src/store/QuotaStore.js";
import { openDatabase, type DatabaseSettings } from "../../src/store/openDatabase.js";
import { BACKENDS, sharedDatabase, type TestDatabase } from "../support/databases.js";
import { pgliteTemplate } from "../support/pgliteTemplate.js";

const newTenant = () => `tenant-${randomUUID()}`;

async function databaseNow(db: Database): Promise<Date> {
  const [row] = await db.query<{ now: Date | string }>("SELECT now() AS now");
  return new Date(row!.now);
}

async function insertUsage(
  db: Database,
  tenant: string,
  quota: string,
  start: Date,
  used: number,
): Promise<void> {
  await db.query(
    "INSERT INTO quota_usage (tenant, quota, window_start, used) VALUES ($1, $2, $3::timestamptz, $4)",
    [tenant, quota, start.toISOString(), used],
  );
}

/**
 * Uses up `window` for `tenant` now and in the next windows too, so that a boundary passing
 * during the test still finds it full.
 */
async function fill(db: Database, tenant: string, window: QuotaWindow, used: number) {
  const start = windowStart(window, await databaseNow(db)).getTime();
  for (let i = 0; i < 5; i++) {
    await insertUsage(
      db,
      tenant,
      window,
      new Date(start + i * WINDOW_SECONDS[window] * 1000),
      used,
    );
  }
}

async function usedOf(store: QuotaStore, tenant: string, window: QuotaWindow): Promise<number> {
  const [usage] = await store.usage(tenant, { [window]: 1_000_000 });
  return usage!.used;
}

/**
 * Runs `work` for a fresh tenant until the database clock stays in one `window` throughout, so
 * exact counts hold without waiting for a boundary to pass. A burst takes well under a second,
 * so a second run is rare and a third rarer still.
 */
async function inOneWindow<T>(
  db: Database,
  window: QuotaWindow,
  work: (tenant: string) => Promise<T>,
): Promise<{ result: T; before: Date; after: Date }> {
  for (let run = 0; run < 5; run++) {
    const before = await databaseNow(db);
    const result = await work(newTenant());
    const after = await databaseNow(db);
    if (windowStart(window, before).getTime() === windowStart(window, after).getTime()) {
      return { result, before, after };
    }
  }
  throw new Error(`every run crossed a ${window} boundary`);
}

type Refusal = Extract<QuotaDecision, { allowed: false }>;

const refusals = (decisions: QuotaDecision[]) => decisions.filter((d): d is Refusal => !d.allowed);

function refused(decision: QuotaDecision): Refusal {
  if (decision.allowed) throw new Error("expected a refusal, the send was allowed");
  return decision;
}

describe.each(BACKENDS)("quota store on %s", (backend) => {
  let testDb: TestDatabase | undefined;
  // Two replicas: on PostgreSQL, two pools of their own on one schema, as two processes would
  // have; PGlite is one embedded connection, which both share.
  let replicas: [Database, Database];
  let stores: [QuotaStore, QuotaStore];
  let db: Database;
  let store: QuotaStore;

  beforeAll(async () => {
    const onError = () => undefined;
    if (backend === "postgres") {
      testDb = sharedDatabase(backend);
      const settings = testDb.database as DatabaseSettings;
      const first = await openDatabase(settings, onError);
      replicas = [first, await openDatabase(settings, onError)];
    } else {
      const only = await openDatabase({ pgliteTemplate: await pgliteTemplate() }, onError);
      replicas = [only, only];
    }
    stores = [new QuotaStore(replicas[0]), new QuotaStore(replicas[1])];
    [db] = replicas;
    [store] = stores;
  });
  afterAll(async () => {
    await Promise.all([...new Set(replicas)].map((r) => r.close()));
    await testDb?.drop();
  });

  it("lets exactly 50 of 100 concurrent sends through, spread over two replicas", async () => {
    const limits = { messagesPerMinute: 50 };
    const { result, after } = await inOneWindow(db, "messagesPerMinute", async (tenant) => {
      const decisions = await Promise.all(
        Array.from({ length: 100 }, (_, i) => stores[i % 2]!.consume(tenant, limits, 1)),
      );
      return { tenant, decisions, usage: await store.usage(tenant, limits) };
    });
    expect(result.decisions.filter((d) => d.allowed)).toHaveLength(50);
    for (const refusal of refusals(result.decisions)) {
      expect(refusal).toMatchObject({ window: "messagesPerMinute", limit: 50 });
      expect(refusal.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      expect(refusal.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    expect(result.usage).toEqual([
      {
        window: "messagesPerMinute",
        limit: 50,
        used: 50,
        remaining: 0,
        resetsAt: windowEnd("messagesPerMinute", after),
      },
    ]);
  });

  it("charges all windows of concurrent sends together, without deadlocks", async () => {
    const limits = { messagesPerDay: 70, messagesPerMinute: 50, sendRequestsPerSecond: 1000 };
    const { result } = await inOneWindow(db, "messagesPerMinute", async (tenant) => {
      const decisions = await Promise.all(
        Array.from({ length: 100 }, (_, i) => stores[i % 2]!.consume(tenant, limits, 1)),
      );
      return { decisions, day: await usedOf(store, tenant, "messagesPerDay") };
    });
    expect(result.decisions.filter((d) => d.allowed)).toHaveLength(50);
    expect(result.day).toBe(50);
  });

  it("charges no window when a later one is full: a full minute leaves the day as it was", async () => {
    const tenant = newTenant();
    await fill(db, tenant, "messagesPerMinute", 50);
    const decision = await stores[1].consume(
      tenant,
      { messagesPerDay: 1000, messagesPerMinute: 50 },
      1,
    );
    expect(decision).toMatchObject({ allowed: false, window: "messagesPerMinute", limit: 50 });
    // The day row was charged first, in lock order, and rolled back with the refusal.
    expect(await usedOf(store, tenant, "messagesPerDay")).toBe(0);
  });

  it("charges no window when one is full: a full day leaves the minute as it was", async () => {
    const tenant = newTenant();
    await fill(db, tenant, "messagesPerDay", 100);
    const decision = await store.consume(tenant, { messagesPerDay: 100, messagesPerMinute: 50 }, 1);
    expect(decision).toMatchObject({ allowed: false, window: "messagesPerDay", limit: 100 });
    expect(refused(decision).retryAfterSeconds).toBeLessThanOrEqual(WINDOW_SECONDS.messagesPerDay);
    expect(await usedOf(store, tenant, "messagesPerMinute")).toBe(0);
  });

  it("refuses a send over the request rate without charging its messages", async () => {
    const tenant = newTenant();
    await fill(db, tenant, "sendRequestsPerSecond", 2);
    const decision = await store.consume(
      tenant,
      { messagesPerDay: 1000, messagesPerMinute: 100, sendRequestsPerSecond: 2 },
      10,
    );
    expect(decision).toEqual({
      allowed: false,
      window: "sendRequestsPerSecond",
      limit: 2,
      retryAfterSeconds: 1,
    });
    expect(await usedOf(store, tenant, "messagesPerDay")).toBe(0);
    expect(await usedOf(store, tenant, "messagesPerMinute")).toBe(0);
  });

  it("names the window that resets last when several are full", async () => {
    const tenant = newTenant();
    await fill(db, tenant, "messagesPerMinute", 50);
    await fill(db, tenant, "messagesPerDay", 100);
    const decision = await store.consume(tenant, { messagesPerDay: 100, messagesPerMinute: 50 }, 1);
    expect(decision).toMatchObject({ allowed: false, window: "messagesPerDay" });
  });

  it("says a send larger than the whole limit can never pass, and charges nothing", async () => {
    const tenant = newTenant();
    const limits = { messagesPerDay: 1000, messagesPerMinute: 50 };
    expect(await store.consume(tenant, limits, 51)).toEqual({
      allowed: false,
      window: "messagesPerMinute",
      limit: 50,
      never: true,
    });
    expect((await store.usage(tenant, limits)).map((u) => u.used)).toEqual([0, 0]);
  });

  it("answers the seconds until the full window resets on the database clock", async () => {
    const { result, before, after } = await inOneWindow(db, "messagesPerMinute", async (tenant) => {
      await fill(db, tenant, "messagesPerMinute", 50);
      return store.consume(tenant, { messagesPerMinute: 50 }, 1);
    });
    const { retryAfterSeconds } = refused(result);
    expect(retryAfterSeconds).toBeGreaterThanOrEqual(secondsUntilReset("messagesPerMinute", after));
    expect(retryAfterSeconds).toBeLessThanOrEqual(secondsUntilReset("messagesPerMinute", before));
  });

  it("keeps tenants apart", async () => {
    const full = newTenant();
    await fill(db, full, "messagesPerMinute", 50);
    const { result } = await inOneWindow(db, "messagesPerMinute", async (other) => ({
      other: await stores[1].consume(other, { messagesPerMinute: 50 }, 50),
      full: await stores[0].consume(full, { messagesPerMinute: 50 }, 1),
      otherUsed: await usedOf(store, other, "messagesPerMinute"),
    }));
    expect(result.other).toEqual({ allowed: true });
    expect(result.full).toMatchObject({ allowed: false, window: "messagesPerMinute" });
    expect(result.otherUsed).toBe(50);
  });

  it("starts each window afresh: a full previous minute does not count", async () => {
    const { result } = await inOneWindow(db, "messagesPerMinute", async (tenant) => {
      const start = windowStart("messagesPerMinute", await databaseNow(db)).getTime();
      await insertUsage(db, tenant, "messagesPerMinute", new Date(start - 60_000), 50);
      return {
        decision: await store.consume(tenant, { messagesPerMinute: 50 }, 50),
        used: await usedOf(store, tenant, "messagesPerMinute"),
      };
    });
    expect(result).toEqual({ decision: { allowed: true }, used: 50 });
  });

  it("reports used, remaining and reset time for each configured window", async () => {
    const limits = { messagesPerDay: 100, messagesPerMinute: 10, sendRequestsPerSecond: 5 };
    const { result, after } = await inOneWindow(db, "sendRequestsPerSecond", async (tenant) => {
      await store.consume(tenant, limits, 3);
      await stores[1].consume(tenant, limits, 4);
      return store.usage(tenant, limits);
    });
    expect(result).toEqual([
      {
        window: "messagesPerDay",
        limit: 100,
        used: 7,
        remaining: 93,
        resetsAt: windowEnd("messagesPerDay", after),
      },
      {
        window: "messagesPerMinute",
        limit: 10,
        used: 7,
        remaining: 3,
        resetsAt: windowEnd("messagesPerMinute", after),
      },
      {
        window: "sendRequestsPerSecond",
        limit: 5,
        used: 2,
        remaining: 3,
        resetsAt: windowEnd("sendRequestsPerSecond", after),
      },
    ]);
    expect(await store.usage(newTenant(), {})).toEqual([]);
  });

  it("sweeps each window once it is over, by its own length", async () => {
    const { result } = await inOneWindow(db, "messagesPerMinute", async (tenant) => {
      const now = await databaseNow(db);
      const ago = (ms: number) => new Date(now.getTime() - ms);
      const minute = windowStart("messagesPerMinute", now);
      const day = windowStart("messagesPerDay", now);
      await insertUsage(db, tenant, "messagesPerMinute", minute, 1);
      await insertUsage(db, tenant, "messagesPerMinute", ago(120_000), 1);
      await insertUsage(
        db,
        tenant,
        "sendRequestsPerSecond",
        windowStart("sendRequestsPerSecond", ago(5_000)),
        1,
      );
      await insertUsage(db, tenant, "messagesPerDay", day, 1);
      await insertUsage(db, tenant, "messagesPerDay", new Date(day.getTime() - 86_400_000), 1);
      await insertUsage(db, tenant, "retiredQuota", ago(3_600_000), 1);
      await insertUsage(db, tenant, "retiredQuota", ago(2 * 86_400_000), 1);
      const swept = await stores[1].deleteExpired();
      const left = await db.query<{ quota: string; window_start: Date }>(
        "SELECT quota, window_start FROM quota_usage WHERE tenant = $1 ORDER BY quota, window_start",
        [tenant],
      );
      return { swept, left, minute, day, hourAgo: ago(3_600_000) };
    });
    expect(result.swept).toBeGreaterThanOrEqual(4);
    expect(result.left.map((r) => [r.quota, new Date(r.window_start)])).toEqual([
      ["messagesPerDay", result.day],
      ["messagesPerMinute", result.minute],
      ["retiredQuota", result.hourAgo],
    ]);
  });
});
