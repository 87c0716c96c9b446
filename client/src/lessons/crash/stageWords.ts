/** How an actor's life reads on the crash stage ("running", "killed by SIGSEGV", "process died"). Pure. */
import type { Dictionary } from '../../i18n/dictionary.js';
import type { ActorState } from '../../scene/types.js';
import type { LifeState } from '../../stage/ProcessBox.js';
import type { CrashText } from './text.js';

export function lifeOf(actor: ActorState | undefined): LifeState {
  if (!actor) return 'notStarted';
  return actor.exit ? 'exited' : 'running';
}

/** The end in words: a thread whose process died says so; otherwise the real signal or exit code. */
export function endWords(t: Dictionary, text: CrashText, actor: ActorState | undefined): string {
  if (!actor) return t.stage.notStarted;
  const exit = actor.exit;
  if (!exit) return t.stage.running;
  if (exit.reason === 'process died') return text.stage.processDied;
  if (exit.signal) return text.stage.killedBy({ signal: exit.signal });
  return exit.code === 0 ? t.stage.exitedWithCode({ code: '0' }) : text.stage.exitedWith({ code: String(exit.code ?? '?') });
}

/** The heart of an actor: beating, dead (signal, error, or its process died), or finished normally. */
export function heartState(actor: ActorState | undefined): 'alive' | 'dead' | 'finished' {
  if (!actor?.exit) return 'alive';
  return actor.exit.signal !== null || (actor.exit.code ?? 0) !== 0 ? 'dead' : 'finished';
}
