import { describe, expect, it } from 'vitest';
import { experiments } from '../../../shared/experiments.js';
import { comparisonRows, lessonsForRow } from './comparisonRows.js';

function row(id: string) {
  const found = comparisonRows.find((item) => item.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('lessonsForRow', () => {
  it('links the memory/isolation row to the memory lesson once it exists', () => {
    expect(lessonsForRow(row('isolation'), experiments, (id) => id === 'memory')).toEqual(['memory']);
  });

  it('lights up a row as soon as its lesson folder exists', () => {
    expect(lessonsForRow(row('robustness'), experiments, () => false)).toEqual([]);
    expect(lessonsForRow(row('robustness'), experiments, (id) => id === 'crash')).toEqual(['crash']);
    expect(lessonsForRow(row('use'), experiments, (id) => id === 'backend')).toEqual(['backend']);
  });

  it('covers the five rows of the notes', () => {
    expect(comparisonRows.map((item) => item.id)).toEqual(['isolation', 'communication', 'creation', 'robustness', 'use']);
  });
});
