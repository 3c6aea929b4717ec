import { describe, expect, it } from 'vitest';
import { detectorConfig } from '../../src/core/detectorConfig';
import { parseCreatedSession } from '../../src/core/validate';

const SESSION_ID = '0f8fad5b-d9cb-469f-a165-70867728950e';

describe('detectorConfig: endpointOverride derived from the session', () => {
  it('uses the session’s streaming endpoint when the app set none', () => {
    expect(detectorConfig(undefined, 'https://localhost:8443')).toEqual({ endpointOverride: 'https://localhost:8443' });
    expect(detectorConfig({ binaryPath: '/wasm/' }, 'https://localhost:8443')).toEqual({
      binaryPath: '/wasm/',
      endpointOverride: 'https://localhost:8443',
    });
  });

  it('keeps the app’s own endpointOverride', () => {
    expect(detectorConfig({ endpointOverride: 'wss://mine.test' }, 'https://localhost:8443')).toEqual({
      endpointOverride: 'wss://mine.test',
    });
  });

  it('changes nothing without a streaming endpoint (AWS’s regional endpoint)', () => {
    const config = { binaryPath: '/wasm/' };
    expect(detectorConfig(config, undefined)).toBe(config);
    expect(detectorConfig(undefined, undefined)).toBeUndefined();
  });
});

describe('parseCreatedSession: streamingEndpoint', () => {
  it('keeps an https:// or wss:// URL', () => {
    for (const url of ['https://localhost:8443', 'wss://streaming.example.test/path']) {
      expect(parseCreatedSession({ sessionId: SESSION_ID, streamingEndpoint: url }).streamingEndpoint).toBe(url);
    }
  });

  it.each(['http://localhost:8443', 'javascript:alert(1)', 'https://', 42])('refuses %j', (value) => {
    expect(() => parseCreatedSession({ sessionId: SESSION_ID, streamingEndpoint: value })).toThrow(
      expect.objectContaining({ code: 'INVALID_RESPONSE' }),
    );
  });
});
