import { describe, expect, it } from 'vitest';
import { longStageNotes, STAGE_NOTE_MAX_WORDS } from '../../i18n/sentenceSources.js';
import type { LabEvent } from '../../../../shared/protocol.js';
import { formattersFor } from '../../i18n/format.js';
import { backendCallouts } from './callouts.js';
import { backendFaultEvents } from './fixtures.js';
import { backendModelAt } from './model.js';
import { text } from './text.js';

const events = backendFaultEvents;
// Events added by a test come after the fixture's (its times are whole milliseconds).
let seq = events.length;
const at = (ms: number, body: Record<string, unknown>): LabEvent => ({ run: 'backend-fixture', seq: seq++, t: ms * 1e6, ...body }) as LabEvent;

describe('backend callouts', () => {
  it('says who faulted, what was lost and who replaced it, in both languages', () => {
    const model = backendModelAt(events, events.length - 1);
    const en = backendCallouts(events, events.length - 1, model, 4, { text: text.en, format: formattersFor('en') });
    expect(en.map((callout) => callout.id)).toEqual(['lost-pool', 'fault-pool-thread-2', 'fault-cluster-worker-1', 'replacement-cluster-worker-5']);
    expect(en[1]?.text).toBe('thread 2 sent SIGSEGV to its own process: it ends, with every thread and request it held.');
    expect(en[0]?.text).toBe(
      '1 of 1 request shown for the thread pool failed; the verdict counts every request.',
    );
    const pt = backendCallouts(events, events.length - 1, model, 4, { text: text['pt-BR'], format: formattersFor('pt-BR') });
    expect(pt[0]?.text).toBe(
      '1 de 1 requisição mostrada para o pool de threads falhou; o veredito conta todas as requisições.',
    );
  });

  it('counts the failed requests the stage shows, out of every request shown for that side (the stage label’s count)', () => {
    const more: LabEvent[] = [
      ...events,
      ...['pool-f1', 'pool-f2', 'pool-f3'].map((msg, index) => at(10 + index, { kind: 'message.sent', actor: 'loadgen', peer: 'pool', channel: 'tcp', bytes: 0, msg })),
      at(20, { kind: 'message.lost', actor: 'loadgen', msg: 'pool-f1', reason: 'ECONNRESET' }),
    ];
    const model = backendModelAt(more, more.length - 1);
    expect(model.lost.pool).toBe(2);
    const pt = backendCallouts(more, more.length - 1, model, 4, { text: text['pt-BR'], format: formattersFor('pt-BR') });
    expect(pt.find((callout) => callout.id === 'lost-pool')?.text).toMatch(/^2 de 4 requisições mostradas para o pool de threads falharam; /);
    expect(text['pt-BR'].stage.lost({ count: '2' })).toBe('✕ falhas: 2 (das mostradas)');
    expect(text.en.stage.lost({ count: '2' })).toBe('✕ failed: 2 (of those shown)');
  });
});

describe('backend stage notes are short enough to read as they go by (issue 14)', () => {
  it(`has no note over ${STAGE_NOTE_MAX_WORDS.en} words in English or ${STAGE_NOTE_MAX_WORDS['pt-BR']} in Portuguese in its recorded runs (the verdict, which stays up, aside)`, () => {
    expect(longStageNotes('backend')).toEqual([]);
  });
});
