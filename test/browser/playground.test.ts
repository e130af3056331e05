import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../support/browser.js";
import { startStack, type Stack } from "../support/stack.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
/** Kept after the run for people to look at; never compared pixel by pixel. */
const ARTIFACTS = path.join(ROOT, "test-results/playground");
const PUSH_APP_CODE = "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53";

let built: string;
let stack: Stack;
let browser: Browser;
let page: Page;
/** Every request and websocket the page opened, to hold it to the gateway's origin. */
const reached: string[] = [];

beforeAll(async () => {
  built = await mkdtemp(path.join(tmpdir(), "playground-"));
  await promisify(execFile)(process.execPath, [path.join(ROOT, "web/build.mjs"), built]);
  await mkdir(ARTIFACTS, { recursive: true });
  // As `npm start` runs it: the sandbox calls the gateway's webhook, which feeds the subscription.
  stack = await startStack({
    playground: { dir: built },
    webhook: { secret: "playground-webhook-secret-0123", publicUrl: "self" },
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  // Inside the test's own timeout, so a missing element fails with what was awaited.
  page.setDefaultTimeout(8_000);
  page.on("request", (request) => reached.push(request.url()));
  page.on("websocket", (socket) => reached.push(socket.url()));
  await page.goto(`${stack.gateway.url}/playground/`);
});

afterAll(async () => {
  await browser?.close();
  await stack?.close();
  if (built) await rm(built, { recursive: true, force: true });
});

async function createScenario(name: string, steps: [string, string][]) {
  await page.getByRole("button", { name: "New scenario" }).click();
  await page.getByLabel("Name", { exact: true }).fill(name);
  for (const [index, [channel, from]] of steps.entries()) {
    if (index > 0) await page.getByRole("button", { name: "Add step" }).click();
    await page.getByLabel(`Step ${index + 1} channel`).selectOption(channel);
    await page.getByLabel(`Step ${index + 1} sender`).fill(from);
  }
  await page.getByRole("button", { name: "Save scenario" }).click();
  await page.getByRole("button", { name: new RegExp(`^${name}`), pressed: true }).waitFor();
}

async function advanceClock(amount: string, unit: string) {
  await page.getByLabel("Advance by").fill(amount);
  await page.getByLabel("Unit").selectOption(unit);
  await page.getByRole("button", { name: "Advance", exact: true }).click();
}

/** The attempts of the newest send's message, as the table shows them, once `done` holds. */
async function attemptsOnceFinal(count: number): Promise<string[]> {
  const rows = page.getByTestId("send").first().getByTestId("attempt");
  await rows.nth(count - 1).waitFor();
  const message = page.getByTestId("send").first().getByTestId("message");
  await message.locator(".status.outcome-delivered").waitFor();
  return rows.allInnerTexts();
}

describe("the failover playground", () => {
  it("plays the documented PUSH → SMS example by clicking and typing", async () => {
    await createScenario("PUSH then SMS", [
      ["PUSH", PUSH_APP_CODE],
      ["SMS", "InfoSMS"],
    ]);
    await page.getByLabel("Destinations").fill("41793026800");
    await page.getByLabel("PUSH text").fill("This PUSH message will pop up on your mobile device.");
    await page.getByLabel("SMS text").fill("This is the SMS failover message");
    await expect
      .poll(() => page.getByTestId("sms-preview").innerText())
      .toBe("1 part · GSM7 · 128 characters left");

    await page.getByRole("button", { name: "Show plan" }).click();
    const plan = page.getByTestId("plan").first();
    await plan.waitFor();
    expect(await plan.locator(".plan-steps li").allInnerTexts()).toEqual([
      expect.stringMatching(/^PUSH from 233623e3.*: starts by \+0 s, gives up at \+/),
      expect.stringMatching(/^SMS from InfoSMS: starts by \+.* · 1 SMS part, GSM7$/),
    ]);

    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByTestId("send").first().waitFor();
    await advanceClock("5", "seconds");

    const attempts = await attemptsOnceFinal(2);
    expect(attempts[0]).toMatch(/^1\tPUSH\tUNDELIVERABLE · .*\t.+\t.*\t.*\t/);
    expect(attempts[1]).toMatch(
      /^2\tSMS\tDELIVERED · DELIVERED_TO_HANDSET\t–\t.*\t2 s\t0\.01 EUR$/,
    );
    await page.screenshot({ path: path.join(ARTIFACTS, "push-sms.png"), fullPage: true });
  });

  it("shows a Viber step waiting out its validity period before SMS delivers", async () => {
    const contact = page.getByRole("form", { name: "Set a contact's reachability" });
    await contact.getByLabel("Phone number").fill("41793026801");
    await contact.getByLabel("Channel").selectOption("VIBER");
    await contact.getByLabel("Reach").selectOption("OFFLINE");
    await contact.getByRole("button", { name: "Save contact" }).click();
    await page.getByRole("cell", { name: "41793026801" }).waitFor();

    await createScenario("Viber then SMS", [
      ["VIBER", "DemoCompany"],
      ["SMS", "InfoSMS"],
    ]);
    await page.getByLabel("Destinations").fill("41793026801");
    await page.getByLabel("VIBER text").fill("Your parcel is on its way.");
    await page.getByLabel("VIBER validity (seconds)").fill("60");
    await page.getByLabel("SMS text").fill("Your parcel is on its way.");
    await page.getByRole("button", { name: "Show plan" }).click();
    await expect
      .poll(() => page.getByTestId("plan").first().locator(".plan-steps li").first().innerText())
      .toMatch(/^VIBER from DemoCompany: starts by \+0 s, gives up at \+1 min \(validity 1 min\)$/);

    await page.getByRole("button", { name: "Send", exact: true }).click();
    await page.getByTestId("send").first().waitFor();
    await advanceClock("90", "seconds");

    const attempts = await attemptsOnceFinal(2);
    expect(attempts[0]).toMatch(/^1\tVIBER\tEXPIRED · .*\t.*\t.*\t1 min\t/);
    expect(attempts[1]).toMatch(/^2\tSMS\tDELIVERED · .*\t0\.01 EUR$/);
    await page.screenshot({ path: path.join(ARTIFACTS, "viber-sms.png"), fullPage: true });
  });

  it("reaches nothing outside the gateway's origin", () => {
    const origin = new URL(stack.gateway.url);
    expect(reached.length).toBeGreaterThan(5);
    for (const url of reached) expect(new URL(url).host, url).toBe(origin.host);
  });
});
