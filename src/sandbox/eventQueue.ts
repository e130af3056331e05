export interface SandboxEvent {
  at: number;
  run: (at: number) => void;
  /** Whose event it is, so one account's reset drops its own plays and nobody else's. */
  owner?: object;
}

interface Entry extends SandboxEvent {
  seq: number;
}

/**
 * Binary min-heap ordered by time, then by insertion, so that events due at the same instant run
 * in the order they were scheduled (a failover step never overtakes the one that caused it).
 */
export class EventQueue {
  private heap: Entry[] = [];
  private seq = 0;

  get size(): number {
    return this.heap.length;
  }

  push(event: SandboxEvent): void {
    this.heap.push({ at: event.at, run: event.run, owner: event.owner, seq: this.seq++ });
    this.up(this.heap.length - 1);
  }

  peek(): SandboxEvent | undefined {
    return this.heap[0];
  }

  pop(): SandboxEvent | undefined {
    const top = this.heap[0];
    const last = this.heap.pop();
    if (top !== undefined && last !== undefined && this.heap.length > 0) {
      this.heap[0] = last;
      this.down(0);
    }
    return top;
  }

  clear(): void {
    this.heap = [];
  }

  /** Drops the owner's events; the rest keep their order, since it is carried by (at, seq). */
  removeOwnedBy(owner: object): void {
    this.heap = this.heap.filter((entry) => entry.owner !== owner);
    for (let i = (this.heap.length >> 1) - 1; i >= 0; i--) this.down(i);
  }

  private before(a: Entry, b: Entry): boolean {
    return a.at < b.at || (a.at === b.at && a.seq < b.seq);
  }

  private up(index: number): void {
    const heap = this.heap;
    let i = index;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  }

  private down(index: number): void {
    const heap = this.heap;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && this.before(heap[left]!, heap[smallest]!)) smallest = left;
      if (right < heap.length && this.before(heap[right]!, heap[smallest]!)) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}
