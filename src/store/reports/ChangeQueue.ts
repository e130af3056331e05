/**
 * An async iterator fed by pushes: what a subscription reads from. A consumer that falls more than
 * `capacity` changes behind loses the oldest ones rather than growing memory without bound; every
 * change is still in the store for a query.
 */
export class ChangeQueue<T> implements AsyncIterableIterator<T> {
  private readonly buffered: T[] = [];
  /** Readers waiting for the next change, in the order they asked. */
  private readonly waiting: ((result: IteratorResult<T>) => void)[] = [];
  private done = false;

  constructor(
    private readonly capacity: number,
    private readonly onClose: () => void,
  ) {}

  push(value: T): void {
    if (this.done) return;
    const resolve = this.waiting.shift();
    if (resolve) {
      resolve({ value, done: false });
      return;
    }
    this.buffered.push(value);
    if (this.buffered.length > this.capacity) this.buffered.shift();
  }

  next(): Promise<IteratorResult<T>> {
    const value = this.buffered.shift();
    if (value !== undefined) return Promise.resolve({ value, done: false });
    if (this.done) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve) => {
      this.waiting.push(resolve);
    });
  }

  return(): Promise<IteratorResult<T>> {
    if (!this.done) {
      this.done = true;
      this.buffered.length = 0;
      for (const resolve of this.waiting.splice(0)) resolve({ value: undefined, done: true });
      this.onClose();
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}
