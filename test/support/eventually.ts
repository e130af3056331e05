/**
 * Probes until `holds` is true or the time is up, and answers the last value either way, so the
 * test's own assertion says what was seen: awaiting an outcome instead of guessing a sleep.
 */
export async function eventually<T>(
  probe: () => Promise<T>,
  holds: (value: T) => boolean,
  { timeoutMs = 15_000, everyMs = 50 } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (holds(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}
