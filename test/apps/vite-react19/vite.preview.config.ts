/** `vite preview` with the liveness API mounted, as the app's own Node server would mount it. */
import { toNodeHandler } from 'react-face-liveness/server';
import { mergeConfig, type Plugin } from 'vite';
import { liveness } from './server/liveness.ts';
import base from './vite.config.ts';

const livenessApi: Plugin = {
  name: 'liveness-api',
  configurePreviewServer(server) {
    server.middlewares.use(toNodeHandler(liveness));
  },
};

export default mergeConfig(base, { plugins: [livenessApi] });
