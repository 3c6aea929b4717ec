/**
 * Serves the detector's assets from where they are installed, without copying: a Connect/Express
 * middleware `(req, res, next)`. The Vite plugin uses it in development.
 */
import { createReadStream } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { findDetectorAssets, type DetectorAssets } from './detectorAssets';

export const DEFAULT_ASSETS_BASE = '/liveness-assets/';

export interface DetectorAssetsMiddlewareOptions {
  /** URL path the assets are served under; pass the same to `selfHostedAssets`. @default '/liveness-assets/' */
  base?: string;
  /** Where @aws-amplify/ui-react-liveness is resolved from. @default process.cwd() */
  projectRoot?: string;
}

const TYPES: Record<string, string> = {
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.bin': 'application/octet-stream',
  '.md': 'text/markdown; charset=utf-8',
};

/** `/a/b` and `a/b/` → `/a/b/`. */
export const normaliseBase = (base: string) => `/${base.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');

export type AssetsMiddleware = ((req: IncomingMessage, res: ServerResponse, next: () => void) => void) & {
  readonly assets: DetectorAssets;
};

/** Answers GET/HEAD for exactly the asset files under `base`; everything else goes to `next()`. */
export function detectorAssetsMiddleware(options: DetectorAssetsMiddlewareOptions = {}): AssetsMiddleware {
  const base = normaliseBase(options.base ?? DEFAULT_ASSETS_BASE);
  const assets = findDetectorAssets(options.projectRoot);
  const byUrl = new Map(assets.files.map((file) => [base + file.to, file.from]));
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    const file = byUrl.get((req.url ?? '').split('?')[0]!);
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) return next();
    res.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'public, max-age=3600',
    });
    if (req.method === 'HEAD') return void res.end();
    createReadStream(file).pipe(res);
  };
  return Object.assign(middleware, { assets });
}
