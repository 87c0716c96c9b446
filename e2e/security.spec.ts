/**
 * Security headers as a browser sees them: a Content Security Policy that
 * still lets the app open its own WebSocket, and no CSP violation while a
 * lesson runs end to end.
 */
import { expect, test } from '@playwright/test';

test('serves a CSP and security headers, and the app runs with zero CSP violations', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const response = await page.goto('/lessons/memory');
  const headers = response?.headers() ?? {};
  expect(headers['content-security-policy']).toMatch(/default-src 'self'/);
  expect(headers['content-security-policy']).toMatch(/connect-src 'self'/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBeDefined();

  await page.getByRole('button', { name: /^run/i }).first().click();
  // The WebSocket (allowed by connect-src 'self') carries the run to its end.
  await expect(page.getByText(/finished/i).first()).toBeVisible({ timeout: 30_000 });
  expect(violations).toEqual([]);
});
