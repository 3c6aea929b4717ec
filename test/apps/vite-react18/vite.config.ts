import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// vite.config.ts
import { livenessAssets } from 'react-face-liveness/vite';
export default defineConfig({ plugins: [react(), livenessAssets()] }); // base '/liveness-assets/'
