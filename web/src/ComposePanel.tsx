import { useEffect, useState } from "preact/hooks";
import { describeError, type Api } from "./api";
import {
  PlaygroundPlanSendDocument,
  PlaygroundPreviewSmsDocument,
  PlaygroundSendDocument,
  type PlaygroundChannelsQuery,
  type PlaygroundPlanSendQuery,
  type PlaygroundPreviewSmsQuery,
  type PlaygroundScenarioFragment,
  type SendAdvancedInput,
} from "./gql/graphql";
import { PlanTimeline } from "./PlanTimeline";
import type { Send } from "./Send";

type Capability = PlaygroundChannelsQuery["channels"][number];
export type Plan = PlaygroundPlanSendQuery["planSend"];

/**
 * Content fields that are one line of text. Which of them a channel takes, and their limits,
 * comes from `channels`; booleans and nested objects (push options) are left to the API.
 */
const TEXT_FIELDS = [
  "subject",
  "templateName",
  "imageURL",
  "buttonText",
  "buttonURL",
  "trackingData",
];

/** Compose a send: destinations, content per channel of the scenario, validity, sendAt. */
export function ComposePanel(props: {
  api: Api;
  capabilities: readonly Capability[];
  scenario?: PlaygroundScenarioFragment;
  onSent(send: Send): void;
}) {
  const [destinations, setDestinations] = useState("");
  const [content, setContent] = useState<Record<string, Record<string, string>>>({});
  const [sendAt, setSendAt] = useState("");
  const [plan, setPlan] = useState<Plan | undefined>();
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  const steps = uniqueChannels(props.scenario).flatMap((channel) => {
    const capability = props.capabilities.find((c) => c.channel === channel);
    return capability ? [capability] : [];
  });
  const field = (key: string, name: string) => content[key]?.[name] ?? "";
  const setField = (key: string, name: string, value: string) => {
    setContent({ ...content, [key]: { ...content[key], [name]: value } });
    setPlan(undefined);
  };

  const input = (): SendAdvancedInput => {
    const body: Record<string, unknown> = {
      scenarioKey: props.scenario?.key,
      destinations: destinations
        .split(/[\n,]/)
        .map((line) => line.trim())
        .filter(Boolean)
        .map((address) => ({
          to: address.includes("@") ? { emailAddress: address } : { phoneNumber: address },
        })),
      ...(sendAt ? { sendAt: new Date(sendAt).toISOString() } : {}),
    };
    for (const capability of steps) {
      const values: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(content[capability.contentKey] ?? {})) {
        if (!value || !capability.contentFields.includes(name)) continue;
        values[name] = name === "validityPeriod" ? Number(value) : value;
      }
      if (values.validityPeriod !== undefined) values.validityPeriodTimeUnit = "SECONDS";
      if (Object.keys(values).length) body[capability.contentKey] = values;
    }
    return body as unknown as SendAdvancedInput;
  };

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    setError("");
    try {
      await action();
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setBusy(false);
    }
  };
  const showPlan = () =>
    run(async () =>
      setPlan((await props.api.request(PlaygroundPlanSendDocument, { input: input() })).planSend),
    );
  const send = (event: Event) => {
    event.preventDefault();
    return run(async () => {
      const planned =
        plan ?? (await props.api.request(PlaygroundPlanSendDocument, { input: input() })).planSend;
      const bulkId = `playground-${crypto.randomUUID()}`;
      const { sendAdvanced } = await props.api.request(PlaygroundSendDocument, {
        input: { ...input(), bulkId },
      });
      props.onSent({
        bulkId: sendAdvanced.bulkId ?? bulkId,
        scenario: props.scenario?.name ?? planned.scenarioKey,
        messages: sendAdvanced.messages.map((m) => ({
          messageId: m.messageId,
          to: m.to?.phoneNumber ?? m.to?.emailAddress ?? "",
        })),
        plan: planned,
      });
    });
  };

  return (
    <section class="panel" aria-labelledby="compose-title">
      <h2 id="compose-title">2 · Compose a send</h2>
      {!props.scenario && <p>Pick or create a scenario first.</p>}
      {props.scenario && (
        <form onSubmit={send} aria-label="Compose a send">
          <p class="hint">
            Scenario <strong>{props.scenario.name || props.scenario.key}</strong>:{" "}
            {props.scenario.flow.map((s) => s.channel).join(" → ")}
          </p>
          <label>
            Destinations (one per line: phone number or e-mail address)
            <textarea
              rows={2}
              value={destinations}
              onInput={(e) => {
                setDestinations(e.currentTarget.value);
                setPlan(undefined);
              }}
            />
          </label>
          {steps.map((capability) => (
            <fieldset key={capability.channel}>
              <legend>{capability.channel}</legend>
              {capability.contentFields.includes("text") && (
                <label>
                  {capability.channel} text
                  <textarea
                    rows={2}
                    maxLength={capability.maxTextLength ?? undefined}
                    value={field(capability.contentKey, "text")}
                    onInput={(e) => setField(capability.contentKey, "text", e.currentTarget.value)}
                  />
                  {capability.maxTextLength != null && (
                    <span class="hint">
                      {field(capability.contentKey, "text").length} / {capability.maxTextLength}
                    </span>
                  )}
                </label>
              )}
              {capability.billedPerPart && (
                <SmsPreview api={props.api} text={field(capability.contentKey, "text")} />
              )}
              {capability.contentFields
                .filter((name) => TEXT_FIELDS.includes(name))
                .map((name) => {
                  const limit = capability.fieldLimits.find((l) => l.field === name)?.maxLength;
                  return (
                    <label key={name}>
                      {capability.channel} {name}
                      <input
                        maxLength={limit}
                        value={field(capability.contentKey, name)}
                        onInput={(e) =>
                          setField(capability.contentKey, name, e.currentTarget.value)
                        }
                      />
                    </label>
                  );
                })}
              {capability.contentFields.includes("validityPeriod") && (
                <label>
                  {capability.channel} validity (seconds)
                  <input
                    type="number"
                    min={capability.minValiditySeconds}
                    max={capability.maxValiditySeconds}
                    placeholder={String(capability.defaultValiditySeconds)}
                    value={field(capability.contentKey, "validityPeriod")}
                    onInput={(e) =>
                      setField(capability.contentKey, "validityPeriod", e.currentTarget.value)
                    }
                  />
                  <span class="hint">
                    {capability.minValiditySeconds} s to {capability.maxValiditySeconds} s; default{" "}
                    {capability.defaultValiditySeconds} s
                  </span>
                </label>
              )}
            </fieldset>
          ))}
          <label>
            Send at (optional, your local time)
            <input
              type="datetime-local"
              value={sendAt}
              onInput={(e) => {
                setSendAt(e.currentTarget.value);
                setPlan(undefined);
              }}
            />
          </label>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="button" onClick={showPlan} disabled={busy}>
              Show plan
            </button>
            <button type="submit" class="primary" disabled={busy}>
              Send
            </button>
          </div>
        </form>
      )}
      {plan && <PlanTimeline plan={plan} />}
    </section>
  );
}

function uniqueChannels(scenario?: PlaygroundScenarioFragment) {
  return [...new Set(scenario?.flow.map((step) => step.channel) ?? [])];
}

/** previewSms as the user types: parts, encoding and what is left of the last part. */
function SmsPreview(props: { api: Api; text: string }) {
  const [preview, setPreview] =
    useState<PlaygroundPreviewSmsQuery["previewSms"]["previews"][number]>();
  useEffect(() => {
    if (!props.text) {
      setPreview(undefined);
      return;
    }
    let current = true;
    const timer = setTimeout(() => {
      props.api
        .request(PlaygroundPreviewSmsDocument, { text: props.text })
        .then((data) => current && setPreview(data.previewSms.previews[0]))
        .catch(() => current && setPreview(undefined));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [props.api, props.text]);
  return (
    <p class="hint" aria-live="polite" data-testid="sms-preview">
      {preview &&
        `${preview.messageCount} ${preview.messageCount === 1 ? "part" : "parts"} · ${preview.encoding} · ${preview.charactersRemaining} characters left`}
    </p>
  );
}
