/// <reference types="vitest/config" />
// Vite builds the app; Vitest runs the unit tests (Node for the pure layers, jsdom for components).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CSP_HEADER, cspPlugin } from './scripts/vite-csp-plugin.ts';

export default defineConfig({
  plugins: [react(), cspPlugin()],
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    // Everything the first page needs in one chunk: one request, one compile, better compression
    // (the split Rolldown makes for modules shared with lazy chunks cost the first page ~10
    // requests); the lazy chunks import from it.
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'first-page', tags: ['$initial'] }] } },
    },
  },
  preview: {
    host: '127.0.0.1',
    port: 4173,
    strictPort: true,
    headers: { 'Content-Security-Policy': CSP_HEADER },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
  },
});
