// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { LivenessCheck, LivenessResult } from '../../src';
import { createFakeBackend, FAKE_SESSION_IDS } from '../fixtures/fakeBackend';

describe('server rendering without a DOM', () => {
  it('renders <LivenessCheck> and <LivenessResult> with no window or document', () => {
    expect(typeof window).toBe('undefined');
    const { backend } = createFakeBackend();
    expect(renderToString(<LivenessCheck backend={backend} autoStart />)).toContain('data-state="idle"');
    const results = {
      sessionId: FAKE_SESSION_IDS[0]!,
      status: 'SUCCEEDED' as const,
      confidence: 91,
      auditImages: [],
      feedback: [],
    };
    expect(renderToString(<LivenessResult results={results} threshold={80} />)).toContain('91');
  });
});
