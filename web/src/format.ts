/** "45 s", "2 min 5 s", "3 h 10 min": waits and validity periods as people read them. */
export function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return seconds % 60 ? `${minutes} min ${seconds % 60} s` : `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return minutes % 60 ? `${hours} h ${minutes % 60} min` : `${hours} h`;
}

export function money(amount: number, currency: string): string {
  return `${amount.toFixed(4).replace(/0{1,2}$/, "")} ${currency}`;
}

export function clockTime(iso: string): string {
  return new Date(iso).toISOString().slice(11, 19);
}

/**
 * How much time an axis shows: enough to see when the last step starts and what happened, not
 * the last step's whole validity (48 h of SMS would squeeze a 60 s Viber wait into a pixel).
 * Bars that run longer are cut at the edge.
 */
export function axisSpan(lastStepStartsMs: number, happenedMs: number, givesUpMs: number): number {
  return Math.min(givesUpMs, Math.max(lastStepStartsMs * 1.5, happenedMs * 1.2, 10_000));
}
