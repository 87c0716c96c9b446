/**
 * Run and Stop, and the run's status in words. Run is refused (disabled, with
 * the reason shown) while parameters are invalid or the server is unreachable.
 */
import { Icon } from '../app/Icon.js';
import { isEndedStatus } from '../../../shared/protocol.js';
import type { ParamValues } from '../../../shared/experiments.js';
import { useI18n } from '../i18n/index.js';
import { useLabStore } from '../store/labStore.js';
import type { RunEntry } from '../store/runsSlice.js';

type RunControlsProps = {
  experiment: string;
  /** Undefined while some parameter is invalid. */
  values: ParamValues | undefined;
  run: RunEntry | undefined;
};

export function RunControls({ experiment, values, run }: RunControlsProps) {
  const { t } = useI18n();
  const connected = useLabStore((state) => state.connection.status.state === 'open');
  const canControl = useLabStore((state) => state.connection.canControl);
  const starting = useLabStore((state) => state.pendingStart?.experiment === experiment);
  const startError = useLabStore((state) => (state.startError?.experiment === experiment ? state.startError : undefined));
  const startRun = useLabStore((state) => state.startRun);
  const stopRun = useLabStore((state) => state.stopRun);

  const status = run?.info?.status;
  const active = status !== undefined && !isEndedStatus(status);
  const problem = !connected ? t.run.notConnected : values === undefined ? t.run.fixParams : undefined;
  const refusal =
    startError?.reason === 'refused'
      ? t.run.refused({ error: startError.error })
      : startError?.reason === 'notConnected'
        ? t.run.notConnected
        : undefined;

  return (
    <div className="run-controls">
      <button
        type="button"
        className="primary"
        data-testid="run-button"
        disabled={!canControl || starting || active || problem !== undefined}
        onClick={() => values && startRun(experiment, values)}
      >
        {starting ? t.run.starting : (
          <>
            <Icon name="play" /> {t.run.start}
          </>
        )}
      </button>
      <button type="button" data-testid="stop-button" disabled={!canControl || !active || !run} onClick={() => run && stopRun(run.id)}>
        <Icon name="stop" /> {t.run.stop}
      </button>
      <p className="run-status" aria-live="polite" data-testid="run-status" data-status={status ?? 'none'}>
        {run?.info && status && (
          <>
            <span className="visually-hidden">{t.run.statusLabel}: </span>
            <span className={`status-pill status-${status}`}>{t.run.status[status]}</span>{' '}
            <span className="muted mono">{t.run.runId({ id: run.id })}</span>
          </>
        )}
        {!run && problem && connected && <span className="muted">{problem}</span>}
        {!connected && <span className="muted">{t.run.notConnected}</span>}
      </p>
      {refusal && (
        <p className="error-text" role="alert" data-testid="run-error">
          <Icon name="warning" /> {refusal}
        </p>
      )}
    </div>
  );
}
