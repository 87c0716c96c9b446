/**
 * Tells screen readers which event is shown after a jump: the event log's
 * live region announces events as they are added (playing, stepping
 * forward), but not a step back, a scrub, or the presenter moving the room.
 */
import { useEffect, useRef, useState } from 'react';
import { useLocalized, useI18n } from '../i18n/index.js';
import { actorPids, describeEvent } from '../lessonKit/describeEvent.js';
import { classroomText } from '../classroom/text.js';
import { useLabStore } from '../store/labStore.js';
import { selectIndex, selectPlaying, useClock } from '../store/useClock.js';

export function CurrentEventAnnouncer() {
  const { t, format } = useI18n();
  const text = useLocalized(classroomText).announce;
  const index = useClock(selectIndex);
  const playing = useClock(selectPlaying);
  const events = useLabStore((state) => (state.watchedRun ? state.runs[state.watchedRun]?.events : undefined));
  const previous = useRef(index);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const from = previous.current;
    previous.current = index;
    const jumped = index < from || index > from + 1;
    const event = events?.[index];
    if (playing || !jumped || !event) return;
    setMessage(text.currentEvent({ index: format.integer(index + 1), text: describeEvent(event, t, format, actorPids(events ?? [])) }));
  }, [index, playing, events, t, format, text]);

  return (
    <p className="visually-hidden" aria-live="polite" data-testid="current-event-announcement">
      {message}
    </p>
  );
}
