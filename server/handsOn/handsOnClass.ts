/**
 * Hands-on time in a classroom lab: whether students may run now, and for
 * each request, who asks and whether their quota lets them. The presenter
 * (the token holder) always may and has no quota; in local mode (one person
 * on their own machine) nothing here applies.
 */
import type { HandsOnState } from '../../shared/protocol.js';
import type { RunRequester } from '../runs/runRecord.js';
import type { Session } from './sessions.js';
import type { StudentQuota } from './studentQuota.js';

export type Requester = { presenter: true } | { presenter: false; session: Session | undefined };

export type StartPermission =
  | { ok: true; requester: RunRequester }
  | { ok: false; status: 401 | 403 | 429; error: string; retryAfterMs?: number };

export type HandsOnClassOptions = {
  /** Classroom mode: there is a presenter, and hands-on time can be opened. */
  classroom: boolean;
  /** --hands-on: open from the start. */
  openAtStart: boolean;
  quota: StudentQuota;
  /** A student's runs in flight and waiting now, and about when the first ends. */
  countsOf(sessionId: string): { running: number; queued: number; freeInMs?: number };
};

export const CLOSED_MESSAGE =
  'this lab is in classroom mode and hands-on time is closed: only the presenter can start runs now; follow the presenter, or wait until they open it';
export const NO_SESSION_MESSAGE = 'no student session: load the lab page first (it sets a session cookie), then start the run from it';

export function createHandsOnClass(options: HandsOnClassOptions) {
  let open = options.classroom && options.openAtStart;
  const listeners = new Set<(open: boolean) => void>();

  function permission(who: Requester): StartPermission {
    if (who.presenter) return { ok: true, requester: { key: 'presenter', presenter: true, student: false } };
    if (!open) return { ok: false, status: 403, error: CLOSED_MESSAGE };
    const { session } = who;
    if (!session) return { ok: false, status: 401, error: NO_SESSION_MESSAGE };
    const quota = options.quota.check(session.id, options.countsOf(session.id));
    if (!quota.ok) return { ok: false, status: 429, error: quota.reason, ...(quota.retryAfterMs !== undefined ? { retryAfterMs: quota.retryAfterMs } : {}) };
    return {
      ok: true,
      requester: {
        key: session.id,
        presenter: false,
        student: true,
        maxRunning: options.quota.limits.maxRunning,
        ...(session.name ? { name: session.name } : {}),
      },
    };
  }

  return {
    classroom: options.classroom,
    isOpen: () => open,

    setOpen(next: boolean): void {
      if (!options.classroom || next === open) return;
      open = next;
      for (const listener of listeners) listener(open);
    },

    onToggle(listener: (open: boolean) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    /** May this requester start a run now? A student's ok must be followed by `spend` once the run is accepted. */
    permission,

    spend(session: Session): void {
      options.quota.spend(session.id);
    },

    /** What a connection may do now, for its screen. */
    stateFor(who: Requester): HandsOnState {
      if (who.presenter) return { enabled: options.classroom, open, mayRun: true, presenter: true };
      const answer = permission(who);
      const session = who.session;
      const counts = session ? options.countsOf(session.id) : undefined;
      return {
        enabled: options.classroom,
        open,
        mayRun: answer.ok,
        ...(answer.ok ? {} : { reason: answer.error }),
        ...(!answer.ok && answer.retryAfterMs !== undefined ? { retryAfterMs: answer.retryAfterMs } : {}),
        ...(session?.name ? { name: session.name } : {}),
        ...(counts
          ? { quota: { running: counts.running, queued: counts.queued, maxRunning: options.quota.limits.maxRunning, maxQueued: options.quota.limits.maxQueued } }
          : {}),
      };
    },
  };
}

export type HandsOnClass = ReturnType<typeof createHandsOnClass>;
