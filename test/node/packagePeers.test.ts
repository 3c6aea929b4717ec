import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { moduleGraph } from './distGraph';

interface Manifest {
  dependencies: Record<string, string>;
  peerDependencies: Record<string, string>;
  peerDependenciesMeta: Record<string, { optional?: boolean }>;
}
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as Manifest;
const peers = Object.keys(manifest.peerDependencies).sort();
const optional = (name: string) => manifest.peerDependenciesMeta[name]?.optional === true;

/** `react/jsx-runtime` → `react`, `@smithy/core/serde` → `@smithy/core`; `node:` built-ins are not packages. */
const packageOf = (specifier: string) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
const packagesOf = (entry: string) =>
  [
    ...new Set(
      moduleGraph(entry)
        .packages.filter((s) => !s.startsWith('node:'))
        .map(packageOf),
    ),
  ].sort();

/**
 * Peers per use: npm installs every required peer, so one required peer of the browser entry put
 * React, Amplify and TensorFlow.js (222 packages, 254 MB) into a server-only install. Every peer is
 * optional; each use's install line (README) names the ones its entry imports.
 */
describe('peer dependencies', () => {
  it('requires none: a server-only or emulator-only install pulls no React, Amplify or TensorFlow.js', () => {
    expect(peers.filter((name) => !optional(name))).toEqual([]);
    expect(peers.filter(optional)).toEqual([
      '@aws-amplify/ui-react-liveness',
      '@aws-sdk/client-rekognition',
      '@aws-sdk/client-rekognitionstreaming',
      '@aws-sdk/client-s3',
      '@aws-sdk/client-sts',
      '@aws-sdk/middleware-websocket',
      '@aws-sdk/s3-request-presigner',
      '@tanstack/react-query',
      'aws-amplify',
      'react',
      'react-dom',
      'redis',
      'vite',
    ]);
  });

  it('declares every package an entry imports, as a dependency or a peer', () => {
    const declared = new Set([...peers, ...Object.keys(manifest.dependencies)]);
    for (const entry of ['index.js', 'locales.js', 'server.js', 'server-s3.js', 'emulator.js', 'vite.js']) {
      expect(
        packagesOf(entry).filter((name) => !declared.has(name)),
        entry,
      ).toEqual([]);
    }
  });

  it('each entry imports exactly the peers its install line names', () => {
    expect(packagesOf('index.js')).toEqual(['@aws-amplify/ui-react-liveness', '@tanstack/react-query', 'react']);
    expect(packagesOf('server.js')).toEqual(['@aws-sdk/client-rekognition', '@aws-sdk/client-sts']);
    expect(packagesOf('server-s3.js')).toEqual(['@aws-sdk/client-s3', '@aws-sdk/s3-request-presigner']);
    expect(packagesOf('emulator.js')).toEqual([
      '@aws-sdk/client-rekognitionstreaming',
      '@aws-sdk/middleware-websocket',
      '@smithy/core',
      'selfsigned',
      'ws',
    ]);
  });
});
