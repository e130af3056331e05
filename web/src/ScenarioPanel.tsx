import { useState } from "preact/hooks";
import { describeError, type Api } from "./api";
import {
  PlaygroundCreateScenarioDocument,
  PlaygroundUpdateScenarioDocument,
  type Channel,
  type PlaygroundScenarioFragment,
} from "./gql/graphql";

interface Draft {
  key?: string;
  name: string;
  isDefault: boolean;
  flow: { channel: Channel; from: string }[];
}

const EMPTY: Draft = { name: "", isDefault: false, flow: [{ channel: "SMS", from: "" }] };

/** Scenarios: the account's list, and one form that creates or edits an ordered flow. */
export function ScenarioPanel(props: {
  api: Api;
  channels: readonly Channel[];
  scenarios: readonly PlaygroundScenarioFragment[];
  selectedKey?: string;
  onSelect(key: string): void;
  onSaved(scenario: PlaygroundScenarioFragment): void;
}) {
  const [draft, setDraft] = useState<Draft | undefined>();
  const [error, setError] = useState("");
  const [saving, setSaving] = useState(false);

  const edit = (scenario?: PlaygroundScenarioFragment) => {
    setError("");
    setDraft(
      scenario
        ? {
            key: scenario.key,
            name: scenario.name ?? "",
            isDefault: scenario.isDefault,
            flow: scenario.flow.map((step) => ({ channel: step.channel, from: step.from ?? "" })),
          }
        : structuredClone(EMPTY),
    );
  };
  const setStep = (index: number, change: Partial<Draft["flow"][number]>) =>
    draft &&
    setDraft({
      ...draft,
      flow: draft.flow.map((step, i) => (i === index ? { ...step, ...change } : step)),
    });
  const move = (index: number, by: -1 | 1) => {
    if (!draft) return;
    const flow = [...draft.flow];
    [flow[index], flow[index + by]] = [flow[index + by]!, flow[index]!];
    setDraft({ ...draft, flow });
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!draft) return;
    setSaving(true);
    setError("");
    const input = {
      name: draft.name || undefined,
      isDefault: draft.isDefault,
      flow: draft.flow.map((step) => ({ channel: step.channel, from: step.from || undefined })),
    };
    try {
      const saved = draft.key
        ? (await props.api.request(PlaygroundUpdateScenarioDocument, { key: draft.key, input }))
            .updateScenario
        : (await props.api.request(PlaygroundCreateScenarioDocument, { input })).createScenario;
      setDraft(undefined);
      props.onSaved(saved);
    } catch (failure) {
      setError(describeError(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="scenarios-title">
      <h2 id="scenarios-title">1 · Scenarios</h2>
      <ul class="scenario-list" aria-label="Scenarios">
        {props.scenarios.map((scenario) => (
          <li key={scenario.key} class={scenario.key === props.selectedKey ? "selected" : ""}>
            <button
              type="button"
              class="link"
              aria-pressed={scenario.key === props.selectedKey}
              onClick={() => props.onSelect(scenario.key)}
            >
              <strong>{scenario.name || scenario.key}</strong>
              {scenario.isDefault && <span class="badge">default</span>}
              <span class="flow">{scenario.flow.map((step) => step.channel).join(" → ")}</span>
            </button>
            <button
              type="button"
              class="small"
              onClick={() => edit(scenario)}
              aria-label={`Edit ${scenario.name || scenario.key}`}
            >
              Edit
            </button>
          </li>
        ))}
      </ul>
      {!draft && (
        <button type="button" onClick={() => edit()}>
          New scenario
        </button>
      )}
      {draft && (
        <form
          class="editor"
          onSubmit={save}
          aria-label={draft.key ? "Edit scenario" : "New scenario"}
        >
          <label>
            Name
            <input
              value={draft.name}
              onInput={(e) => setDraft({ ...draft, name: e.currentTarget.value })}
            />
          </label>
          <ol class="steps">
            {draft.flow.map((step, index) => (
              <li key={index}>
                <label>
                  Step {index + 1} channel
                  <select
                    value={step.channel}
                    onChange={(e) => setStep(index, { channel: e.currentTarget.value as Channel })}
                  >
                    {props.channels.map((channel) => (
                      <option key={channel} value={channel}>
                        {channel}
                      </option>
                    ))}
                  </select>
                </label>
                <label>
                  Step {index + 1} sender
                  <input
                    value={step.from}
                    placeholder="sender id, app code, address…"
                    onInput={(e) => setStep(index, { from: e.currentTarget.value })}
                  />
                </label>
                <span class="step-actions">
                  <button
                    type="button"
                    class="small"
                    disabled={index === 0}
                    aria-label={`Move step ${index + 1} up`}
                    onClick={() => move(index, -1)}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    class="small"
                    disabled={index === draft.flow.length - 1}
                    aria-label={`Move step ${index + 1} down`}
                    onClick={() => move(index, 1)}
                  >
                    ↓
                  </button>
                  <button
                    type="button"
                    class="small"
                    disabled={draft.flow.length === 1}
                    aria-label={`Remove step ${index + 1}`}
                    onClick={() =>
                      setDraft({ ...draft, flow: draft.flow.filter((_, i) => i !== index) })
                    }
                  >
                    ✕
                  </button>
                </span>
              </li>
            ))}
          </ol>
          <button
            type="button"
            onClick={() =>
              setDraft({ ...draft, flow: [...draft.flow, { channel: "SMS", from: "" }] })
            }
          >
            Add step
          </button>
          <label class="inline">
            <input
              type="checkbox"
              checked={draft.isDefault}
              onChange={(e) => setDraft({ ...draft, isDefault: e.currentTarget.checked })}
            />
            Default scenario
          </label>
          {error && (
            <p class="error" role="alert">
              {error}
            </p>
          )}
          <div class="actions">
            <button type="submit" class="primary" disabled={saving}>
              Save scenario
            </button>
            <button type="button" onClick={() => setDraft(undefined)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
