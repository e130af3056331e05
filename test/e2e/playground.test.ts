import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtGateway, startGatewayProcess, type GatewayProcess } from "../support/builtGateway.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let dataDir: string;
const running: GatewayProcess[] = [];

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "playground-http-"));
  // Where `npm run build` puts the page: beside the bundled gateway.js.
  const gateway = await builtGateway();
  await promisify(execFile)(process.execPath, [
    path.join(ROOT, "web/build.mjs"),
    path.join(path.dirname(gateway), "playground"),
  ]);
}, 120_000);

afterAll(async () => {
  for (const gateway of running) {
    gateway.child.kill("SIGINT");
    await gateway.exited;
  }
  await rm(dataDir, { recursive: true, force: true });
});

/** The gateway as `npm start` runs it, against its embedded sandbox, and its base URL. */
async function start(env: Record<string, string>): Promise<string> {
  const gateway = await startGatewayProcess({
    PORT: "0",
    SANDBOX_PORT: "0",
    SHUTDOWN_DRAIN_MS: "0",
    DATA_DIR: path.join(dataDir, String(running.length)),
    ...env,
  });
  running.push(gateway);
  return new URL(/GraphQL[^\n]*?(http:\/\/\S+)/.exec(gateway.output())![1]!).origin;
}

describe("/playground", () => {
  it("is off in production unless PLAYGROUND=on", async () => {
    const url = await start({ NODE_ENV: "production" });
    expect((await fetch(`${url}/playground/`)).status).toBe(404);
    expect((await fetch(`${url}/playground/sandbox/clock`)).status).toBe(404);
    const asked = await start({ NODE_ENV: "production", PLAYGROUND: "on" });
    expect((await fetch(`${asked}/playground/`)).status).toBe(200);
  });

  it("is served in development under a Content-Security-Policy that allows only this origin", async () => {
    const url = await start({ NODE_ENV: "development" });
    const page = await fetch(`${url}/playground/`);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const host = new URL(url).host;
    expect(page.headers.get("content-security-policy")).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
        `connect-src 'self' ws://${host} wss://${host}; base-uri 'none'; form-action 'none'; ` +
        "frame-ancestors 'none'",
    );
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(await page.text()).toContain('src="/playground/app.js"');
    const script = await fetch(`${url}/playground/app.js`);
    expect(script.headers.get("content-type")).toBe("text/javascript; charset=utf-8");
    const style = await fetch(`${url}/playground/style.css`);
    expect(style.headers.get("content-type")).toBe("text/css; charset=utf-8");

    // The sandbox's admin routes the page drives, relayed; the others (reset, stats) are not.
    const clock = await fetch(`${url}/playground/sandbox/clock`);
    expect(clock.status).toBe(200);
    expect(await clock.json()).toMatchObject({ speed: 1 });
    expect((await fetch(`${url}/playground/sandbox/reset`, { method: "POST" })).status).toBe(404);
    expect((await fetch(`${url}/playground/sandbox/stats`)).status).toBe(404);
  });
});
