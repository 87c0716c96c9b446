/**
 * Play/pause, step, skip, speed and the scrub bar, with the current event's
 * real time and index always on screen ("t = 12.345 ms (real)", "event 17 / 52").
 * Subscribes to the clock's index and play state only, so it re-renders once
 * per event, not once per animation frame.
 */
import { Icon } from '../app/Icon.js';
import { useCallback, useEffect } from 'react';
import type { LabEvent } from '../../../shared/protocol.js';
import { playbackSpeeds } from '../clock/presentationClock.js';
import { useI18n } from '../i18n/index.js';
import { Timeline } from '../stage/Timeline.js';
import { targetOwnsKey } from './keyTarget.js';
import { phaseTitle } from './phaseTitle.js';
import { useLabStore } from '../store/labStore.js';
import { selectAtEnd, selectIndex, selectPlaying, selectSpeed, useClock } from '../store/useClock.js';

type PlaybackControlsProps = {
  events: readonly LabEvent[];
  /** A lesson's own names for its phases (e.g. "threads-plain" → "plain"); others use the dictionary. */
  phaseLabel?: ((name: string) => string | undefined) | undefined;
};


export function PlaybackControls({ events, phaseLabel }: PlaybackControlsProps) {
  const { t, format, language } = useI18n();
  const clock = useLabStore((state) => state.clock);
  // The clock is one for the whole app: on a lesson reached by a link or a presenter key, before this lesson's
  // own run is loaded, it may still stand on the previous lesson's event ("event 68 / 0"). Only this lesson's
  // events count here.
  const clockIndex = useClock(selectIndex);
  const index = Math.min(clockIndex, events.length - 1);
  const playing = useClock(selectPlaying);
  const speed = useClock(selectSpeed);
  const atEnd = useClock(selectAtEnd);
  const current = events[index];
  const hasEvents = events.length > 0;

  const timeText = current ? t.playback.realTime({ ms: format.milliseconds(current.t) }) : t.playback.noEvents;
  const indexText = t.playback.eventIndex({
    index: format.integer(Math.max(0, index + 1)),
    total: format.integer(events.length),
  });
  const phaseName = useCallback(
    (name: string) => phaseLabel?.(name) ?? (Object.hasOwn(t.phases, name) ? t.phases[name as keyof typeof t.phases] : phaseTitle(name, language)),
    [t, phaseLabel, language],
  );

  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      // Space, ← and → drive playback unless the focused element uses the key itself (keyTarget.ts).
      if (targetOwnsKey(event.target, event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
      if (event.key === ' ') clock.togglePlay();
      else if (event.key === 'ArrowRight') clock.stepForward();
      else if (event.key === 'ArrowLeft') clock.stepBack();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [clock]);

  return (
    <section className="playback" aria-label={t.playback.label} data-testid="playback">
      <div className="playback-row">
        <div className="playback-buttons">
          <button type="button" onClick={() => clock.seek(0)} disabled={!hasEvents || index <= 0} aria-label={t.playback.toStart} title={t.playback.toStart} data-testid="to-start">
            <Icon name="toStart" />
          </button>
          <button type="button" onClick={clock.stepBack} disabled={!hasEvents || index <= 0} aria-label={t.playback.stepBack} title={t.playback.stepBack} data-testid="step-back">
            <Icon name="stepBack" /> <span className="button-text">{t.playback.stepBack}</span>
          </button>
          <button type="button" className="play-button" onClick={clock.togglePlay} disabled={!hasEvents && !playing} data-testid="play-pause" aria-pressed={playing}>
            <Icon name={playing ? 'pause' : 'play'} /> {playing ? t.playback.pause : t.playback.play}
          </button>
          <button type="button" onClick={clock.stepForward} disabled={!hasEvents || atEnd} aria-label={t.playback.stepForward} title={t.playback.stepForward} data-testid="step-forward">
            <span className="button-text">{t.playback.stepForward}</span> <Icon name="stepForward" />
          </button>
          <button type="button" onClick={clock.seekToEnd} disabled={!hasEvents || atEnd} aria-label={t.playback.toEnd} title={t.playback.toEnd} data-testid="to-end">
            <Icon name="toEnd" />
          </button>
        </div>
        <div className="speed" role="group" aria-label={t.playback.speed}>
          <span className="speed-label" title={t.playback.speed} aria-hidden="true">
            <Icon name="speed" size={24} />
          </span>
          {playbackSpeeds.map((option) => (
            <button key={option} type="button" aria-pressed={option === speed} onClick={() => clock.setSpeed(option)} data-testid={`speed-${option}`}>
              {format.decimal(option)}×
            </button>
          ))}
        </div>
      </div>
      <div className="playback-readout">
        <output className="real-time mono" data-testid="real-time">
          {timeText}
        </output>
        <output className="event-index" data-testid="event-index">
          {indexText}
        </output>
        <span className="note small slow-motion-note">{t.playback.slowMotionNote}</span>
      </div>
      <Timeline
        events={events}
        index={index}
        onSeek={clock.seek}
        label={t.playback.timeline}
        valueText={`${indexText}, ${timeText}`}
        phaseName={phaseName}
      />
    </section>
  );
}
