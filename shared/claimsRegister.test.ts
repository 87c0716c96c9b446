/**
 * The claims register (docs/claims.md) stays beside the code: every lesson
 * of the catalog has its section, every row names its evidence, and every
 * file a row points at still exists. A new lesson, or a claim moved to a
 * file that was renamed, fails here until its evidence is written down.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { experimentIds } from './experiments.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const register = readFileSync(join(root, 'docs/claims.md'), 'utf8');

type Row = { section: string; where: string; claim: string; evidence: string };

function rowsOf(markdown: string): Row[] {
  const rows: Row[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    if (line.startsWith('## ')) section = line.slice(3).trim();
    if (!line.startsWith('|') || /^\|\s*-/.test(line) || /^\|\s*Where\s*\|/.test(line)) continue;
    // Cells are split on pipes that are not escaped (\|) and not inside `code`.
    const cells: string[] = [];
    let cell = '';
    let inCode = false;
    for (let index = 1; index < line.length; index += 1) {
      const char = line[index];
      if (char === '`') inCode = !inCode;
      if (char === '|' && !inCode && line[index - 1] !== '\\') {
        cells.push(cell.trim());
        cell = '';
      } else cell += char;
    }
    rows.push({ section, where: cells[0] ?? '', claim: cells[1] ?? '', evidence: cells[2] ?? '' });
  }
  return rows;
}

const rows = rowsOf(register);

describe('docs/claims.md', () => {
  it.each(experimentIds)('has a section for the %s lesson with its claims', (id) => {
    const own = rows.filter((row) => row.section === `Lesson: ${id}`);
    expect(own.length, `## Lesson: ${id}`).toBeGreaterThanOrEqual(3);
  });

  it('every row has a place, a claim and its evidence', () => {
    expect(rows.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.where, JSON.stringify(row)).not.toBe('');
      expect(row.claim.length, row.where).toBeGreaterThan(10);
      expect(row.evidence.length, `${row.where}: ${row.claim}`).toBeGreaterThan(15);
    }
  });

  it('every file a row points at exists', () => {
    const missing: string[] = [];
    for (const row of rows) {
      for (const match of row.where.matchAll(/`([\w./-]+\.(?:tsx?|c|md))`/g)) {
        const path = match[1] ?? '';
        if (path.includes('/') && !existsSync(join(root, path))) missing.push(`${path} (${row.section})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
