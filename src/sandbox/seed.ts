import { readFile } from "node:fs/promises";
import { z } from "zod";
import { CHANNELS } from "../domain/channel.js";
import { contactInputSchema } from "./contacts.js";

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
  })
  .refine((seed) => (seed.scenarios ?? []).filter((s) => s.default).length <= 1, {
    message: "at most one scenario can be the default",
    path: ["scenarios"],
  });

export type SandboxSeed = z.infer<typeof sandboxSeedSchema>;

/** One SMS scenario, so a send without scenarioKey works at once, and two demo contacts. */
export const DEFAULT_SEED: SandboxSeed = {
  scenarios: [{ name: "Default SMS", flow: [{ from: "InfoSMS", channel: "SMS" }], default: true }],
  contacts: [
    { phoneNumber: "41793026727", channels: { PUSH: "ONLINE" } },
    { phoneNumber: "41793026731", channels: { VKONTAKTE: "OFFLINE" } },
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
