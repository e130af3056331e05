import { performance } from "node:perf_hooks";
import { OmniHttpError } from "./errors.js";
import type { OmniClient } from "./OmniClient.js";
import type { WireScenario } from "./wire.js";

export interface ScenarioCacheOptions {
  /**
   * How long an answer is reused, counted from when it was asked of OMNI (so nothing is older
   * than this, however slow the read); 0 or less: no cache, the client as it is.
   */
  ttlMs: number;
  /** The most answers kept, least recently used dropped first. */
  maxEntries?: number;
  /** Milliseconds on a clock that never goes back. */
  now?: () => number;
}

const DEFAULT_MAX_ENTRIES = 1_000;
/**
 * OMNI's keys are 32 characters. A longer one (a federation reference may carry anything) is
 * read every time, so the cache's memory is bounded by entries × this, not by callers.
 */
const MAX_CACHED_KEY_LENGTH = 64;
const DEFAULT_SLOT = "default";
const keySlot = (key: string) => `key:${key}`;

/** What OMNI answered: a value, or that it knows no such scenario (which is an answer too). */
type Answer = { found: unknown } | { missing: OmniHttpError };

interface Entry {
  answer: Answer;
  expiresAt: number;
}

/**
 * One tenant's scenarios (by key) and its default-scenario lookup, as OMNI last answered them.
 * Any scenario write drops everything: making one scenario the default changes `default` on
 * another, and a write whose answer was lost may still have been made.
 */
class ScenarioCache {
  private readonly entries = new Map<string, Entry>();
  private readonly reading = new Map<string, Promise<Answer>>();
  /** Moves on each write, so a read that began before it never stores what it saw. */
  private generation = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number,
  ) {}

  fresh(slot: string): Answer | undefined {
    const entry = this.entries.get(slot);
    if (!entry) return undefined;
    this.entries.delete(slot);
    if (entry.expiresAt <= this.now()) return undefined;
    this.entries.set(slot, entry);
    return entry.answer;
  }

  /** A fresh answer, or the one already being read, or a new read, stored when it succeeds. */
  read(slot: string, load: () => Promise<Answer>): Promise<Answer> {
    const hit = this.fresh(slot);
    if (hit) return Promise.resolve(hit);
    const pending = this.reading.get(slot);
    if (pending) return pending;
    const generation = this.generation;
    const askedAt = this.now();
    const reading: Promise<Answer> = Promise.resolve()
      .then(load)
      .then((answer) => {
        const frozen = freezeAnswer(answer);
        if (generation === this.generation) this.keep(slot, frozen, askedAt + this.ttlMs);
        return frozen;
      })
      .finally(() => {
        if (this.reading.get(slot) === reading) this.reading.delete(slot);
      });
    this.reading.set(slot, reading);
    return reading;
  }

  forget(): void {
    this.generation += 1;
    this.entries.clear();
    this.reading.clear();
  }

  private keep(slot: string, answer: Answer, expiresAt: number): void {
    if (expiresAt <= this.now()) return;
    this.entries.delete(slot);
    this.entries.set(slot, { answer, expiresAt });
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
  }
}

interface Layer {
  /** The client under the cache: what a miss calls. */
  below: OmniClient;
  cache: ScenarioCache;
}

const layers = new WeakMap<OmniClient, Layer>();

/**
 * The client, with its scenario reads (by key, and the default lookup) answered from what OMNI
 * said at most `ttlMs` ago. Concurrent misses make one call; failures other than "no such
 * scenario" are not kept; `createScenario` and `updateScenario` drop every answer when they end,
 * answered or not. Answers are frozen: one request cannot change what another reads. Each call
 * makes a cache of its own: one per tenant client, never shared.
 */
export function withScenarioCache(client: OmniClient, options: ScenarioCacheOptions): OmniClient {
  if (options.ttlMs <= 0) return client;
  const cache = new ScenarioCache(
    options.ttlMs,
    options.maxEntries ?? DEFAULT_MAX_ENTRIES,
    options.now ?? (() => performance.now()),
  );
  return answering(readingThrough(client, cache), cache);
}

/**
 * `wrap` applied under the client's scenario cache, sharing it: what wraps there sees only the
 * calls the cache did not answer. On a client without one, `wrap(client)`.
 */
export function beneathScenarioCache(
  client: OmniClient,
  wrap: (below: OmniClient) => OmniClient,
): OmniClient {
  const layer = layers.get(client);
  return layer ? answering(wrap(layer.below), layer.cache) : wrap(client);
}

/** The top: fresh answers at once, everything else to `below`. */
function answering(below: OmniClient, cache: ScenarioCache): OmniClient {
  const answer = <T>(slot: string | undefined, call: () => Promise<T>): Promise<T> => {
    const hit = slot === undefined ? undefined : cache.fresh(slot);
    return hit ? Promise.resolve().then(() => replay<T>(hit)) : call();
  };
  const top = delegating(below, {
    getScenario: (key) => answer(slotOfKey(key), () => below.getScenario(key)),
    listScenarios: (query) => answer(slotOfList(query), () => below.listScenarios(query)),
  });
  layers.set(top, { below, cache });
  return top;
}

/** The bottom: one read per miss, kept; scenario writes drop what is kept. */
function readingThrough(upstream: OmniClient, cache: ScenarioCache): OmniClient {
  const forgetAfter = <T>(write: Promise<T>) => write.finally(() => cache.forget());
  return delegating(upstream, {
    getScenario: (key) => {
      const slot = slotOfKey(key);
      if (slot === undefined) return upstream.getScenario(key);
      return cache.read(slot, () => lookUp(upstream, key)).then((a) => replay<WireScenario>(a));
    },
    listScenarios: (query) => {
      const slot = slotOfList(query);
      if (slot === undefined) return upstream.listScenarios(query);
      return cache
        .read(slot, () => upstream.listScenarios(query).then((found) => ({ found })))
        .then((a) => replay<WireScenario[]>(a));
    },
    createScenario: (body) => forgetAfter(upstream.createScenario(body)),
    updateScenario: (key, body) => forgetAfter(upstream.updateScenario(key, body)),
  });
}

/** `target` with `methods` in place of its own; its other members bound to it. */
function delegating(target: OmniClient, methods: Partial<OmniClient>): OmniClient {
  return new Proxy(target, {
    get(client, property) {
      if (Object.hasOwn(methods, property)) return Reflect.get(methods, property) as unknown;
      const value: unknown = Reflect.get(client, property, client);
      return typeof value === "function" ? (value as () => unknown).bind(client) : value;
    },
  });
}

function slotOfKey(key: string): string | undefined {
  return key.length <= MAX_CACHED_KEY_LENGTH ? keySlot(key) : undefined;
}

/** Only the default lookup (loaders.ts `defaultScenario`) is kept, not pages of the list. */
function slotOfList(query: Parameters<OmniClient["listScenarios"]>[0]): string | undefined {
  if (!query) return undefined;
  const { isDefault, limit, page } = query;
  return isDefault === true && limit === 1 && !page ? DEFAULT_SLOT : undefined;
}

async function lookUp(upstream: OmniClient, key: string): Promise<Answer> {
  try {
    return { found: await upstream.getScenario(key) };
  } catch (error) {
    if (error instanceof OmniHttpError && error.status === 404) return { missing: error };
    throw error;
  }
}

/**
 * The answer as the client gave it: the value (of the type its slot holds), or a 404 of the
 * caller's own to catch.
 */
function replay<T>(answer: Answer): T {
  if ("found" in answer) return answer.found as T;
  const { status, messageId, text, validationErrors, retryAfterSeconds } = answer.missing;
  throw new OmniHttpError(status, messageId, text, validationErrors, retryAfterSeconds);
}

function freezeAnswer(answer: Answer): Answer {
  return "found" in answer ? Object.freeze({ found: deepFreeze(answer.found) }) : answer;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const member of Object.values(value)) deepFreeze(member);
  }
  return value;
}
