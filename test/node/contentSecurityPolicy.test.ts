import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { livenessContentSecurityPolicy, streamingOrigin } from '../../src/server';

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

  it('is what the README documents', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    expect(readme).toContain(`\`\`\`\n${livenessContentSecurityPolicy()}\n\`\`\``);
  });
});
