import {
  __name
} from "./chunk-SHUYVCID.js";

// dist/server/metrics/GatewayMetrics.js
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from "prom-client";

// dist/store/reports/newestReports.js
async function newestReportTimes(db, tenants) {
  const rows = await db.query(`SELECT t.tenant,
       extract(epoch FROM (SELECT max(done_at) FROM reports r WHERE r.tenant = t.tenant))::float8
         AS newest
     FROM jsonb_array_elements_text($1::jsonb) AS t(tenant)`, [JSON.stringify(tenants)]);
  return new Map(rows.flatMap(({ tenant, newest }) => newest === null ? [] : [[tenant, new Date(newest * 1e3)]]));
}
__name(newestReportTimes, "newestReportTimes");

// dist/server/metrics/GatewayMetrics.js
var SCRAPE_QUERY_MS = 2e3;
var GatewayMetrics = class {
  static {
    __name(this, "GatewayMetrics");
  }
  registry = new Registry();
  watched;
  graphqlRequests = new Counter({
    name: "graphql_request_total",
    help: "GraphQL requests over HTTP, by operation type and the first error's code.",
    labelNames: ["operation_type", "error_code"],
    registers: [this.registry]
  });
  graphqlDuration = new Histogram({
    name: "graphql_request_duration_seconds",
    help: "Time from a GraphQL request's start to its answer, for requests that reached the GraphQL pipeline.",
    labelNames: ["operation_type", "error_code"],
    registers: [this.registry]
  });
  upstreamRequests = new Counter({
    name: "omni_upstream_requests_total",
    help: "Calls to OMNI, each attempt counted, by tenant, method, route template and status (HTTP status, timeout, connection or circuit_open).",
    labelNames: ["tenant", "method", "route", "status"],
    registers: [this.registry]
  });
  upstreamDuration = new Histogram({
    name: "omni_upstream_request_duration_seconds",
    help: "Time from sending a call to OMNI to its whole answer read, by tenant, method, route template and status.",
    labelNames: ["tenant", "method", "route", "status"],
    registers: [this.registry]
  });
  reportsStored = new Counter({
    name: "omni_reports_stored_total",
    help: "Delivery reports newly stored, by tenant and source (poll, webhook, logs).",
    labelNames: ["tenant", "source"],
    registers: [this.registry]
  });
  reportsQuarantined = new Counter({
    name: "omni_reports_quarantined_total",
    help: "Delivery reports that could not be stored and went into the quarantine, by tenant and source.",
    labelNames: ["tenant", "source"],
    registers: [this.registry]
  });
  messagesReconciled = new Counter({
    name: "omni_messages_reconciled_total",
    help: "Messages whose final status was stored from OMNI's logs because their report never came, by tenant.",
    labelNames: ["tenant"],
    registers: [this.registry]
  });
  webhookRequests = new Counter({
    name: "omni_webhook_requests_total",
    help: "Delivery-report webhook calls, by tenant (unknown when the path names none) and outcome.",
    labelNames: ["tenant", "outcome"],
    registers: [this.registry]
  });
  idempotentSends = new Counter({
    name: "omni_idempotent_sends_total",
    help: "Sends carrying an idempotency key, by tenant and what became of the key.",
    labelNames: ["tenant", "outcome"],
    registers: [this.registry]
  });
  quotaRefusals = new Counter({
    name: "omni_quota_refusals_total",
    help: "Sends refused by the tenant's quota, by tenant and the window that refused them.",
    labelNames: ["tenant", "window"],
    registers: [this.registry]
  });
  constructor() {
    collectDefaultMetrics({ register: this.registry });
    const watchedTenants = /* @__PURE__ */ __name(() => this.watched?.tenants ?? [], "watchedTenants");
    new Gauge({
      name: "omni_upstream_circuit_open",
      help: "1 while the tenant's circuit breaker to OMNI is open (calls refused without being sent), else 0.",
      labelNames: ["tenant"],
      registers: [this.registry],
      collect() {
        for (const { id, client } of watchedTenants())
          this.set({ tenant: id }, +client.circuitOpen);
      }
    });
    const readNewest = /* @__PURE__ */ __name(() => this.newestReports(), "readNewest");
    new Gauge({
      name: "omni_report_intake_lag_seconds",
      help: "Now minus the time (OMNI's doneAt) of the tenant's newest stored report; absent while it has none or the database does not answer.",
      labelNames: ["tenant"],
      registers: [this.registry],
      async collect() {
        this.reset();
        const newest = await readNewest();
        const now = Date.now();
        for (const [tenant, doneAt] of newest) {
          this.set({ tenant }, Math.max(0, (now - doneAt.getTime()) / 1e3));
        }
      }
    });
  }
  /** The tenants and store the scrape-time gauges read, known once the tenants are built. */
  watch(watched) {
    this.watched = watched;
  }
  graphqlRequest({ operationType, errorCode }, seconds) {
    const labels = { operation_type: operationType, error_code: errorCode };
    this.graphqlRequests.inc(labels);
    if (seconds !== void 0)
      this.graphqlDuration.observe(labels, seconds);
  }
  webhook(outcome, tenant) {
    this.webhookRequests.inc({ tenant: tenant ?? "unknown", outcome });
  }
  forTenant(tenant) {
    return {
      onUpstreamCall: /* @__PURE__ */ __name(({ method, route, status, seconds }) => {
        const labels = { tenant, method, route, status: String(status) };
        this.upstreamRequests.inc(labels);
        if (seconds !== void 0)
          this.upstreamDuration.observe(labels, seconds);
      }, "onUpstreamCall"),
      onReportsSaved: /* @__PURE__ */ __name(({ source, stored, quarantined }) => {
        if (stored > 0)
          this.reportsStored.inc({ tenant, source }, stored);
        if (quarantined > 0)
          this.reportsQuarantined.inc({ tenant, source }, quarantined);
      }, "onReportsSaved"),
      onReconciled: /* @__PURE__ */ __name((messages) => this.messagesReconciled.inc({ tenant }, messages), "onReconciled"),
      onIdempotency: /* @__PURE__ */ __name((outcome) => this.idempotentSends.inc({ tenant, outcome }), "onIdempotency"),
      onQuotaRefused: /* @__PURE__ */ __name((window) => this.quotaRefusals.inc({ tenant, window }), "onQuotaRefused")
    };
  }
  async newestReports() {
    if (!this.watched)
      return /* @__PURE__ */ new Map();
    const { db, tenants } = this.watched;
    let timer;
    const late = new Promise((resolve) => {
      timer = setTimeout(() => resolve(/* @__PURE__ */ new Map()), SCRAPE_QUERY_MS);
    });
    try {
      return await Promise.race([
        newestReportTimes(db, tenants.map(({ id }) => id)),
        late
      ]);
    } catch {
      return /* @__PURE__ */ new Map();
    } finally {
      clearTimeout(timer);
    }
  }
};
export {
  GatewayMetrics
};
