import { describe, expect, it } from 'vitest';
import { experiments } from '../../../shared/experiments.js';
import { lastLessonKey, lessonAtKey } from './lessonKeys.js';

const catalog = experiments.map((experiment) => experiment.id);

describe('presenter number keys', () => {
  it('open every lesson of the catalog in order, the backend lesson included', () => {
    expect(catalog.map((_id, index) => lessonAtKey(String(index + 1), catalog))).toEqual(catalog);
    expect(lessonAtKey('1', catalog)).toBe('memory');
    expect(lessonAtKey('7', catalog)).toBe('backend');
    expect(lastLessonKey(catalog)).toBe(String(catalog.length));
  });

  it('ignore keys past the last lesson, 0 and anything that is not one digit', () => {
    expect(lessonAtKey(String(catalog.length + 1), catalog)).toBeUndefined();
    for (const key of ['0', '10', 'r', '', ' 1']) expect(lessonAtKey(key, catalog), key).toBeUndefined();
  });

  it('stop at 9 however long the catalog grows', () => {
    const many = Array.from({ length: 12 }, (_unused, index) => `lesson-${index + 1}`);
    expect(lastLessonKey(many)).toBe('9');
    expect(lessonAtKey('9', many)).toBe('lesson-9');
  });
});
