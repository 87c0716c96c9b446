import { describe, expect, it } from 'vitest';
import { fileNameFor, toCsv } from './chartExport.js';

describe('toCsv', () => {
  it('writes a header of every key and one line per row, empty where a row lacks one', () => {
    expect(toCsv([{ repeat: 1, plain: 1_417_500, atomic: 0 }, { repeat: 2, plain: 0, lock: 0 }])).toBe(
      'repeat,plain,atomic,lock\r\n1,1417500,0,\r\n2,0,,0\r\n',
    );
  });

  it('quotes cells with commas, quotes or line breaks', () => {
    expect(toCsv([{ channel: 'ipc, "json"', note: 'a\nb', missing: null }])).toBe('channel,note,missing\r\n"ipc, ""json""","a\nb",\r\n');
  });
});

describe('fileNameFor', () => {
  it('makes a safe file name from a title in either language', () => {
    expect(fileNameFor('Lost updates per repeat (of 4,000,000)', 'csv')).toBe('lost-updates-per-repeat-of-4-000-000.csv');
    expect(fileNameFor('Aceleração × número de threads', 'png')).toBe('aceleracao-numero-de-threads.png');
    expect(fileNameFor('???', 'png')).toBe('chart.png');
  });
});
