import { randomInt, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OMNI_ROUTES, OTHER_ROUTE } from "../../src/omni/routes.js";
import type { RunningGateway } from "../../src/server/startGateway.js";
import {
  CreateScenarioDocument,
  ReportsDocument,
  SendAdvancedDocument,
  SendTextDocument,
} from "../gql/graphql.js";
import {
  labelValues,
  parsePrometheusText,
  sampleValue,
  type MetricFamily,
} from "../support/prometheusText.js";
import { startStack, type Stack } from "../support/stack.js";

const WEBHOOK_SECRET = "metrics-webhook-secret-0123456789";
const PUSH_APP_CODE = "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53";
const QUOTA = 5;

type Scrape = Map<string, MetricFamily>;

/** What the test sent, so no label value may carry any of it. */
const minted: string[] = [];

let stack: Stack;
beforeAll(async () => {
  stack = await startStack({
    metrics: { port: 0 },
    quotas: { messagesPerMinute: QUOTA },
    webhook: { secret: WEBHOOK_SECRET },
  });
});
afterAll(async () => {
  await stack?.close();
});

async function scrape(gateway: RunningGateway = stack.gateway): Promise<Scrape> {
  const response = await fetch(gateway.metricsUrl!);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/plain; version=0.0.4; charset=utf-8");
  return parsePrometheusText(await response.text());
}

/** How much a sample moved between two scrapes; an absent sample counts as 0. */
function moved(before: Scrape, after: Scrape, name: string, labels: Record<string, string>) {
  return (sampleValue(after, name, labels) ?? 0) - (sampleValue(before, name, labels) ?? 0);
}

const mutationOk = { operation_type: "mutation", error_code: "none" };
const advanced200 = {
  tenant: "default",
  method: "POST",
  route: "/omni/1/advanced",
  status: "200",
};

const phoneNumber = () => `4179${randomInt(1_000_000, 9_999_999)}`;

describe("Prometheus metrics on a port of their own", () => {
  let bulkId: string;

  it("count a send: the mutations, and the upstream call with its latency", async () => {
    const before = await scrape();
    const created = await stack.execute(CreateScenarioDocument, {
      input: {
        name: "PUSH then SMS",
        flow: [
          { channel: "PUSH", from: PUSH_APP_CODE },
          { channel: "SMS", from: "InfoSMS" },
        ],
        isDefault: false,
      },
    });
    const scenarioKey = created.data!.createScenario.key;
    const sent = await stack.execute(SendAdvancedDocument, {
      input: {
        scenarioKey,
        destinations: [
          { to: { phoneNumber: phoneNumber() } },
          { to: { phoneNumber: phoneNumber() } },
        ],
        push: { text: "Your parcel is on its way." },
        sms: { text: "Your parcel is on its way." },
      },
    });
    expect(sent.errors).toBeUndefined();
    bulkId = sent.data!.sendAdvanced.bulkId!;
    minted.push(scenarioKey, bulkId, ...sent.data!.sendAdvanced.messages.map((m) => m.messageId));

    const after = await scrape();
    expect(moved(before, after, "graphql_request_total", mutationOk)).toBe(2);
    expect(moved(before, after, "graphql_request_duration_seconds_count", mutationOk)).toBe(2);
    expect(moved(before, after, "omni_upstream_requests_total", advanced200)).toBe(1);
    expect(moved(before, after, "omni_upstream_request_duration_seconds_count", advanced200)).toBe(
      1,
    );
    expect(
      moved(before, after, "omni_upstream_requests_total", {
        ...advanced200,
        route: "/omni/1/scenarios",
        status: "201",
      }),
    ).toBe(1);
    expect(sampleValue(after, "omni_upstream_circuit_open", { tenant: "default" })).toBe(0);
    // The process's own metrics come along.
    expect(sampleValue(after, "process_cpu_user_seconds_total")).toBeGreaterThan(0);
    expect(after.get("nodejs_eventloop_lag_seconds")?.type).toBe("gauge");
  });

  it("count reports as they are stored, and show the intake lag once there is one", async () => {
    const before = await scrape();
    expect(sampleValue(before, "omni_report_intake_lag_seconds", { tenant: "default" })).toBe(
      undefined,
    );
    await stack.advanceClock(60_000);
    const reports = await stack.execute(ReportsDocument, { filter: { bulkId } });
    // Each message: PUSH undeliverable, then SMS delivered.
    expect(reports.data!.reports).toHaveLength(4);

    const after = await scrape();
    expect(
      moved(before, after, "omni_reports_stored_total", { tenant: "default", source: "poll" }),
    ).toBe(4);
    const lag = sampleValue(after, "omni_report_intake_lag_seconds", { tenant: "default" });
    expect(lag).toBeGreaterThanOrEqual(0);
    expect(lag).toBeLessThan(3_600);
    expect(
      moved(before, after, "omni_upstream_requests_total", {
        tenant: "default",
        method: "GET",
        route: "/omni/1/reports",
        status: "200",
      }),
    ).toBeGreaterThanOrEqual(1);
  });

  it("count refusals by error code: over the quota, bad input, unparsable", async () => {
    const before = await scrape();
    const tooMany = await stack.execute(SendTextDocument, {
      input: {
        destinations: Array.from({ length: QUOTA + 1 }, () => ({
          to: { phoneNumber: phoneNumber() },
        })),
        text: "Hello",
      },
    });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe("RATE_LIMITED");
    const badInput = await stack.execute(SendTextDocument, {
      input: { destinations: [{ to: { phoneNumber: phoneNumber() } }], text: "" },
    });
    expect(badInput.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    const unparsable = await stack.post({ query: "mutation {" });
    expect(unparsable.status).toBe(400);

    const after = await scrape();
    const refused = (code: string, type = "mutation") =>
      moved(before, after, "graphql_request_total", { operation_type: type, error_code: code });
    expect(refused("RATE_LIMITED")).toBe(1);
    expect(refused("BAD_USER_INPUT")).toBe(1);
    expect(refused("GRAPHQL_PARSE_FAILED", "unknown")).toBe(1);
    expect(
      moved(before, after, "omni_quota_refusals_total", {
        tenant: "default",
        window: "messagesPerMinute",
      }),
    ).toBe(1);
    // Neither refused send left the gateway.
    expect(
      moved(before, after, "omni_upstream_requests_total", {
        ...advanced200,
        route: "/omni/1/text",
      }),
    ).toBe(0);
  });

  it("count idempotency outcomes and webhook refusals, the secret and the body", async () => {
    const before = await scrape();
    const idempotencyKey = randomUUID();
    const input = {
      destinations: [{ to: { phoneNumber: phoneNumber() } }],
      text: "Hi",
      idempotencyKey,
    };
    const first = await stack.execute(SendTextDocument, { input });
    const again = await stack.execute(SendTextDocument, { input });
    expect(again.data).toEqual(first.data);
    minted.push(idempotencyKey, ...first.data!.sendText.messages.map((m) => m.messageId));
    const wrongSecret = await fetch(`${stack.gateway.webhookUrl}?secret=not-the-secret`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ results: [] }),
    });
    expect(wrongSecret.status).toBe(401);
    const notJson = await fetch(`${stack.gateway.webhookUrl}?secret=${WEBHOOK_SECRET}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: '{"results": [',
    });
    expect(notJson.status).toBe(400);

    const after = await scrape();
    const keyed = (outcome: string) =>
      moved(before, after, "omni_idempotent_sends_total", { tenant: "default", outcome });
    expect(keyed("new")).toBe(1);
    expect(keyed("replayed")).toBe(1);
    expect(
      moved(before, after, "omni_webhook_requests_total", {
        tenant: "default",
        outcome: "refused_secret",
      }),
    ).toBe(1);
    expect(
      moved(before, after, "omni_webhook_requests_total", {
        tenant: "default",
        outcome: "malformed",
      }),
    ).toBe(1);
  });

  it("are not served on the GraphQL port, and the metrics port serves nothing else", async () => {
    expect((await fetch(`${stack.gateway.url}/metrics`)).status).toBe(404);
    const metricsOrigin = new URL(stack.gateway.metricsUrl!).origin;
    expect(new URL(stack.gateway.metricsUrl!).port).not.toBe(new URL(stack.gateway.url).port);
    expect((await fetch(`${metricsOrigin}/graphql`)).status).toBe(404);
    expect((await fetch(stack.gateway.metricsUrl!, { method: "POST" })).status).toBe(405);
  });

  it("carry no scenario key, message id or query string in any label", async () => {
    const values = labelValues(await scrape());
    expect(minted.length).toBeGreaterThan(4);
    for (const value of values) {
      for (const id of minted) expect(value).not.toContain(id);
      expect(value).not.toMatch(/[?&=]/);
    }
    const routes = new Set<string>([...OMNI_ROUTES, OTHER_ROUTE]);
    const scraped = await scrape();
    for (const name of ["omni_upstream_requests_total", "omni_upstream_request_duration_seconds"]) {
      for (const sample of scraped.get(name)!.samples) {
        expect(routes).toContain(sample.labels.route);
        expect(sample.labels.status).toMatch(/^(\d{3}|timeout|connection|circuit_open)$/);
      }
    }
  });

  it("belong to one gateway each, though two run in this process", async () => {
    const replica = await stack.startReplica();
    expect(replica.metricsUrl).not.toBe(stack.gateway.metricsUrl);
    const mainBefore = await scrape();
    const replicaBefore = await scrape(replica);
    expect(sampleValue(replicaBefore, "graphql_request_total", mutationOk)).toBe(undefined);

    const sent = await stack.executeOn(replica, SendTextDocument, {
      input: { destinations: [{ to: { phoneNumber: phoneNumber() } }], text: "Hi" },
    });
    expect(sent.errors).toBeUndefined();

    expect(moved(replicaBefore, await scrape(replica), "graphql_request_total", mutationOk)).toBe(
      1,
    );
    expect(moved(mainBefore, await scrape(), "graphql_request_total", mutationOk)).toBe(0);
  });
});

describe("the exposition-format reader the tests use", () => {
  it.each([
    ["no final newline", "up 1"],
    ["an unterminated label value", 'up{job="a} 1\n'],
    ["an unknown escape", 'up{job="\\t"} 1\n'],
    ["a bad value", "up one\n"],
    ["a second TYPE", "# TYPE up gauge\nup 1\n# TYPE up gauge\n"],
    ["a repeated sample", 'up{a="1"} 1\nup{a="1"} 2\n'],
    ["interleaved families", "a 1\nb 1\na 2\n"],
    ["a histogram without +Inf", '# TYPE h histogram\nh_bucket{le="1"} 1\nh_sum 1\nh_count 1\n'],
  ])("refuses %s", (_, text) => {
    expect(() => parsePrometheusText(text)).toThrow();
  });

  it("reads a well-formed exposition", () => {
    const text =
      "# HELP h A histogram.\n# TYPE h histogram\n" +
      'h_bucket{le="0.1",x="a\\"b"} 1\nh_bucket{le="+Inf",x="a\\"b"} 2\n' +
      'h_sum{x="a\\"b"} 0.3\nh_count{x="a\\"b"} 2\n';
    const families = parsePrometheusText(text);
    expect(sampleValue(families, "h_count", { x: 'a"b' })).toBe(2);
    expect(families.get("h")?.help).toBe("A histogram.");
  });
});
