/**
 * A hands-on class as this browser sees it: what the server says this
 * connection may do (handsOn.state: open or closed, may run now or why not,
 * quota, name), the class's aggregated runs (class.summary), and the runs
 * this browser started itself.
 *
 * In local mode the server never sends handsOn.state: `state` stays
 * undefined and everything behaves as before (whoever may control, runs).
 */
import { displayNameSchema, type ClassSummary, type HandsOnState, type RunInfo } from '../../../shared/protocol.js';
import { isPredictionLesson, predictionOptions } from '../../../shared/predictions.js';
import type { LabState, Slice, Transport } from './types.js';

export type HandsOnView = {
  /** As the server last said; undefined outside a classroom (local mode). */
  state: HandsOnState | undefined;
  /** When `state` arrived (Date.now()), so a retryAfterMs can count down. */
  receivedAt: number;
  /** The class's runs, aggregated by the server (to the presenter live, to a student after their first run). */
  summary: ClassSummary | undefined;
  /** Runs this browser started (run.accepted for its own run.start). */
  ownRuns: Readonly<Record<string, true>>;
  /** Runs whose prediction was already reported (once per run). */
  predictionsSent: Readonly<Record<string, true>>;
};

export type NameOutcome = { ok: true } | { ok: false; problem: 'invalid' | 'notConnected' };

export type HandsOnSlice = {
  handsOn: HandsOnView;
  setHandsOnState(state: HandsOnState, now?: number): void;
  setClassSummary(summary: ClassSummary): void;
  /** The presenter opens or closes hands-on time; false when not connected. */
  setHandsOnOpen(open: boolean): boolean;
  /** Checks a display name as the server will (displayNameSchema) and sends it. */
  setStudentName(name: string): NameOutcome;
  /**
   * A run this browser asked for was accepted. In hands-on mode a student's
   * prediction for that lesson (made before the run) is reported once, so
   * the server can compare it with what the run measures.
   */
  noteOwnRun(run: RunInfo): void;
};

/** Who this connection is in a hands-on class: nobody special (local mode), the presenter, or a student. */
export function handsOnRole(state: LabState): 'none' | 'presenter' | 'student' {
  const handsOn = state.handsOn.state;
  if (!handsOn?.enabled) return 'none';
  return handsOn.presenter ? 'presenter' : 'student';
}

/** Whether this page may offer Run at all: the controller (presenter, local user), or a student while hands-on time is open. */
export function mayStartRuns(state: LabState): boolean {
  if (state.connection.canControl) return true;
  return handsOnRole(state) === 'student' && state.handsOn.state?.open === true;
}

export type RefusalKind = 'closed' | 'quota' | 'rate' | 'noSession' | 'other';

/**
 * Why a student may not run now, read from the state's structure so the page
 * can say it in the reader's language: hands-on time closed; a full quota
 * (runs in flight and waiting at the student's limit; it carries an
 * estimated retry too); a rate limit (a retry time, quota not full); no
 * session (the server counts a quota only for a student session). 'other'
 * when only the server's words say why.
 */
export function refusalKind(state: HandsOnState): RefusalKind | undefined {
  if (state.mayRun) return undefined;
  if (!state.open) return 'closed';
  const quota = state.quota;
  if (!quota) return 'noSession';
  if (quota.running + quota.queued >= quota.maxRunning + quota.maxQueued) return 'quota';
  if (state.retryAfterMs !== undefined && state.retryAfterMs > 0) return 'rate';
  return 'other';
}

export function createHandsOnSlice(transport: Transport, predictionFor: (lesson: string) => string | undefined): Slice<HandsOnSlice> {
  let nextRequest = 1;
  return (set, get) => {
    const update = (patch: Partial<HandsOnView>) => set({ handsOn: { ...get().handsOn, ...patch } });
    return {
      handsOn: { state: undefined, receivedAt: 0, summary: undefined, ownRuns: {}, predictionsSent: {} },
      setHandsOnState: (state, now = Date.now()) => update({ state, receivedAt: now }),
      setClassSummary: (summary) => update({ summary }),
      setHandsOnOpen(open) {
        const requestId = `handsOn-${nextRequest}`;
        nextRequest += 1;
        return transport.send({ type: 'handsOn.set', requestId, open });
      },
      setStudentName(raw) {
        const parsed = displayNameSchema.safeParse(raw);
        if (!parsed.success) return { ok: false, problem: 'invalid' };
        const requestId = `name-${nextRequest}`;
        nextRequest += 1;
        return transport.send({ type: 'student.name', requestId, name: parsed.data }) ? { ok: true } : { ok: false, problem: 'notConnected' };
      },
      noteOwnRun(run) {
        const view = get().handsOn;
        if (!view.ownRuns[run.id]) update({ ownRuns: { ...view.ownRuns, [run.id]: true } });
        if (handsOnRole(get()) !== 'student' || get().handsOn.predictionsSent[run.id]) return;
        const lesson = run.experiment;
        const choice = predictionFor(lesson);
        if (!choice || !isPredictionLesson(lesson) || !(predictionOptions[lesson] as readonly string[]).includes(choice)) return;
        if (transport.send({ type: 'prediction.made', requestId: `prediction-${run.id}`, run: run.id, choice })) {
          update({ predictionsSent: { ...get().handsOn.predictionsSent, [run.id]: true } });
        }
      },
    };
  };
}
