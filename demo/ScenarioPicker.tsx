import { useId, useState } from 'react';

/** Emulator mode only: which outcome the emulator gives the next checks. */
export function ScenarioPicker({ scenarios }: { scenarios: string[] }) {
  const id = useId();
  const [scenario, setScenario] = useState('live');
  const [error, setError] = useState<string>();
  async function choose(next: string) {
    setScenario(next);
    const response = await fetch('/demo-api/scenario', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ scenario: next }),
    }).catch(() => undefined);
    setError(response?.ok ? undefined : 'The emulator did not take the outcome.');
  }
  return (
    <div className="demo-scenario">
      <label htmlFor={id}>Emulator outcome for the next checks</label>
      <select id={id} value={scenario} onChange={(event) => void choose(event.target.value)}>
        {scenarios.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </select>
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
