/**
 * End-to-end tests: a real Chromium against the real server (which runs real
 * processes and threads). Run `npm run build` first; the server serves the
 * built client from dist/client.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// E2E_PORT lets a second checkout run its suite beside another one.
const port = Number(process.env.E2E_PORT ?? 5199);
const systemChromium = '/usr/bin/chromium';

// Prefer the system Chromium when there is one (CI images, this machine); else Playwright's own.
const launchOptions = existsSync(systemChromium)
  ? {
      executablePath: systemChromium,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
    }
  : {};

export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    launchOptions,
    viewport: { width: 1280, height: 720 },
  },
  webServer: {
    // Recorded runs go to a temporary folder, not the repository's ./data.
    command: `node dist/server/main.js --port ${port} --data-dir ${join(tmpdir(), `process-thread-lab-e2e-${port}`)}`,
    url: `http://127.0.0.1:${port}/api/health`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
