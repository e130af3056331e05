import { PGlite } from "@electric-sql/pglite";
import type { Database, Queryable } from "./Database.js";

/**
 * How embedded PGlite runs: its defaults, and a 16 MB buffer cache instead of PostgreSQL's
 * 128 MB. One process is its only client and its tables are small, so the cache mostly held
 * memory; it takes a reused data folder from ~360 to ~200 MB resident. Given on the command
 * line, not written into the folder's postgresql.conf (PGlite's `postgresqlconf` replaces it).
 */
const START_PARAMS = [...PGlite.defaultStartParams, "-c", "shared_buffers=16MB"];

/**
 * Embedded Postgres: in memory without `dataDir`, otherwise files under it. One connection, so
 * transactions queue behind each other, which is what a single embedded process wants.
 * `template` (a dumped data directory) skips initdb, which takes seconds.
 */
export async function openPglite(
  schema: string,
  dataDir?: string,
  template?: Blob,
): Promise<Database> {
  const db = await PGlite.create({
    startParams: START_PARAMS,
    ...(dataDir && { dataDir }),
    ...(template && { loadDataDir: template }),
  });
  await db.exec(`CREATE SCHEMA IF NOT EXISTS ${schema}; SET search_path TO ${schema}`);
  const run =
    (target: Pick<PGlite, "query">) =>
    async <R>(sql: string, params?: readonly unknown[]): Promise<R[]> =>
      (await target.query<R>(sql, params ? [...params] : undefined)).rows;
  return {
    namespace: schema,
    query: run(db),
    transaction: (work) => db.transaction((tx) => work({ query: run(tx) } satisfies Queryable)),
    listen: (channel, onPayload) => db.listen(channel, onPayload),
    close: () => db.close(),
  };
}

/**
 * A fresh data directory, dumped: what initdb makes, which every new data folder can start from
 * instead of running initdb again (seconds, and several hundred MB that stay resident).
 */
export async function dumpFreshPglite(): Promise<Blob> {
  const db = await PGlite.create({ startParams: START_PARAMS });
  try {
    return await db.dumpDataDir("gzip");
  } finally {
    await db.close();
  }
}
