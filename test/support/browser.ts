import { accessSync, constants } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { chromium, type Browser } from "playwright-core";

/** Debian's Chromium (`apt-get install chromium`), as `.ci/run` installs it. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/**
 * A headless Chromium with a fresh profile (Playwright's own temporary user-data dir, removed on
 * close) that reaches for nothing beyond this machine. A missing Chromium fails the test with how
 * to install it, never skips it: a browser test that does not run proves nothing.
 */
export async function launchChromium(): Promise<Browser> {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(
      `The browser tests need Chromium at ${CHROMIUM_PATH}: apt-get install chromium (then npm run test:browser).`,
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    timeout: 30_000,
    args: [
      // Containers and CI runners rarely allow the sandbox's namespaces, and have no GPU.
      "--no-sandbox",
      "--disable-gpu",
      // The network is closed: no QUIC probes, update checks, sync or first-run pages.
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

export interface ServedPage {
  /** The page's origin, e.g. `http://127.0.0.1:41234`; the page itself is at `${origin}/`. */
  origin: string;
  close(): Promise<void>;
}

/** One HTML page at `/` of its own origin on a random loopback port; anything else is a 404. */
export async function servePage(html: string): Promise<ServedPage> {
  const server = createServer((req, res) => {
    if (req.method !== "GET" || req.url !== "/") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
