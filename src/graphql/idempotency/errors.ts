/**
 * Why a keyed call was not run. Plain errors, so this layer knows nothing of GraphQL; the API
 * maps them to coded errors in one place.
 */
export class IdempotencyKeyInvalid extends Error {
  override readonly name = "IdempotencyKeyInvalid";
  constructor(readonly maxLength: number) {
    super(`idempotencyKey must be 1 to ${maxLength} characters.`);
  }
}

/** The key was used for a different input. */
export class IdempotencyKeyReused extends Error {
  override readonly name = "IdempotencyKeyReused";
  constructor() {
    super("This idempotencyKey was used with a different input.");
  }
}

/** The call holding the key has not finished. */
export class IdempotencyKeyInFlight extends Error {
  override readonly name = "IdempotencyKeyInFlight";
  constructor() {
    super("A request with this idempotencyKey is still in progress.");
  }
}

/**
 * The call may or may not have been carried out upstream, and upstream does not know it (yet).
 * `reference` lists the ids the gateway chose before sending, to look the outcome up by.
 */
export class OutcomeUnknown extends Error {
  override readonly name = "OutcomeUnknown";
  constructor(
    readonly reference: readonly string[],
    options?: ErrorOptions,
  ) {
    super("The request may or may not have been carried out upstream.", options);
  }
}
