/**
 * What a student of a hands-on class reads beside Run: whether hands-on time
 * is open, why they may not run now (in the reader's language where the
 * situation is known, else the server's words) with a countdown, their
 * quota, and their name for the class. Renders nothing in local mode.
 */
import { Icon } from '../app/Icon.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { handsOnRole, refusalKind } from '../store/handsOnSlice.js';
import { useLabStore } from '../store/labStore.js';
import { StudentNameField } from './StudentNameField.js';
import { handsOnText } from './text.js';
import { useCountdown } from './useCountdown.js';
import './handsOn.css';

export function HandsOnRunNotes() {
  const { format } = useI18n();
  const text = useLocalized(handsOnText).run;
  const role = useLabStore(handsOnRole);
  const state = useLabStore((store) => store.handsOn.state);
  const receivedAt = useLabStore((store) => store.handsOn.receivedAt);
  const kind = state ? refusalKind(state) : undefined;
  // Only a rate limit passes at a known time; a full quota frees up when a run ends (the server then says so).
  const retry = kind === 'rate' && state?.retryAfterMs ? { retryAfterMs: state.retryAfterMs, at: receivedAt } : undefined;
  const seconds = useCountdown(retry);
  if (role !== 'student' || !state) return null;

  if (!state.open) {
    return (
      <div className="hands-on-notes">
        <p className="hands-on-closed" role="status" data-testid="handsOn-closed">
          <Icon name="warning" /> {text.closed}
        </p>
        {/* A name can be chosen before the presenter opens hands-on time. */}
        <StudentNameField />
      </div>
    );
  }
  const reason = kind === undefined ? undefined : kind === 'other' ? (state.reason ?? text.reasons.noSession) : text.reasons[kind];
  const quota = state.quota;
  return (
    <div className="hands-on-notes">
      {reason ? (
        <p className="hands-on-reason" role="status" data-testid="handsOn-reason" data-kind={kind}>
          <Icon name="warning" /> {reason}{' '}
          {seconds !== undefined && (seconds > 0 ? text.retryIn({ seconds: format.integer(seconds) }) : text.retryNow)}
        </p>
      ) : (
        <p className="hands-on-open muted" data-testid="handsOn-open">
          {text.open}
        </p>
      )}
      {quota && (
        <p className="muted note" data-testid="handsOn-quota">
          {text.quota({
            running: format.integer(quota.running),
            queued: format.integer(quota.queued),
            maxRunning: format.integer(quota.maxRunning),
            maxQueued: format.integer(quota.maxQueued),
          })}
        </p>
      )}
      <StudentNameField />
    </div>
  );
}
