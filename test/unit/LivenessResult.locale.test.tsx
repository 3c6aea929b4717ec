import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { LivenessResult } from '../../src/components/LivenessResult';
import type { LivenessLocale } from '../../src/displayText';
import { loadLocaleText } from '../../src/displayText/localeText';
import { deLocale, frLocale, jaLocale, jaResultLocale } from '../../src/displayText/locales';
import { makeResults } from '../fixtures/results';

const passed = makeResults({ status: 'SUCCEEDED', confidence: 93.4, isLive: true });

/** A pack whose lazy part resolves when the test says so, counting its loads. */
function deferredPack(base: LivenessLocale) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const load = vi.fn(() => gate.then(() => base.load()));
  return { pack: { ...base, load }, load, release };
}

describe('<LivenessResult> with a locale pack', () => {
  it('renders nothing of English while the pack’s result strings load, then the pack’s', async () => {
    const { pack, load, release } = deferredPack(frLocale);
    const { container } = render(<LivenessResult results={passed} locale={pack} audience="end-user" />);
    const root = container.firstElementChild!;
    expect(root).toHaveAttribute('aria-busy', 'true');
    expect(root).toHaveAttribute('lang', 'fr');
    expect(root.textContent).toBe('');
    await act(async () => release());
    expect(await screen.findByRole('heading', { name: 'Vérification réussie' })).toBeInTheDocument();
    expect(root).not.toHaveAttribute('aria-busy');
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('renders at once when the pack has loaded before (as a check does)', async () => {
    await loadLocaleText(deLocale);
    render(<LivenessResult results={passed} locale={deLocale} audience="end-user" />);
    expect(screen.getByRole('heading', { name: 'Prüfung bestanden' })).toBeInTheDocument();
  });

  it('falls back to English when the pack’s strings cannot load, rather than staying empty', async () => {
    const broken = { ...frLocale, load: () => Promise.reject(new Error('chunk load failed')) };
    render(<LivenessResult results={passed} locale={broken} audience="end-user" />);
    expect(await screen.findByRole('heading', { name: 'Check passed' })).toBeInTheDocument();
  });

  it('renders a ResultLocale at once, on the server too', () => {
    const html = renderToString(<LivenessResult results={passed} locale={jaResultLocale} audience="end-user" />);
    expect(html).toContain('チェックに合格しました');
    expect(html).toContain('lang="ja"');
    expect(html).not.toContain('aria-busy');
    expect(renderToString(<LivenessResult results={passed} locale={jaLocale} />)).toContain('aria-busy="true"');
  });
});

describe('loadLocaleText', () => {
  it('loads a pack once for every caller, and tries again after a failure', async () => {
    const load = vi
      .fn<LivenessLocale['load']>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockImplementation(() => frLocale.load());
    const pack = { ...frLocale, load };
    await expect(loadLocaleText(pack)).rejects.toThrow('offline');
    const [first, second] = await Promise.all([loadLocaleText(pack), loadLocaleText(pack)]);
    expect(first).toBe(second);
    expect(first.result.resultPassedHeading).toBe('Vérification réussie');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
