/**
 * Upstream call counts by "METHOD /route/{template}", so tests and benchmarks can count what the
 * gateway asked for: in total, and per account once the credentials named one.
 */
export class RequestStats {
  private counts = new Map<string, number>();
  private perAccount = new Map<string, Map<string, number>>();

  constructor(private readonly accountIds: readonly string[]) {
    this.reset();
  }

  count(route: string): void {
    this.counts.set(route, (this.counts.get(route) ?? 0) + 1);
  }

  countFor(accountId: string, route: string): void {
    const counts = this.perAccount.get(accountId);
    counts?.set(route, (counts.get(route) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  /** Every account, the idle ones with `{}`. */
  byAccount(): Record<string, Record<string, number>> {
    return Object.fromEntries(
      [...this.perAccount].map(([id, counts]) => [id, Object.fromEntries(counts)]),
    );
  }

  reset(): void {
    this.counts = new Map();
    this.perAccount = new Map(this.accountIds.map((id) => [id, new Map()]));
  }
}
