import { mayHaveReachedUpstream } from "../../omni/errors.js";
import { DatabaseUnavailableError } from "../../store/Database.js";
import { QuotaExceeded } from "../quota/SendQuota.js";
import {
  IdempotencyKeyInFlight,
  IdempotencyKeyInvalid,
  IdempotencyKeyReused,
  OutcomeUnknown,
} from "./errors.js";
import { fingerprint } from "./fingerprint.js";
import type { IdempotencyStore } from "../../store/IdempotencyStore.js";

export interface IdempotentCall<T> {
  /** The client's key; without one, `run` simply runs. */
  key: string | undefined;
  /** Names the operation, so one key cannot stand for two different operations. */
  operation: string;
  /** What the client asked for, without the key itself; the fingerprint is taken of it. */
  input: unknown;
  /** Ids the gateway chose before sending (message or bulk ids), to reconcile a lost answer. */
  refs: readonly string[];
  run(): Promise<T>;
  /** Looks `refs` up upstream; the result if the first call did happen, undefined if not known. */
  reconcile(refs: readonly string[]): Promise<T | undefined>;
  /** Results are stored as JSON and rebuilt from it. */
  toJson(result: T): unknown;
  fromJson(json: unknown): T;
}

/**
 * What became of a keyed call: run for the first time, answered from its stored result, refused
 * (the key is held for another input, or by a call still running, or is invalid), or a key whose
 * earlier outcome was unknown, now found upstream or still unknown.
 */
export type IdempotencyOutcome =
  "new" | "replayed" | "conflict" | "in_progress" | "invalid" | "reconciled" | "outcome_unknown";

export interface IdempotencyOptions {
  store: IdempotencyStore;
  /** How long a claim may stay unanswered before another call treats its outcome as unknown. */
  leaseMs: number;
  /** Bookkeeping that failed after upstream answered: the caller still gets the answer. */
  onError(error: unknown): void;
  /** Told what became of each keyed call (metrics). */
  onOutcome?(outcome: IdempotencyOutcome): void;
}

const MAX_KEY_LENGTH = 255;

/**
 * Runs a non-repeatable upstream call at most once per key (24 h). A repeat with the same input
 * gets the stored result; with a different input, IdempotencyKeyReused; while the first is still
 * running, IdempotencyKeyInFlight. A failure that may have reached upstream is OutcomeUnknown
 * (with or without a key), and the key stays taken: a repeat does not call again blindly but
 * reconciles through `reconcile`, and is OutcomeUnknown too if upstream does not know the refs
 * either. Failures that certainly sent nothing free the key for a retry.
 */
export async function idempotent<T>(
  options: IdempotencyOptions,
  call: IdempotentCall<T>,
): Promise<T> {
  if (call.key === undefined) return runOnce(call);
  const { key } = call;
  const tell = (outcome: IdempotencyOutcome) => options.onOutcome?.(outcome);
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    tell("invalid");
    throw new IdempotencyKeyInvalid(MAX_KEY_LENGTH);
  }
  const { store, leaseMs } = options;
  const claim = await store.claim(key, fingerprint(call.operation, call.input), call.refs, leaseMs);
  switch (claim.kind) {
    case "reused":
      tell("conflict");
      throw new IdempotencyKeyReused();
    case "inFlight":
      tell("in_progress");
      throw new IdempotencyKeyInFlight();
    case "done":
      tell("replayed");
      return call.fromJson(claim.result);
    case "unknown": {
      const found = await call.reconcile(claim.refs);
      if (found === undefined) {
        tell("outcome_unknown");
        throw new OutcomeUnknown(claim.refs);
      }
      tell("reconciled");
      await store.complete(key, call.toJson(found)).catch(options.onError);
      return found;
    }
    case "claimed":
      tell("new");
      break;
  }

  let result: T;
  try {
    result = await runOnce(call);
  } catch (error) {
    const settle = error instanceof OutcomeUnknown ? store.markUnknown(key) : store.release(key);
    await settle.catch(options.onError);
    throw error;
  }
  // If this write fails, the key stays in flight until its lease ends; then a repeat reconciles.
  await store.complete(key, call.toJson(result)).catch(options.onError);
  return result;
}

/** Runs the call; a failure that may have reached upstream becomes OutcomeUnknown. */
async function runOnce<T>(call: IdempotentCall<T>): Promise<T> {
  try {
    return await call.run();
  } catch (error) {
    if (mayHaveBeenSent(error)) throw new OutcomeUnknown(call.refs, { cause: error });
    throw error;
  }
}

/** The gateway's own checks before a send (its quota, its database) fail before anything leaves. */
function mayHaveBeenSent(error: unknown): boolean {
  if (error instanceof QuotaExceeded || error instanceof DatabaseUnavailableError) return false;
  return mayHaveReachedUpstream(error);
}
