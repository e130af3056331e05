import { duration } from "./format";

export interface TrackItem {
  label: string;
  /** Offsets from the track's origin. */
  fromMs: number;
  toMs?: number;
  /** A CSS class: the channel's colour and the outcome's pattern. */
  tone: string;
}

/**
 * Bars on a shared time axis, for the plan and for what happened. Decorative for screen readers:
 * each caller lists the same facts as text beside it.
 */
export function Track(props: { items: readonly TrackItem[]; spanMs: number; caption: string }) {
  const span = Math.max(props.spanMs, 1);
  const percent = (ms: number) => `${Math.min(100, (Math.max(0, ms) / span) * 100)}%`;
  return (
    <div class="track" aria-hidden="true">
      <span class="track-caption">{props.caption}</span>
      <div class="track-lane">
        {props.items.map((item, index) => (
          <div
            key={index}
            class={`bar ${item.tone}`}
            style={{
              left: percent(item.fromMs),
              width: `max(4px, ${percent(Math.min(item.toMs ?? item.fromMs, span) - item.fromMs)})`,
            }}
            title={item.label}
          >
            <span>{item.label}</span>
          </div>
        ))}
      </div>
      <span class="track-end">{duration(span)}</span>
    </div>
  );
}
