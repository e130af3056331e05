import { readFile } from "node:fs/promises";
import { z } from "zod";
import { CHANNELS } from "../domain/channel.js";
import { contactInputSchema } from "./contacts.js";
import { deviceSeedSchema } from "./devices.js";

const stepSchema = z.object({
  from: z.string().optional(),
  channel: z.enum(CHANNELS),
});

const scenarioSeedSchema = z.object({
  key: z.string().min(1).optional(),
  name: z.string(),
  flow: z.array(stepSchema).min(1),
  default: z.boolean().optional(),
});

export const sandboxSeedSchema = z
  .object({
    scenarios: z.array(scenarioSeedSchema).optional(),
    contacts: z.array(contactInputSchema).optional(),
    devices: z.array(deviceSeedSchema).optional(),
  })
  .refine((seed) => (seed.scenarios ?? []).filter((s) => s.default).length <= 1, {
    message: "at most one scenario can be the default",
    path: ["scenarios"],
  });

// Input type: seeds may leave out what has a default (a device is ONLINE unless it says otherwise).
export type SandboxSeed = z.input<typeof sandboxSeedSchema>;

/** The application code of the docs' PUSH-SMS example, which the demo devices belong to. */
export const DEMO_APPLICATION_CODE =
  "233623e3c860b49ec69a464834343481-8bj4el4a-256d-23fd-56ad-b5bc3d568b53";

/**
 * One SMS scenario, so a send without scenarioKey works at once, a demo contact, and the push
 * installations of 41793026727 (a primary iPhone and an Android tablet). 41793026800, the README's
 * number, has none, so its PUSH step fails over.
 */
export const DEFAULT_SEED: SandboxSeed = {
  scenarios: [{ name: "Default SMS", flow: [{ from: "InfoSMS", channel: "SMS" }], default: true }],
  contacts: [{ phoneNumber: "41793026731", channels: { VKONTAKTE: "OFFLINE" } }],
  devices: [
    {
      pushRegistrationId: "DBE0B0B6-668E-491E-8EE8-2A3DB2C71CBE",
      applicationCode: DEMO_APPLICATION_CODE,
      primary: true,
      phoneNumber: "41793026727",
      externalUserId: "customer_21234",
      platform: "iOS",
      deviceManufacturer: "Apple",
      deviceModel: "iPhone 15",
      osLanguage: "en",
    },
    {
      pushRegistrationId: "6F1C2A3D-0B9E-4C47-9A51-3E8D7B2F4C10",
      applicationCode: DEMO_APPLICATION_CODE,
      phoneNumber: "41793026727",
      externalUserId: "customer_21234",
      platform: "Android",
      deviceManufacturer: "Samsung",
      deviceModel: "Galaxy Tab S9",
      osLanguage: "en",
    },
  ],
};

export function parseSeed(value: unknown, source = "seed"): SandboxSeed {
  const result = sandboxSeedSchema.safeParse(value);
  if (!result.success) {
    throw new Error(`Invalid sandbox ${source}:\n${z.prettifyError(result.error)}`);
  }
  return result.data;
}

export async function loadSeedFile(path: string): Promise<SandboxSeed> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new Error(`Cannot read sandbox seed file ${path}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`Sandbox seed file ${path} is not JSON: ${(error as Error).message}`);
  }
  return parseSeed(json, `seed file ${path}`);
}
