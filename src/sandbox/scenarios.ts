import { randomBytes } from "node:crypto";
import { z } from "zod";
import { CHANNELS } from "../domain/channel.js";
import { nonEmpty, recordOrEmpty, validated } from "./validation.js";
import type { Scenario, Step } from "./wire.js";

export interface ScenarioInput {
  name?: string;
  flow: Step[];
  default: boolean;
}

const stepSchema = z.object(
  {
    from: z.string({ error: "must be a string" }).optional(),
    channel: z.enum(CHANNELS, {
      error: (issue) =>
        issue.input == null ? "must not be null" : `must be one of ${CHANNELS.join(", ")}`,
    }),
  },
  { error: "must be an object" },
);

/**
 * A create/update body. Only the product's channel set is accepted (see domain/channel.ts), so
 * LINE or WHATSAPP steps from the current OpenAPI enum are rejected. `defaultScenario` is
 * tolerated as an alias of `default` because the legacy generated clients serialised the field
 * under that name.
 */
const scenarioInputSchema = z.preprocess(
  (body) => {
    const input = recordOrEmpty(body);
    return { ...input, default: input.default ?? input.defaultScenario };
  },
  z
    .object({
      name: z.string({ error: "must be a string" }).optional(),
      default: z.boolean({ error: "must be a boolean" }).optional(),
      flow: nonEmpty(z.array(stepSchema, { error: "must not be empty" })),
    })
    .transform(({ name, flow, default: isDefault }): ScenarioInput => ({
      ...(name !== undefined ? { name } : {}),
      flow,
      default: isDefault === true,
    })),
);

export function parseScenarioInput(body: unknown): ScenarioInput {
  return validated(scenarioInputSchema, body);
}

/** Infobip's keys are 32 uppercase hex characters. */
export function newScenarioKey(): string {
  return randomBytes(16).toString("hex").toUpperCase();
}

/** Scenarios in creation order; at most one is the default. */
export class ScenarioStore {
  private readonly byKey = new Map<string, Scenario>();

  list(filter: { isDefault?: boolean; limit: number; page: number }): Scenario[] {
    const all = [...this.byKey.values()].filter(
      (s) => filter.isDefault === undefined || s.default === filter.isDefault,
    );
    return all.slice(filter.page * filter.limit, (filter.page + 1) * filter.limit);
  }

  get(key: string): Scenario | undefined {
    return this.byKey.get(key);
  }

  getDefault(): Scenario | undefined {
    for (const scenario of this.byKey.values()) if (scenario.default) return scenario;
    return undefined;
  }

  create(input: ScenarioInput, key: string = newScenarioKey()): Scenario {
    return this.put(key, input);
  }

  /** Full replacement. The scenario object is replaced, not mutated, so sends already in flight keep the flow they started with. */
  replace(key: string, input: ScenarioInput): Scenario | undefined {
    return this.byKey.has(key) ? this.put(key, input) : undefined;
  }

  clear(): void {
    this.byKey.clear();
  }

  private put(key: string, input: ScenarioInput): Scenario {
    if (input.default) {
      for (const [otherKey, other] of this.byKey) {
        if (other.default && otherKey !== key)
          this.byKey.set(otherKey, { ...other, default: false });
      }
    }
    const scenario: Scenario = { key, ...input };
    this.byKey.set(key, scenario);
    return scenario;
  }
}
