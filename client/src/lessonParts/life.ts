/** An actor's life on stage (not started, running, exited) and how to say it. */
import type { Dictionary } from '../i18n/dictionary.js';
import type { ActorState } from '../scene/types.js';
import type { LifeState } from '../stage/ProcessBox.js';

export function lifeOf(actor: ActorState | undefined): LifeState {
  if (!actor) return 'notStarted';
  return actor.exit ? 'exited' : 'running';
}

export function lifeText(t: Dictionary, actor: ActorState | undefined): string {
  if (!actor) return t.stage.notStarted;
  if (!actor.exit) return t.stage.running;
  return actor.exit.signal ? t.stage.killedBy({ signal: actor.exit.signal }) : t.stage.exitedWithCode({ code: String(actor.exit.code ?? '?') });
}
