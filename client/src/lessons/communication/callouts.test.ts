import { describe, expect, it } from 'vitest';
import { longStageNotes, STAGE_NOTE_MAX_WORDS } from '../../i18n/sentenceSources.js';
import { formattersFor } from '../../i18n/format.js';
import { sceneAt } from '../../scene/sceneAt.js';
import { communicationCallouts } from './callouts.js';
import { fixtureRun } from './fixtures.js';
import { text } from './text.js';

const words = { text: text.en, format: formattersFor('en'), language: 'en' as const };
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
      'postMessage: both threads are in PID 21789, yet each message was copied heap to heap.',
      'Shared memory with Atomics.wait: messages copied once into a buffer in PID 21789, read in place.',
      'Busy-waiting: the waiting thread never sleeps, testing a flag in a loop, its core at 100%.',
      'Shared memory with busy-waiting: messages copied once into a buffer in PID 21789, read in place.',
      'Node IPC (JSON): PID 21789 → kernel → PID 21954, a copy at each arrow.',
    ]);
  });

  it('ends with the measured fastest channels', () => {
    expect(textsAt(events.length - 1).at(-1)).toBe(
      'Fastest median round trip: threads, shared memory with busy-waiting (0.35 µs); processes, TCP on 127.0.0.1 (32.5 µs).',
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
    expect(all.find((callout) => callout.id === 'story-pipe')?.text).toMatch(/^Named pipe \(FIFO\): PID \d+ → kernel → PID \d+, a copy at each arrow\.$/);
  });
});

describe('communicationCallouts in pt-BR', () => {
  it('names the channels in words, never by their ids', () => {
    const pt = { text: text['pt-BR'], format: formattersFor('pt-BR'), language: 'pt-BR' as const };
    const texts = communicationCallouts(events, sceneAt(events, events.length - 1), pt).map((callout) => callout.text);
    expect(texts).toContain('IPC do Node (JSON): PID 21789 → kernel → PID 21954, uma cópia em cada seta.');
    expect(texts.at(-1)).toBe('Ida e volta mais rápida (mediana): threads, memória compartilhada com espera ativa (0,35 µs); processos, TCP em 127.0.0.1 (32,5 µs).');
    for (const sentence of texts) for (const id of ['sab-wait', 'sab-spin', 'ipc-json', 'unix-socket']) expect(sentence).not.toContain(id);
  });
});

describe('communication stage notes are short enough to read as they go by (issue 14)', () => {
  it(`has no note over ${STAGE_NOTE_MAX_WORDS.en} words in English or ${STAGE_NOTE_MAX_WORDS['pt-BR']} in Portuguese in its recorded runs (the verdict, which stays up, aside)`, () => {
    expect(longStageNotes('communication')).toEqual([]);
  });
});
