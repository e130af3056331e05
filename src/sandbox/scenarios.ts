import { randomBytes } from "node:crypto";
import { CHANNELS, isChannel } from "../domain/channel.js";
import { Issues } from "./errors.js";
import type { Scenario, Step } from "./wire.js";

export interface ScenarioInput {
  name?: string;
  flow: Step[];
  default: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Validates a create/update body. Only the product's channel set is accepted (see
 * domain/channel.ts), so LINE or WHATSAPP steps from the current OpenAPI enum are rejected.
 * `defaultScenario` is tolerated as an alias of `default` because the legacy generated clients
 * serialised the field under that name.
 */
export function parseScenarioInput(body: unknown): ScenarioInput {
  const issues = new Issues();
  if (!isRecord(body)) {
    issues.add("flow", "must not be empty");
    issues.throwIfAny();
  }
  const input = body as Record<string, unknown>;
  if (input.name !== undefined && typeof input.name !== "string") {
    issues.add("name", "must be a string");
  }
  const isDefault = input.default ?? input.defaultScenario;
  if (isDefault !== undefined && typeof isDefault !== "boolean") {
    issues.add("default", "must be a boolean");
  }
  const flow: Step[] = [];
  if (!Array.isArray(input.flow) || input.flow.length === 0) {
    issues.add("flow", "must not be empty");
  } else {
    input.flow.forEach((raw: unknown, i) => {
      if (!isRecord(raw)) return issues.add(`flow[${i}]`, "must be an object");
      if (raw.from !== undefined && typeof raw.from !== "string") {
        issues.add(`flow[${i}].from`, "must be a string");
      }
      if (raw.channel === undefined || raw.channel === null) {
        issues.add(`flow[${i}].channel`, "must not be null");
      } else if (!isChannel(raw.channel)) {
        issues.add(`flow[${i}].channel`, `must be one of ${CHANNELS.join(", ")}`);
      } else {
        flow.push({
          ...(typeof raw.from === "string" ? { from: raw.from } : {}),
          channel: raw.channel,
        });
      }
    });
  }
  issues.throwIfAny();
  return {
    ...(typeof input.name === "string" ? { name: input.name } : {}),
    flow,
    default: isDefault === true,
  };
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
