import type { Pool } from "undici";
import type { QuotaLimits } from "../../domain/quota.js";
import type { OmniAuth } from "../../omni/auth.js";
import type { Database } from "../../store/Database.js";
import { IdempotencyStore } from "../../store/IdempotencyStore.js";
import { createUpstreamPool, OmniClient, type UpstreamCall } from "../../omni/OmniClient.js";
import { withScenarioCache } from "../../omni/scenarioCache.js";
import { ReportIntake } from "../../intake/ReportIntake.js";
import { SqlReportStore, type SavedReports } from "../../store/reports/SqlReportStore.js";

/** What the gateway needs to serve one tenant: its upstream account and its budget. */
export interface TenantOptions {
  id: string;
  upstream: { baseUrl: string; auth: OmniAuth };
  webhookSecret?: string;
  /**
   * Where the tenant's upstream reaches this gateway's webhook: with it (and a webhook secret),
   * sends ask OMNI to call back there. "self" is this gateway's own listening address, right
   * only for the embedded sandbox.
   */
  webhookPublicUrl?: string;
  quotas: QuotaLimits;
}

/** What the gateway watches of one tenant's upstream calls and stored reports (metrics). */
export interface TenantObservers {
  onUpstreamCall?: (call: UpstreamCall) => void;
  onReportsSaved?: (saved: SavedReports) => void;
}

/** How every tenant reaches its upstream. */
export interface UpstreamSettings {
  timeoutMs: number;
  connections: number;
  /** How long a tenant reuses the scenarios it read; unset or 0: every read goes upstream. */
  scenarioCacheTtlMs?: number;
}

/** One tenant's services: its OMNI client, its rows of the store, its report intake. */
export interface Tenant {
  readonly id: string;
  readonly client: OmniClient;
  readonly reports: SqlReportStore;
  readonly intake: ReportIntake;
  readonly keys: IdempotencyStore;
  readonly quotas: QuotaLimits;
  readonly webhookSecret?: string;
  readonly webhookPublicUrl?: string;
}

/**
 * Every configured tenant, by id. Tenants on the same upstream origin share one connection pool
 * (one per origin, however many accounts), and each has its own client, so one tenant's failing
 * credentials or throttled account never opens the circuit breaker for another, and its own
 * scenario cache, so no tenant ever reads another's scenarios.
 */
export class Tenants {
  private readonly byId = new Map<string, Tenant>();
  private readonly pools = new Map<string, Pool>();

  constructor(
    options: readonly TenantOptions[],
    db: Database,
    { scenarioCacheTtlMs = 0, ...upstream }: UpstreamSettings,
    onIntakeError: (tenant: string, error: unknown) => void,
    observersOf: (tenant: string) => TenantObservers = () => ({}),
  ) {
    for (const tenant of options) {
      const origin = new URL(tenant.upstream.baseUrl).origin;
      let pool = this.pools.get(origin);
      if (!pool) {
        pool = createUpstreamPool(origin, upstream);
        this.pools.set(origin, pool);
      }
      const observers = observersOf(tenant.id);
      const client = withScenarioCache(
        new OmniClient({ ...tenant.upstream, ...upstream, pool, onCall: observers.onUpstreamCall }),
        { ttlMs: scenarioCacheTtlMs },
      );
      const reports = new SqlReportStore(db, tenant.id, observers.onReportsSaved);
      this.byId.set(tenant.id, {
        id: tenant.id,
        client,
        reports,
        intake: new ReportIntake(client, reports, (error) => onIntakeError(tenant.id, error)),
        keys: new IdempotencyStore(db, tenant.id),
        quotas: tenant.quotas,
        webhookSecret: tenant.webhookSecret,
        webhookPublicUrl: tenant.webhookPublicUrl,
      });
    }
  }

  get(id: string): Tenant | undefined {
    return this.byId.get(id);
  }

  all(): Tenant[] {
    return [...this.byId.values()];
  }

  async close(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
  }
}
