/**
 * Starts headless Chromium for the browser rows of the bench, the same way
 * playwright.config.ts does for the e2e tests: the system Chromium when
 * there is one (software rendering, no sandbox in containers), else
 * Playwright's own browser.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';

/** Launches headless Chromium; throws (with Playwright's reason) when no browser can start. */
export async function launchBenchBrowser(): Promise<Browser> {
  if (!existsSync(systemChromium)) return chromium.launch({ headless: true });
  return chromium.launch({
    headless: true,
    executablePath: systemChromium,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Which browser the rows ran in, for the table. */
export function benchBrowserName(): string {
  return existsSync(systemChromium) ? `${systemChromium}, headless, --disable-gpu` : "Playwright's Chromium, headless";
}
