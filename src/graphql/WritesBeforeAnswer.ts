/**
 * Writes a request started that its answer must not leave before: a send's record in the report
 * store (its messages as pending, in the reconciliation queue). Started as soon as the send is
 * answered, so the database writes them while GraphQL completes the result, which for 10 000
 * messages takes as long; the server awaits `settled` before it sends the answer
 * (server/answerAfterWrites.ts), so a client never hears of a send the store does not hold.
 */
export class WritesBeforeAnswer {
  private readonly writes: Promise<void>[] = [];

  /** `write` must not reject: its failures are the caller's to report. */
  add(write: Promise<void>): void {
    this.writes.push(write);
  }

  async settled(): Promise<void> {
    while (this.writes.length) await Promise.all(this.writes.splice(0));
  }
}
