import { describe, expect, it } from 'vitest';
import { fittingPhaseLabels } from './phaseLabels.js';

describe('fittingPhaseLabels', () => {
  it('drops a name that would print over the previous one, keeps far-apart ones', () => {
    const marks = [
      { index: 1, name: 'threads', percent: 2 },
      { index: 5, name: 'plain', percent: 6 },
      { index: 9, name: 'Atomics.add', percent: 30 },
      { index: 13, name: 'lock', percent: 34 },
      { index: 20, name: 'processes', percent: 60 },
    ];
    expect([...fittingPhaseLabels(marks, 600).keys()]).toEqual([1, 9, 20]);
    expect([...fittingPhaseLabels(marks, 3000).keys()]).toEqual([1, 5, 9, 13, 20]);
  });

  it('a name that would run past the end hangs left of its mark, and gives way if that overlaps the previous name', () => {
    // 'threads, repeat 1' at 65% ends 168 px after 65%; 'processes, repeat 1' at 90% hangs back 185 px.
    const marks = [
      { index: 1, name: 'threads, repeat 1', percent: 65 },
      { index: 2, name: 'processes, repeat 1', percent: 90 },
    ];
    expect(fittingPhaseLabels(marks, 600)).toEqual(new Map([[1, 'right']]));
    expect(fittingPhaseLabels(marks, 1500)).toEqual(new Map([[1, 'right'], [2, 'left']]));
  });

  it('on a phone-wide timeline, no shown name leaves the timeline or covers another', () => {
    // The communication lesson's stories, as placed on a 340 px timeline (a 390 px phone).
    const marks = [
      { index: 3, name: 'story: postMessage', percent: 2 },
      { index: 20, name: 'story: sab-wait', percent: 14 },
      { index: 35, name: 'story: ipc-json', percent: 36 },
      { index: 60, name: 'story: tcp', percent: 90 },
    ];
    const widthPx = 340;
    const shown = fittingPhaseLabels(marks, widthPx);
    const spans = marks
      .filter((mark) => shown.has(mark.index))
      .map((mark) => {
        const at = (mark.percent / 100) * widthPx;
        const width = mark.name.length * 8.6 + 22;
        return shown.get(mark.index) === 'left' ? [at - width, at] : [at, at + width];
      });
    expect([...shown.keys()]).toEqual([3, 60]);
    for (const [start, end] of spans) {
      expect(start).toBeGreaterThanOrEqual(0);
      expect(end).toBeLessThanOrEqual(widthPx);
    }
    for (let i = 1; i < spans.length; i++) expect(spans[i]?.[0]).toBeGreaterThanOrEqual(spans[i - 1]?.[1] ?? 0);
    expect(shown.get(60)).toBe('left');
  });
});
