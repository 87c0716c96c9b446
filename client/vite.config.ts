/**
 * Vite config for the browser client. The client lives in client/, builds
 * into dist/client (which the server serves), and talks to the server through
 * the dev proxy so dev and production use the same relative URLs.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Absolute path of a folder relative to this file (no node types needed, so the client tsconfig checks it too). */
function pathFromHere(relative: string): string {
  return decodeURIComponent(new URL(relative, import.meta.url).pathname);
}

/** Where `npm start` / `npm run dev` runs the server by default. */
const serverOrigin = 'http://127.0.0.1:5170';

export default defineConfig({
  root: pathFromHere('.'),
  plugins: [react()],
  build: {
    outDir: pathFromHere('../dist/client'),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: serverOrigin },
      '/ws': { target: serverOrigin.replace('http', 'ws'), ws: true },
    },
  },
});
