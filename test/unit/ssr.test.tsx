import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, waitFor } from '@testing-library/react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LivenessCheck } from '../../src';
import { en } from '../../src/displayText';
import { createFakeBackend } from '../fixtures/fakeBackend';

// If anything imported the detector during a server render, this would throw.
vi.mock('@aws-amplify/ui-react-liveness', () => {
  throw new Error('the detector must not load during a server render');
});

afterEach(() => vi.restoreAllMocks());

describe('server rendering', () => {
  it('renders <LivenessCheck> to a string without loading the detector, and hydrates without warnings', async () => {
    const { backend, tokens } = createFakeBackend();
    const page = (
      <QueryClientProvider client={new QueryClient()}>
        <main>
          <LivenessCheck backend={backend} autoStart={false} />
        </main>
      </QueryClientProvider>
    );
    const html = renderToString(page);
    expect(html).toContain(en.startHeading);
    expect(html).toContain('data-state="idle"');
    expect(tokens).toHaveLength(0);

    const errors = vi.spyOn(console, 'error');
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    await act(async () => {
      hydrateRoot(host, page);
    });
    expect(errors).not.toHaveBeenCalled();
    expect(host.querySelector('[data-state="idle"]')).not.toBeNull();
  });

  it('with autoStart, serves the start screen and starts exactly one check once hydrated', async () => {
    const { backend, tokens, aborted } = createFakeBackend({ hangOnCreate: true });
    const page = (
      <QueryClientProvider client={new QueryClient()}>
        <LivenessCheck backend={backend} autoStart />
      </QueryClientProvider>
    );
    const html = renderToString(page);
    expect(html).toContain('data-state="idle"');
    expect(tokens).toHaveLength(0);

    const errors = vi.spyOn(console, 'error');
    const host = document.createElement('div');
    host.innerHTML = html;
    document.body.append(host);
    await act(async () => {
      hydrateRoot(host, page);
    });
    expect(errors).not.toHaveBeenCalled();
    expect(tokens).toHaveLength(1);
    // The detector is loaded only now, on the client: this file makes that import fail.
    await waitFor(() => expect(host.querySelector('.rfl-check')).toHaveAttribute('data-state', 'error'));
    expect(host.querySelector('[data-error-code]')).toHaveAttribute('data-error-code', 'DETECTOR_LOAD_FAILED');
    await waitFor(() => expect(aborted.createSession).toBe(1));
  });
});
