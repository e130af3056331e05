import { PGlite } from "@electric-sql/pglite";
import type { Database, Queryable } from "./Database.js";

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
