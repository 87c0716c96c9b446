/**
 * Size of the JavaScript a browser must load before the lab is usable: the
 * scripts and module preloads named by the built index.html, gzipped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function initialJavaScriptKb(clientDirectory: string): { files: number; gzipKb: number; rawKb: number } {
  const html = readFileSync(join(clientDirectory, 'index.html'), 'utf8');
  const sources = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1] as string);
  let gzip = 0;
  let raw = 0;
  for (const source of new Set(sources)) {
    const content = readFileSync(join(clientDirectory, source));
    raw += content.length;
    gzip += gzipSync(content, { level: 9 }).length;
  }
  return { files: new Set(sources).size, gzipKb: gzip / 1024, rawKb: raw / 1024 };
}
