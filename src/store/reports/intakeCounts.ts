import type { Queryable } from "../Database.js";

/** What `/health` shows of each tenant's report intake. */
export interface IntakeCounts {
  /** Reports that could not be stored and wait in the quarantine. */
  quarantined: number;
  /** Messages whose final status (or part of it) was stored from OMNI's logs. */
  reconciled: number;
}

/** The counts of every tenant given, zero for one with nothing to count. */
export async function intakeCounts(
  db: Queryable,
  tenants: readonly string[],
): Promise<Record<string, IntakeCounts>> {
  const served = JSON.stringify(tenants);
  const [quarantined, reconciled] = await Promise.all([
    db.query<{ tenant: string; n: number }>(
      `SELECT tenant, count(*)::int AS n FROM report_quarantine
       WHERE tenant IN (SELECT jsonb_array_elements_text($1::jsonb)) GROUP BY tenant`,
      [served],
    ),
    db.query<{ tenant: string; n: number }>(
      `SELECT tenant, count(*)::int AS n FROM message_states
       WHERE reconciled_at IS NOT NULL AND tenant IN (SELECT jsonb_array_elements_text($1::jsonb))
       GROUP BY tenant`,
      [served],
    ),
  ]);
  const count = (rows: { tenant: string; n: number }[], tenant: string) =>
    rows.find((row) => row.tenant === tenant)?.n ?? 0;
  return Object.fromEntries(
    tenants.map((tenant) => [
      tenant,
      { quarantined: count(quarantined, tenant), reconciled: count(reconciled, tenant) },
    ]),
  );
}

/** A health probe must answer even while the database does not. */
const HEALTH_QUERY_MS = 2_000;

/** The counts for `/health`, or "unavailable" when the database does not answer in time. */
export async function intakeHealth(
  db: Queryable,
  tenants: readonly string[],
): Promise<Record<string, IntakeCounts> | "unavailable"> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<"unavailable">((resolve) => {
    timer = setTimeout(() => resolve("unavailable"), HEALTH_QUERY_MS);
  });
  try {
    return await Promise.race([intakeCounts(db, tenants), late]);
  } catch {
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}
