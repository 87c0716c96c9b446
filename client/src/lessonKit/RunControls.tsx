/**
 * Run and Stop, and the run's status in words. Run is refused (disabled, with
 * the reason shown) while parameters are invalid or the server is unreachable.
 * In a hands-on class a student may run too while hands-on time is open
 * (the server's handsOn.state says whether right now, and why not); a queued
 * run shows its place in line.
 */
import { Icon } from '../app/Icon.js';
import { isEndedStatus } from '../../../shared/protocol.js';
import type { ParamValues } from '../../../shared/experiments.js';
import { HandsOnRunNotes } from '../handsOn/HandsOnRunNotes.js';
import { useOwnerWords } from '../handsOn/RunPlacement.js';
import { handsOnText } from '../handsOn/text.js';
import { useCountdown } from '../handsOn/useCountdown.js';
import { queueSentence } from '../handsOn/wording.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { isFollowing } from '../store/classroomSlice.js';
import { handsOnRole, mayStartRuns, refusalKind } from '../store/handsOnSlice.js';
import { useLabStore } from '../store/labStore.js';
import type { RunEntry } from '../store/runsSlice.js';

type RunControlsProps = {
  experiment: string;
  /** Undefined while some parameter is invalid. */
  values: ParamValues | undefined;
  run: RunEntry | undefined;
};

export function RunControls({ experiment, values, run }: RunControlsProps) {
  const { t, language, format } = useI18n();
  const handsOnWords = useLocalized(handsOnText).run;
  const connected = useLabStore((state) => state.connection.status.state === 'open');
  const canControl = useLabStore((state) => state.connection.canControl);
  const mayStart = useLabStore(mayStartRuns);
  const student = useLabStore((state) => handsOnRole(state) === 'student');
  // A student waits for the server's yes (quota, rate); their own run in flight does not stop them queueing one more.
  const studentMayRunNow = useLabStore((state) => state.handsOn.state?.mayRun === true);
  const ownRun = useLabStore((state) => (run ? state.handsOn.ownRuns[run.id] === true : false));
  const owner = useOwnerWords(run);
  // Why the server says a student may not run now, when the page can say it in the reader's language.
  const studentRefusal = useLabStore((state) => (student && state.handsOn.state ? refusalKind(state.handsOn.state) : undefined));
  const starting = useLabStore((state) => state.pendingStart?.experiment === experiment);
  const startError = useLabStore((state) => (state.startError?.experiment === experiment ? state.startError : undefined));
  const startRun = useLabStore((state) => state.startRun);
  const stopRun = useLabStore((state) => state.stopRun);

  const status = run?.info?.status;
  const active = status !== undefined && !isEndedStatus(status);
  const retry = startError?.reason === 'refused' && startError.retryAfterMs !== undefined && startError.at !== undefined
    ? { retryAfterMs: startError.retryAfterMs, at: startError.at }
    : undefined;
  const retrySeconds = useCountdown(retry);
  const runBlocked = student ? !studentMayRunNow : active;
  const queue = status === 'queued' ? run?.info?.queue : undefined;
  const problem = !connected ? t.run.notConnected : values === undefined ? t.run.fixParams : undefined;
  const refusal =
    startError?.reason === 'refused'
      ? t.run.refused({ error: studentRefusal && studentRefusal !== 'other' ? handsOnWords.reasons[studentRefusal] : startError.error })
      : startError?.reason === 'notConnected'
        ? t.run.notConnected
        : undefined;

  return (
    <div className="run-controls">
      <button
        type="button"
        className="primary"
        data-testid="run-button"
        disabled={!mayStart || starting || runBlocked || problem !== undefined}
        onClick={() => {
          if (!values) return;
          // A student who runs their own experiment stops following the presenter, to see their own run.
          const state = useLabStore.getState();
          if (isFollowing(state)) state.exploreAlone();
          startRun(experiment, values);
        }}
      >
        {starting ? t.run.starting : (
          <>
            <Icon name="play" /> {t.run.start}
          </>
        )}
      </button>
      <button type="button" data-testid="stop-button" disabled={!(canControl || ownRun) || !active || !run} onClick={() => run && stopRun(run.id)}>
        <Icon name="stop" /> {t.run.stop}
      </button>
      <p className="run-status" aria-live="polite" data-testid="run-status" data-status={status ?? 'none'}>
        {run?.info && status && (
          <>
            <span className="visually-hidden">{t.run.statusLabel}: </span>
            <span className={`status-pill status-${status}`}>{t.run.status[status]}</span>{' '}
            <span className="muted mono">{t.run.runId({ id: run.id })}</span>
            {owner && !ownRun && <span className="muted"> · {owner}</span>}
          </>
        )}
        {!run && problem && connected && <span className="muted">{problem}</span>}
        {!connected && <span className="muted">{t.run.notConnected}</span>}
      </p>
      {queue && (
        <p className="queue-place" role="status" data-testid="queue-place" data-position={queue.position}>
          {queueSentence(queue, language)}
        </p>
      )}
      {refusal && (
        <p className="error-text" role="alert" data-testid="run-error">
          <Icon name="warning" /> {refusal}
          {retrySeconds !== undefined && (
            <> {retrySeconds > 0 ? handsOnWords.retryIn({ seconds: format.integer(retrySeconds) }) : handsOnWords.retryNow}</>
          )}
        </p>
      )}
      <HandsOnRunNotes />
    </div>
  );
}
