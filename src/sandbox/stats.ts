/** Upstream call counts by "METHOD /route/{template}", so tests and benchmarks can count what the gateway asked for. */
export class RequestStats {
  private counts = new Map<string, number>();

  count(route: string): void {
    this.counts.set(route, (this.counts.get(route) ?? 0) + 1);
  }

  snapshot(): Record<string, number> {
    return Object.fromEntries(this.counts);
  }

  reset(): void {
    this.counts = new Map();
  }
}
