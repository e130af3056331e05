import { GraphQLError } from "graphql";
import { fingerprint } from "./fingerprint.js";
import type { IdempotencyStore } from "./IdempotencyStore.js";

export interface IdempotentCall<T> {
  /** The client's key; without one, `run` simply runs. */
  key: string | undefined;
  /** Names the operation, so one key cannot stand for two different operations. */
  operation: string;
  /** What the client asked for, without the key itself; the fingerprint is taken of it. */
  input: unknown;
  /** Ids the gateway chose before sending (message ids), kept to reconcile a lost answer. */
  refs: readonly string[];
  run(): Promise<T>;
  /** True when `error` leaves open whether the call reached upstream (a timeout after sending). */
  outcomeUnknown(error: unknown): boolean;
  /** Looks `refs` up upstream; the result if the first call did happen, undefined if not known. */
  reconcile(refs: readonly string[]): Promise<T | undefined>;
  /** Results are stored as JSON and rebuilt from it. */
  toJson(result: T): unknown;
  fromJson(json: unknown): T;
}

export interface IdempotencyOptions {
  store: IdempotencyStore;
  /** How long a claim may stay unanswered before another call treats its outcome as unknown. */
  leaseMs: number;
  /** Bookkeeping that failed after upstream answered: the caller still gets the answer. */
  onError(error: unknown): void;
}

const MAX_KEY_LENGTH = 255;

/**
 * Runs a non-repeatable upstream call at most once per key (24 h). A repeat with the same input
 * gets the stored result; with a different input, IDEMPOTENCY_KEY_REUSED; while the first is still
 * running, IDEMPOTENCY_KEY_IN_FLIGHT. If the first call's outcome was lost, the repeat does not
 * call again blindly: it reconciles through `reconcile` and fails with outcome UNKNOWN if upstream
 * does not know the refs either. Failures that certainly sent nothing free the key for a retry.
 */
export async function idempotent<T>(
  options: IdempotencyOptions,
  call: IdempotentCall<T>,
): Promise<T> {
  if (call.key === undefined) return call.run();
  const { key } = call;
  if (key.length === 0 || key.length > MAX_KEY_LENGTH) {
    throw new GraphQLError(`idempotencyKey must be 1 to ${MAX_KEY_LENGTH} characters.`, {
      extensions: { code: "BAD_USER_INPUT", field: "idempotencyKey" },
    });
  }
  const { store, leaseMs } = options;
  const claim = await store.claim(key, fingerprint(call.operation, call.input), call.refs, leaseMs);
  switch (claim.kind) {
    case "reused":
      throw new GraphQLError(
        "This idempotencyKey was used with a different input. Use a new key for a new request.",
        { extensions: { code: "IDEMPOTENCY_KEY_REUSED" } },
      );
    case "inFlight":
      throw new GraphQLError(
        "A request with this idempotencyKey is still in progress. Retry after it has finished.",
        { extensions: { code: "IDEMPOTENCY_KEY_IN_FLIGHT" } },
      );
    case "done":
      return call.fromJson(claim.result);
    case "unknown": {
      const found = await call.reconcile(claim.refs);
      if (found === undefined) throw outcomeUnknown(claim.refs);
      await store.complete(key, call.toJson(found)).catch(options.onError);
      return found;
    }
    case "claimed":
      break;
  }

  let result: T;
  try {
    result = await call.run();
  } catch (error) {
    const settle = call.outcomeUnknown(error) ? store.markUnknown(key) : store.release(key);
    await settle.catch(options.onError);
    throw error;
  }
  // If this write fails, the key stays in flight until its lease ends; then a repeat reconciles.
  await store.complete(key, call.toJson(result)).catch(options.onError);
  return result;
}

function outcomeUnknown(refs: readonly string[]): GraphQLError {
  return new GraphQLError(
    "An earlier request with this idempotencyKey may or may not have been accepted, and the provider does not know its messages yet. Do not resend; look the messages up by id.",
    { extensions: { code: "UPSTREAM_UNAVAILABLE", outcome: "UNKNOWN", messageIds: refs } },
  );
}
