/** How an actor's life reads on the backend stage. Pure. */
import type { Dictionary } from '../../i18n/dictionary.js';
import type { ActorState } from '../../scene/types.js';
import type { LifeState } from '../../stage/ProcessBox.js';
import type { BackendText } from './text.js';

export function lifeOf(actor: ActorState | undefined): LifeState {
  if (!actor) return 'notStarted';
  return actor.exit ? 'exited' : 'running';
}

/** Died of a signal or an error (not a normal end at the close of the run). */
export function died(actor: ActorState | undefined): boolean {
  return actor?.exit !== undefined && (actor.exit.signal !== null || (actor.exit.code ?? 0) !== 0);
}

export function endWords(t: Dictionary, text: BackendText, actor: ActorState | undefined): string {
  if (!actor) return t.stage.notStarted;
  const exit = actor.exit;
  if (!exit) return text.stage.running;
  if (exit.reason === 'process died') return text.stage.processDied;
  if (exit.signal) return text.stage.killedBy({ signal: exit.signal });
  return exit.code === 0 ? text.stage.finished : text.stage.exitedWith({ code: String(exit.code ?? '?') });
}
