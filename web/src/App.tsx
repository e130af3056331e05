import { useEffect, useMemo, useState } from "preact/hooks";
import { Api, describeError, type Credential } from "./api";
import { ComposePanel } from "./ComposePanel";
import {
  PlaygroundChannelsDocument,
  PlaygroundScenariosDocument,
  type PlaygroundChannelsQuery,
  type PlaygroundScenarioFragment,
} from "./gql/graphql";
import { ScenarioPanel } from "./ScenarioPanel";
import type { Send } from "./Send";
import { WatchPanel } from "./WatchPanel";
import { WorldPanel } from "./WorldPanel";

/** The failover playground: design a scenario, see the plan, send, and watch failover happen. */
export function App() {
  const [credential, setCredential] = useState<Credential>({ scheme: "none", value: "" });
  const api = useMemo(() => new Api(credential), [credential]);
  const [capabilities, setCapabilities] = useState<PlaygroundChannelsQuery["channels"]>([]);
  const [scenarios, setScenarios] = useState<PlaygroundScenarioFragment[]>([]);
  const [selectedKey, setSelectedKey] = useState<string | undefined>();
  const [sandbox, setSandbox] = useState(false);
  const [sends, setSends] = useState<Send[]>([]);
  const [clockMoves, setClockMoves] = useState(0);
  const [error, setError] = useState("");

  useEffect(() => {
    let current = true;
    Promise.all([api.request(PlaygroundChannelsDocument), api.request(PlaygroundScenariosDocument)])
      .then(([channels, list]) => {
        if (!current) return;
        setError("");
        setCapabilities(channels.channels);
        setScenarios(list.scenarios);
        setSelectedKey((key) => key ?? list.scenarios.find((s) => s.isDefault)?.key);
      })
      .catch((failure) => current && setError(describeError(failure)));
    // 404 when the upstream is not the embedded sandbox: the world panel stays hidden.
    api
      .sandbox("GET", "clock")
      .then(() => current && setSandbox(true))
      .catch(() => current && setSandbox(false));
    return () => {
      current = false;
      api.close();
    };
  }, [api]);

  const saved = (scenario: PlaygroundScenarioFragment) => {
    setScenarios((list) => [
      ...list
        .filter((s) => s.key !== scenario.key)
        .map((s) => (scenario.isDefault ? { ...s, isDefault: false } : s)),
      scenario,
    ]);
    setSelectedKey(scenario.key);
  };

  return (
    <>
      <header class="top">
        <h1>Failover playground</h1>
        <CredentialForm value={credential} onChange={setCredential} />
      </header>
      {error && (
        <p class="error banner" role="alert">
          {error}
        </p>
      )}
      <main class="grid">
        <div class="column">
          <ScenarioPanel
            api={api}
            channels={capabilities.map((c) => c.channel)}
            scenarios={scenarios}
            selectedKey={selectedKey}
            onSelect={setSelectedKey}
            onSaved={saved}
          />
          {sandbox && <WorldPanel api={api} onClockMoved={() => setClockMoves((n) => n + 1)} />}
        </div>
        <div class="column wide">
          <ComposePanel
            api={api}
            capabilities={capabilities}
            scenario={scenarios.find((s) => s.key === selectedKey)}
            onSent={(send) => setSends((list) => [...list, send])}
          />
          <WatchPanel api={api} sends={sends} refresh={clockMoves} />
        </div>
      </main>
    </>
  );
}

/** The credential the gateway asks for, if any: kept in memory only, never stored. */
function CredentialForm(props: { value: Credential; onChange(value: Credential): void }) {
  const [scheme, setScheme] = useState(props.value.scheme);
  const [value, setValue] = useState(props.value.value);
  return (
    <form
      class="row credential"
      aria-label="Credential"
      onSubmit={(event) => {
        event.preventDefault();
        props.onChange({ scheme, value });
      }}
    >
      <label>
        Authentication
        <select
          value={scheme}
          onChange={(e) => setScheme(e.currentTarget.value as Credential["scheme"])}
        >
          <option value="none">none (development)</option>
          <option value="bearer">Bearer token</option>
          <option value="apiKey">API key</option>
        </select>
      </label>
      {scheme !== "none" && (
        <label>
          {scheme === "bearer" ? "Token" : "Key"}
          <input
            type="password"
            autoComplete="off"
            value={value}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </label>
      )}
      <button type="submit">Use</button>
    </form>
  );
}
