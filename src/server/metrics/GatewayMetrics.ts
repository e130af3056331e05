import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";
import type { QuotaWindow } from "../../domain/quota.js";
import type { Queryable } from "../../store/Database.js";
import type { IdempotencyOutcome } from "../../graphql/idempotency/idempotent.js";
import type { UpstreamCall } from "../../omni/OmniClient.js";
import { newestReportTimes } from "../../store/reports/newestReports.js";
import type { SavedReports } from "../../store/reports/SqlReportStore.js";
import type { WebhookOutcome } from "../webhook/reportsWebhook.js";

/** What a GraphQL request is counted by: never its operation name, which callers choose freely. */
export interface GraphQLRequestLabels {
  /** `query`, `mutation`, `subscription`, or `unknown` when it failed before that was known. */
  operationType: string;
  /** `extensions.code` of the answer's first error, `none` without errors. */
  errorCode: string;
}

/** The hooks of one tenant's services, each counting into this gateway's registry. */
export interface TenantMetrics {
  onUpstreamCall(call: UpstreamCall): void;
  onReportsSaved(saved: SavedReports): void;
  onReconciled(messages: number): void;
  onIdempotency(outcome: IdempotencyOutcome): void;
  onQuotaRefused(window: QuotaWindow): void;
}

/** What scrape-time gauges read: each tenant's breaker, and the report store. */
export interface WatchedTenants {
  tenants: readonly { id: string; client: { readonly circuitOpen: boolean } }[];
  db: Queryable;
}

/** A scrape must answer while the database does not; the lag is left out then. */
const SCRAPE_QUERY_MS = 2_000;

/**
 * One gateway's metrics, in a registry of its own: tests run several gateways in one process,
 * and each must expose only its own counts. Label values come from closed sets (route templates,
 * status codes, error codes, configured tenants), so no caller can mint a new time series.
 */
export class GatewayMetrics {
  readonly registry = new Registry();
  private watched: WatchedTenants | undefined;

  private readonly graphqlRequests = new Counter({
    name: "graphql_request_total",
    help: "GraphQL requests over HTTP, by operation type and the first error's code.",
    labelNames: ["operation_type", "error_code"] as const,
    registers: [this.registry],
  });
  private readonly graphqlDuration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Time from a GraphQL request's start to its answer, for requests that reached the GraphQL pipeline.",
    labelNames: ["operation_type", "error_code"] as const,
    registers: [this.registry],
  });
  private readonly upstreamRequests = new Counter({
    name: "omni_upstream_requests_total",
    help: "Calls to OMNI, each attempt counted, by tenant, method, route template and status (HTTP status, timeout, connection or circuit_open).",
    labelNames: ["tenant", "method", "route", "status"] as const,
    registers: [this.registry],
  });
  private readonly upstreamDuration = new Histogram({
    name: "omni_upstream_request_duration_seconds",
    help: "Time from sending a call to OMNI to its whole answer read, by tenant, method, route template and status.",
    labelNames: ["tenant", "method", "route", "status"] as const,
    registers: [this.registry],
  });
  private readonly reportsStored = new Counter({
    name: "omni_reports_stored_total",
    help: "Delivery reports newly stored, by tenant and source (poll, webhook, logs).",
    labelNames: ["tenant", "source"] as const,
    registers: [this.registry],
  });
  private readonly reportsQuarantined = new Counter({
    name: "omni_reports_quarantined_total",
    help: "Delivery reports that could not be stored and went into the quarantine, by tenant and source.",
    labelNames: ["tenant", "source"] as const,
    registers: [this.registry],
  });
  private readonly messagesReconciled = new Counter({
    name: "omni_messages_reconciled_total",
    help: "Messages whose final status was stored from OMNI's logs because their report never came, by tenant.",
    labelNames: ["tenant"] as const,
    registers: [this.registry],
  });
  private readonly webhookRequests = new Counter({
    name: "omni_webhook_requests_total",
    help: "Delivery-report webhook calls, by tenant (unknown when the path names none) and outcome.",
    labelNames: ["tenant", "outcome"] as const,
    registers: [this.registry],
  });
  private readonly idempotentSends = new Counter({
    name: "omni_idempotent_sends_total",
    help: "Sends carrying an idempotency key, by tenant and what became of the key.",
    labelNames: ["tenant", "outcome"] as const,
    registers: [this.registry],
  });
  private readonly quotaRefusals = new Counter({
    name: "omni_quota_refusals_total",
    help: "Sends refused by the tenant's quota, by tenant and the window that refused them.",
    labelNames: ["tenant", "window"] as const,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const watchedTenants = () => this.watched?.tenants ?? [];
    new Gauge({
      name: "omni_upstream_circuit_open",
      help: "1 while the tenant's circuit breaker to OMNI is open (calls refused without being sent), else 0.",
      labelNames: ["tenant"] as const,
      registers: [this.registry],
      collect() {
        for (const { id, client } of watchedTenants())
          this.set({ tenant: id }, +client.circuitOpen);
      },
    });
    const readNewest = () => this.newestReports();
    new Gauge({
      name: "omni_report_intake_lag_seconds",
      help: "Now minus the time (OMNI's doneAt) of the tenant's newest stored report; absent while it has none or the database does not answer.",
      labelNames: ["tenant"] as const,
      registers: [this.registry],
      async collect() {
        this.reset();
        const newest = await readNewest();
        const now = Date.now();
        for (const [tenant, doneAt] of newest) {
          // An upstream clock ahead of ours would read as a negative lag.
          this.set({ tenant }, Math.max(0, (now - doneAt.getTime()) / 1000));
        }
      },
    });
  }

  /** The tenants and store the scrape-time gauges read, known once the tenants are built. */
  watch(watched: WatchedTenants): void {
    this.watched = watched;
  }

  graphqlRequest({ operationType, errorCode }: GraphQLRequestLabels, seconds?: number): void {
    const labels = { operation_type: operationType, error_code: errorCode };
    this.graphqlRequests.inc(labels);
    if (seconds !== undefined) this.graphqlDuration.observe(labels, seconds);
  }

  webhook(outcome: WebhookOutcome, tenant: string | undefined): void {
    this.webhookRequests.inc({ tenant: tenant ?? "unknown", outcome });
  }

  forTenant(tenant: string): TenantMetrics {
    return {
      onUpstreamCall: ({ method, route, status, seconds }) => {
        const labels = { tenant, method, route, status: String(status) };
        this.upstreamRequests.inc(labels);
        if (seconds !== undefined) this.upstreamDuration.observe(labels, seconds);
      },
      onReportsSaved: ({ source, stored, quarantined }) => {
        if (stored > 0) this.reportsStored.inc({ tenant, source }, stored);
        if (quarantined > 0) this.reportsQuarantined.inc({ tenant, source }, quarantined);
      },
      onReconciled: (messages) => this.messagesReconciled.inc({ tenant }, messages),
      onIdempotency: (outcome) => this.idempotentSends.inc({ tenant, outcome }),
      onQuotaRefused: (window) => this.quotaRefusals.inc({ tenant, window }),
    };
  }

  private async newestReports(): Promise<Map<string, Date>> {
    if (!this.watched) return new Map();
    const { db, tenants } = this.watched;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Map<string, Date>>((resolve) => {
      timer = setTimeout(() => resolve(new Map()), SCRAPE_QUERY_MS);
    });
    try {
      return await Promise.race([
        newestReportTimes(
          db,
          tenants.map(({ id }) => id),
        ),
        late,
      ]);
    } catch {
      return new Map();
    } finally {
      clearTimeout(timer);
    }
  }
}
