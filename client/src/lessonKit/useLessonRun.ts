/**
 * The run a lesson page shows: the watched run if it belongs to this lesson.
 * Keeps `?run=<id>` in the address bar in step with it, so a run can be
 * shared or reopened (the server replays recorded runs on subscribe).
 */
import { useEffect } from 'react';
import { replaceSearchParam, useSearchParam } from '../router/router.js';
import { useLabStore } from '../store/labStore.js';
import type { RunEntry } from '../store/runsSlice.js';

export function useLessonRun(lessonId: string): RunEntry | undefined {
  const watchedRun = useLabStore((state) => state.watchedRun);
  const entry = useLabStore((state) => (watchedRun ? state.runs[watchedRun] : undefined));
  const linkedRun = useSearchParam('run');
  const belongsHere = entry !== undefined && (entry.info === undefined || entry.info.experiment === lessonId);
  const shownRun = belongsHere && entry.info ? entry.id : undefined;

  // Opened from a link: put that run on stage and ask for its log. If the socket
  // is not open yet, the welcome handler subscribes to the watched run.
  useEffect(() => {
    if (!linkedRun) return;
    const state = useLabStore.getState();
    if (state.watchedRun === linkedRun) return;
    state.watchRun(linkedRun, { autoplay: true });
    state.followRun(linkedRun);
  }, [linkedRun]);

  // A run started here: show its id in the address bar. The store is asked
  // (not this render's value) so a link being opened is never overwritten.
  useEffect(() => {
    if (shownRun && useLabStore.getState().watchedRun === shownRun) replaceSearchParam('run', shownRun);
  }, [shownRun]);

  return belongsHere ? entry : undefined;
}
