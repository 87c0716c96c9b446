/**
 * Plain-language callouts for the memory lesson, computed from the scene
 * played so far (and the result once the run ended). Pure, so each sentence
 * is tested against a real recorded run.
 */
import { memoryResultSchema } from '../../../../shared/experiments.js';
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Formatters } from '../../i18n/format.js';
import { actorName } from '../../lessonKit/actorNames.js';
import type { ActorState, Scene } from '../../scene/types.js';
import type { MemoryText } from './text.js';

export type MemoryCallout = {
  id: string;
  /** Which stage section it explains; the stage shows the latest of each. */
  section: 'processes' | 'threads' | 'run';
  /** The actor whose cell it is about, to point at. */
  about: string | undefined;
  text: string;
  /** Real time (ns) of what it explains; callouts are listed in this order. */
  at: number;
};

export type CalloutWords = { text: MemoryText; t: Dictionary; format: Formatters };

const CELL = 'x';
/** More children than this are summed up in one callout, so the list stays readable. */
const MAX_CHILD_CALLOUTS = 3;

/**
 * The process that started the children: the lab host (Node engine), or the
 * C program the host started (native engine). Before any child exists, the
 * one without a parent.
 */
function rootProcess(scene: Scene): ActorState | undefined {
  const childParent = scene.actors['child-1']?.parent;
  if (childParent && scene.actors[childParent]) return scene.actors[childParent];
  return scene.actorOrder.map((id) => scene.actors[id]).find((actor) => actor?.type === 'process' && actor.parent === undefined);
}

export function memoryCallouts(scene: Scene, words: CalloutWords): MemoryCallout[] {
  const { text, t, format } = words;
  const callouts: MemoryCallout[] = [];
  const parent = rootProcess(scene);
  const parentCell = parent ? scene.spaces[parent.pid]?.cells[CELL] : undefined;

  const childProcesses = scene.actorOrder
    .map((id) => scene.actors[id])
    .filter((actor): actor is ActorState => actor?.type === 'process' && parent !== undefined && actor.parent === parent.id)
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));

  const copies: MemoryCallout[] = [];
  for (const child of childProcesses) {
    const cell = scene.spaces[child.pid]?.cells[CELL];
    if (!cell || cell.writeCount < 2) continue;
    const threadWriters = cell.writers.filter((writer) => scene.actors[writer]?.type === 'thread');
    if (threadWriters.length > 0) {
      callouts.push({
        id: `shared-${child.id}`,
        section: 'threads',
        about: child.id,
        at: cell.lastWriteAt,
        text: text.callouts.threadsShared({ count: format.integer(threadWriters.length), value: format.integer(cell.value) }),
      });
    } else if (parentCell && cell.writers.every((writer) => writer === child.id)) {
      copies.push({
        id: `copy-${child.id}`,
        section: 'processes',
        about: child.id,
        at: cell.lastWriteAt,
        text: text.callouts.childOwnCopy({
          child: actorName(t, child.id, child.label),
          pid: format.osId(child.pid),
          value: format.integer(cell.value),
          parent: format.integer(parentCell.value),
        }),
      });
    }
  }

  if (copies.length <= MAX_CHILD_CALLOUTS) callouts.push(...copies);
  else if (parentCell) {
    callouts.push({
      id: 'copies',
      section: 'processes',
      about: copies.at(-1)?.about,
      at: Math.max(...copies.map((copy) => copy.at)),
      text: text.callouts.childrenOwnCopies({ count: format.integer(copies.length), parent: format.integer(parentCell.value) }),
    });
  }

  if (parent && parentCell?.lastReader === parent.id) {
    callouts.push({
      id: 'parent-read',
      section: 'processes',
      about: parent.id,
      at: parentCell.lastReadAt ?? 0,
      text: text.callouts.parentRead({ value: format.integer(parentCell.value) }),
    });
  }

  if (scene.terminal.state === 'finished') {
    const result = memoryResultSchema.safeParse(scene.terminal.result);
    if (result.success && result.data.threads.length > 0) {
      const { sharedX, expectedSharedX, threads } = result.data;
      callouts.push({
        id: 'result-shared',
        section: 'threads',
        about: 'threaded',
        at: scene.terminal.t,
        text:
          sharedX === expectedSharedX
            ? text.callouts.noLostUpdates({
                shared: format.integer(sharedX),
                threads: format.integer(threads.length),
                increments: format.integer(expectedSharedX / threads.length),
              })
            : text.callouts.lostUpdates({ shared: format.integer(sharedX), expected: format.integer(expectedSharedX) }),
      });
    }
  } else if (scene.terminal.state === 'failed') {
    callouts.push({ id: 'failed', section: 'run', about: undefined, at: scene.terminal.t, text: text.callouts.failed({ error: scene.terminal.error }) });
  }
  return callouts.sort((a, b) => a.at - b.at);
}

/** The latest callout of a section, for the stage (the side panel lists them all). Callouts are sorted by time. */
export function latestIn(callouts: readonly MemoryCallout[], section: MemoryCallout['section']): MemoryCallout | undefined {
  return callouts.filter((callout) => callout.section === section).at(-1);
}
