import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { detectorStylesheet } from '../src/styles/detectorStylesheet';

export default defineConfig({ plugins: [react(), detectorStylesheet()] });
