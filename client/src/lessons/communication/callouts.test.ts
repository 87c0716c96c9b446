import { describe, expect, it } from 'vitest';
import { formattersFor } from '../../i18n/format.js';
import { sceneAt } from '../../scene/sceneAt.js';
import { communicationCallouts } from './callouts.js';
import { fixtureRun } from './fixtures.js';
import { text } from './text.js';

const words = { text: text.en, format: formattersFor('en') };
const events = fixtureRun(['postMessage', 'sab-wait', 'sab-spin', 'ipc-json', 'tcp']);

function textsAt(index: number): string[] {
  return communicationCallouts(events.slice(0, index + 1), sceneAt(events, index), words).map((callout) => callout.text);
}

describe('communicationCallouts', () => {
  it('says nothing before a story is complete', () => {
    expect(textsAt(6)).toEqual([]);
  });

  it('explains each channel once its story is told, naming the real PIDs', () => {
    const afterJson = events.findIndex((event) => event.kind === 'phase' && event.name === 'story-tcp');
    expect(textsAt(afterJson)).toEqual([
      'postMessage: both threads are in PID 21789, yet each message was copied from one heap to the other.',
      'sab-wait: the peer thread read the bytes the host wrote, in PID 21789’s memory — nothing was copied.',
      'sab-spin: the waiting thread does not sleep; it spins on a core at 100% until the flag changes.',
      'sab-spin: the peer thread read the bytes the host wrote, in PID 21789’s memory — nothing was copied.',
      'ipc-json: each message left PID 21789, crossed the kernel, and was rebuilt in PID 21954.',
    ]);
  });

  it('ends with the measured fastest channels', () => {
    expect(textsAt(events.length - 1).at(-1)).toBe(
      'Measured medians: fastest between threads sab-spin 0.35 µs, fastest between processes tcp 32.5 µs per round trip.',
    );
  });

  it('reports a failed run', () => {
    const failed = [...events.slice(0, 6), { run: 'fixture', seq: 6, t: 2e9, kind: 'run.failed' as const, error: 'time limit of 30 s reached' }];
    expect(communicationCallouts(failed, sceneAt(failed, 6), words).at(-1)?.text).toBe('The run failed: time limit of 30 s reached');
  });
});

describe('communicationCallouts on a recorded run', () => {
  it('explains every channel of the real run, with its real PIDs', async () => {
    const { recordedCommunicationRun: recorded } = await import('./recordedRun.js');
    const all = communicationCallouts(recorded, sceneAt(recorded, recorded.length - 1), words);
    expect(all.filter((callout) => callout.id.startsWith('story-')).map((callout) => callout.id)).toEqual([
      'story-postMessage',
      'story-sab-wait',
      'story-sab-spin',
      'story-ipc-json',
      'story-ipc-advanced',
      'story-pipe',
      'story-unix-socket',
      'story-tcp',
    ]);
    expect(all.find((callout) => callout.id === 'story-pipe')?.text).toMatch(/^pipe: each message left PID \d+, crossed the kernel, and was rebuilt in PID \d+\.$/);
  });
});
