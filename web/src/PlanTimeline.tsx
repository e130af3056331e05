import type { Plan } from "./ComposePanel";
import { axisSpan, duration } from "./format";
import { Track } from "./Track";

/** The plan per destination: when each step starts at the latest and when it gives up. */
export function PlanTimeline(props: { plan: Plan; compact?: boolean; spanMs?: number }) {
  const origin = Date.parse(props.plan.startsAt);
  return (
    <section class="plan" aria-label="Plan" data-testid="plan">
      {!props.compact && <h3>Plan</h3>}
      {props.plan.notices.map((notice) => (
        <p key={notice.path} class="notice">
          {notice.path}: {notice.message}
        </p>
      ))}
      {props.plan.destinations.map((destination) => {
        const to = destination.to.phoneNumber ?? destination.to.emailAddress ?? "";
        const items = destination.steps.map((step) => ({
          label: `${step.channel}${step.skipped ? " skipped" : ` ≤ ${duration(step.validitySeconds * 1000)}`}`,
          fromMs: Date.parse(step.startsAt) - origin,
          toMs: Date.parse(step.givesUpAt) - origin,
          tone: `channel-${step.channel.toLowerCase()} planned`,
        }));
        return (
          <div key={destination.index} class="destination-plan">
            {!props.compact && <h4>To {to}</h4>}
            <Track
              caption="plan"
              items={items}
              spanMs={props.spanMs ?? planSpan(props.plan, destination)}
            />
            {!props.compact && (
              <ol class="plan-steps">
                {destination.steps.map((step) => (
                  <li key={step.index}>
                    <strong>{step.channel}</strong>
                    {step.from && ` from ${step.from}`}
                    {step.skipped
                      ? ` skipped (${step.skipped})`
                      : `: starts by +${duration(Date.parse(step.startsAt) - origin)}, gives up at +${duration(Date.parse(step.givesUpAt) - origin)} (validity ${duration(step.validitySeconds * 1000)})`}
                    {step.sms &&
                      ` · ${step.sms.messageCount} SMS ${step.sms.messageCount === 1 ? "part" : "parts"}, ${step.sms.encoding}`}
                  </li>
                ))}
              </ol>
            )}
          </div>
        );
      })}
    </section>
  );
}

export function planSpan(plan: Plan, destination: Plan["destinations"][number], happenedMs = 0) {
  const origin = Date.parse(plan.startsAt);
  const last = destination.steps.at(-1);
  return axisSpan(
    last ? Date.parse(last.startsAt) - origin : 0,
    happenedMs,
    Date.parse(destination.givesUpAt) - origin,
  );
}
