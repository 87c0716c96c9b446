import { readFile } from 'node:fs/promises';
import { expect, openRunAtEnd, test } from './sharedRuns.js';

test('a chart saves its data as CSV and its drawing as PNG', async ({ page, runs }) => {
  // A recorded run of the memory lesson with its defaults (sharedRuns.ts).
  await openRunAtEnd(page, await runs.get(page.request, 'memory'));
  await expect(page.getByTestId('result-parent-x')).toHaveText('0');

  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-save-csv').first().click()]);
  expect(csvDownload.suggestedFilename()).toMatch(/\.csv$/);
  const csv = await readFile(await csvDownload.path(), 'utf8');
  const [header, ...lines] = csv.trim().split('\r\n');
  expect(header).toContain('value');
  // One line per bar: the parent (0), three children (5 each), the shared x (15), all from this run.
  const values = lines.map((line) => line.split(',')[(header ?? '').split(',').indexOf('value')]);
  expect(values).toEqual(expect.arrayContaining(['0', '5', '15']));

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByTestId('chart-save-png').first().click()]);
  expect(pngDownload.suggestedFilename()).toMatch(/\.png$/);
  const png = await readFile(await pngDownload.path());
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.length).toBeGreaterThan(5_000);
});
