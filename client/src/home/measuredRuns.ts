/**
 * The runs measured on this machine, as GET /api/runs lists them (newest
 * first), and the newest finished one of each experiment: the home table
 * shows only figures that were measured here.
 */
import { useEffect, useState } from 'react';
import { z } from 'zod';
import { runInfoSchema, type RunInfo } from '../../../shared/protocol.js';

const runsResponseSchema = z.object({ runs: z.array(z.unknown()) });

/** Each listed run that parses (one odd entry does not hide the others). */
export function parseRunList(body: unknown): RunInfo[] {
  const parsed = runsResponseSchema.safeParse(body);
  if (!parsed.success) return [];
  return parsed.data.runs.flatMap((entry) => {
    const run = runInfoSchema.safeParse(entry);
    return run.success ? [run.data] : [];
  });
}

/** The newest finished run of each experiment that has one, with its result. */
export function latestFinishedByExperiment(runs: readonly RunInfo[]): ReadonlyMap<string, RunInfo> {
  const latest = new Map<string, RunInfo>();
  for (const run of runs) {
    if (run.status !== 'finished' || run.result === undefined) continue;
    const known = latest.get(run.experiment);
    if (!known || run.createdAt > known.createdAt) latest.set(run.experiment, run);
  }
  return latest;
}

export type MeasuredRuns = { latest: ReadonlyMap<string, RunInfo>; loaded: boolean };

async function fetchLatest(): Promise<ReadonlyMap<string, RunInfo>> {
  const response = await fetch('/api/runs', { headers: { accept: 'application/json' } });
  if (!response.ok) return new Map();
  return latestFinishedByExperiment(parseRunList(await response.json()));
}

/**
 * The newest finished run per experiment, fetched when the page opens and
 * again when the tab comes back into view (a lesson may have been run
 * meanwhile). An unreachable server means "nothing measured", never an error.
 */
export function useMeasuredRuns(): MeasuredRuns {
  const [state, setState] = useState<MeasuredRuns>({ latest: new Map(), loaded: false });
  useEffect(() => {
    let current = true;
    const refresh = () =>
      void fetchLatest()
        .catch(() => new Map<string, RunInfo>())
        .then((latest) => current && setState({ latest, loaded: true }));
    const onVisible = () => document.visibilityState === 'visible' && refresh();
    refresh();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, []);
  return state;
}
