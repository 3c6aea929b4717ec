import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { livenessContentSecurityPolicy, livenessCspDirectives, streamingOrigin } from '../../src/server';

describe('livenessContentSecurityPolicy', () => {
  it('allows the region’s streaming endpoint and nothing else off the origin', () => {
    expect(livenessContentSecurityPolicy({ region: 'eu-west-1' })).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; " +
        "connect-src 'self' wss://streaming-rekognition.eu-west-1.amazonaws.com; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
  });

  it('allows the endpointOverride’s origin as wss: (the SDK always opens wss:), and asset origins', () => {
    expect(streamingOrigin({ endpointOverride: 'https://localhost:8443/emu' })).toBe('wss://localhost:8443');
    expect(livenessContentSecurityPolicy({ assetOrigins: ['https://cdn.example'] })).toContain(
      "connect-src 'self' https://cdn.example wss://streaming-rekognition.us-east-1.amazonaws.com;",
    );
  });

  it('lists the eight directives in order, us-east-1 by default', () => {
    expect(livenessCspDirectives()).toEqual([
      "default-src 'none'",
      "script-src 'self' 'wasm-unsafe-eval'",
      "style-src 'self'",
      "img-src 'self' blob:",
      "connect-src 'self' wss://streaming-rekognition.us-east-1.amazonaws.com",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    expect(streamingOrigin()).toBe('wss://streaming-rekognition.us-east-1.amazonaws.com');
    expect(streamingOrigin({ region: 'ap-northeast-1' })).toBe(
      'wss://streaming-rekognition.ap-northeast-1.amazonaws.com',
    );
  });

  it('with an override, allows only its host (port kept, path dropped), whatever the region', () => {
    expect(
      livenessContentSecurityPolicy({
        region: 'eu-west-1',
        endpointOverride: 'https://127.0.0.1:8443/emu',
        assetOrigins: ['https://cdn.example', 'https://models.example:444'],
      }),
    ).toBe(
      "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' blob:; " +
        "connect-src 'self' https://cdn.example https://models.example:444 wss://127.0.0.1:8443; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
    );
    expect(streamingOrigin({ endpointOverride: 'https://emu.example/a/b?c' })).toBe('wss://emu.example');
    // An empty override counts as none: the region’s endpoint.
    expect(streamingOrigin({ region: 'eu-west-2', endpointOverride: '' })).toBe(
      'wss://streaming-rekognition.eu-west-2.amazonaws.com',
    );
  });

  it('is what the README documents', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`\n${livenessContentSecurityPolicy()}\n\`\`\``);
  });
});
