/** OMNI's scenario keys are 32 uppercase hex characters; anything else cannot name one. */
const SCENARIO_KEY = /^[0-9A-F]{32}$/;

export function isScenarioKey(value: string): boolean {
  return SCENARIO_KEY.test(value);
}
