/**
 * The backend lesson's plain-language callouts, from the events up to the
 * playhead: what each phase does, who took the fault, what died, who came
 * back, how many drawn requests were lost. Pure.
 */
import type { LabEvent } from '../../../../shared/protocol.js';
import { sortByTime, type LessonCallout } from '../../lessonKit/callouts.js';
import type { Formatters } from '../../i18n/format.js';
import type { BackendModel } from './model.js';
import { backendActorName } from './names.js';
import type { BackendText } from './text.js';

export type BackendCallout = LessonCallout<'run'>;
export type BackendWords = { text: BackendText; format: Formatters };

export function backendCallouts(events: readonly LabEvent[], index: number, model: BackendModel, workers: number, words: BackendWords): BackendCallout[] {
  const { text, format } = words;
  const c = text.callouts;
  const name = (actor: string) => backendActorName(text, actor);
  const callouts: BackendCallout[] = [];
  const add = (id: string, at: number, said: string, tone?: 'alarm' | 'ok') => callouts.push({ id, section: 'run', at, text: said, ...(tone ? { tone } : {}) });
  for (let at = 0; at <= index && at < events.length; at += 1) {
    const event = events[at] as LabEvent;
    if (event.kind === 'phase') {
      if (event.name === 'start') add('start', event.t, c.start({ n: format.integer(workers) }));
      else if (event.name === 'pool') add('pool', event.t, c.pool);
      else if (event.name === 'cluster') add('cluster', event.t, c.cluster);
      else if (event.name === 'microservices') add('microservices', event.t, c.microservices);
    } else if (event.kind === 'fault.injected') {
      if (event.actor.startsWith('pool')) add(`fault-${event.actor}`, event.t, c.poolFault({ actor: name(event.actor) }), 'alarm');
      else add(`fault-${event.actor}`, event.t, c.clusterFault({ actor: name(event.actor) }), 'alarm');
    } else if (event.kind === 'actor.started') {
      if (event.actor === 'pool-restart') add('pool-restart', event.t, c.poolRestart, 'ok');
      else if (event.parent === 'cluster' && /replacement/.test(event.label)) add(`replacement-${event.actor}`, event.t, c.replacement({ actor: name(event.actor) }), 'ok');
    }
  }
  for (const [side, label] of [['pool', c.sidePool], ['cluster', c.sideCluster]] as const) {
    const lost = model.lost[side];
    if (lost > 0) {
      const last = Math.max(...[...model.requests.values()].filter((request) => request.side === side && request.state === 'lost').map((request) => request.sentAt));
      // The same count as the stage's label (every drawn request of this side that failed), out of every request drawn for it.
      const shown = [...model.requests.values()].filter((request) => request.side === side).length;
      add(`lost-${side}`, last, c.lost({ side: label, lost: format.integer(lost), lostCount: lost, shown: format.integer(shown), shownCount: shown }), 'alarm');
    }
  }
  return sortByTime(callouts);
}
