import type { Queryable } from "../Database.js";

/**
 * When each tenant's newest stored report was done (OMNI's `doneAt`), for tenants with any.
 * One index lookup per tenant (reports by tenant and done_at), so it is cheap enough for every
 * scrape however many reports are kept.
 */
export async function newestReportTimes(
  db: Queryable,
  tenants: readonly string[],
): Promise<Map<string, Date>> {
  const rows = await db.query<{ tenant: string; newest: number | null }>(
    `SELECT t.tenant,
       extract(epoch FROM (SELECT max(done_at) FROM reports r WHERE r.tenant = t.tenant))::float8
         AS newest
     FROM jsonb_array_elements_text($1::jsonb) AS t(tenant)`,
    [JSON.stringify(tenants)],
  );
  return new Map(
    rows.flatMap(({ tenant, newest }) =>
      newest === null ? [] : [[tenant, new Date(newest * 1000)] as const],
    ),
  );
}
