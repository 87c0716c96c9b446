/**
 * Vite config for the browser client. The client lives in client/, builds
 * into dist/client (which the server serves), and talks to the server through
 * the dev proxy so dev and production use the same relative URLs.
 */
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { labProxyHeaders } from './src/devServer/labProxyHeaders';

/** Absolute path of a folder relative to this file (no node types needed, so the client tsconfig checks it too). */
function pathFromHere(relative: string): string {
  return decodeURIComponent(new URL(relative, import.meta.url).pathname);
}

/** Where `npm start` / `npm run dev` runs the server by default. */
const serverOrigin = 'http://127.0.0.1:5170';

/** The lab checks Host and Origin: the dev page's own requests go on as the lab's (src/devServer/labProxyHeaders.ts). */
const passAsLab: ProxyOptions['configure'] = (proxy) => {
  const rewrite = (
    proxyRequest: { setHeader(name: string, value: string): unknown },
    request: { headers: { host?: string | undefined; origin?: string | undefined } },
  ) => {
    const headers = labProxyHeaders({ host: request.headers.host, origin: request.headers.origin }, serverOrigin);
    if (headers.host) proxyRequest.setHeader('host', headers.host);
    if (headers.origin) proxyRequest.setHeader('origin', headers.origin);
  };
  proxy.on('proxyReq', rewrite);
  proxy.on('proxyReqWs', rewrite);
};

export default defineConfig({
  root: pathFromHere('.'),
  plugins: [react()],
  build: {
    outDir: pathFromHere('../dist/client'),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': { target: serverOrigin, configure: passAsLab },
      '/ws': { target: serverOrigin.replace('http', 'ws'), ws: true, configure: passAsLab },
    },
  },
});
