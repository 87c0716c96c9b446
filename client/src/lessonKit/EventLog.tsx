/**
 * The played-so-far events as sentences, for reading and for screen readers
 * (a polite live region: new events are announced without interrupting).
 * Only the latest entries are in the DOM; long runs stay light.
 */
import { useEffect, useMemo, useRef } from 'react';
import type { LabEvent } from '../../../shared/protocol.js';
import { useI18n } from '../i18n/index.js';
import { actorPids, describeEvent } from './describeEvent.js';

/** Entries kept in the DOM at most. */
const VISIBLE_ENTRIES = 120;

export function EventLog({ events, index }: { events: readonly LabEvent[]; index: number }) {
  const { t, format } = useI18n();
  const listRef = useRef<HTMLOListElement>(null);
  const end = Math.max(0, index + 1);
  const start = Math.max(0, end - VISIBLE_ENTRIES);
  const shown = events.slice(start, end);
  const pids = useMemo(() => actorPids(events), [events]);

  // Keep the newest entry in view by scrolling the list itself (never the page).
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [end]);

  return (
    <section className="panel event-log" aria-labelledby="event-log-heading">
      <h2 id="event-log-heading">{t.eventLog.heading}</h2>
      {start > 0 && <p className="muted small">{t.eventLog.earlierHidden({ count: format.integer(start) })}</p>}
      {shown.length === 0 && <p className="muted">{t.eventLog.empty}</p>}
      {/* Focusable so a keyboard user can scroll the log (it scrolls on its own box). */}
      <ol ref={listRef} tabIndex={0} aria-labelledby="event-log-heading" aria-live="polite" aria-relevant="additions" data-testid="event-log" start={start + 1}>
        {shown.map((event) => (
          <li key={event.seq} className={event.seq === index ? 'current' : undefined} aria-current={event.seq === index ? 'step' : undefined}>
            <span className="log-time mono">{format.milliseconds(event.t)} ms</span>
            <span className="log-text">{describeEvent(event, t, format, pids)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
