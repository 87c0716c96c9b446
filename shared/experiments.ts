/**
 * The experiment catalog: each experiment's id, its parameters (type, bounds,
 * default) and the shape of the figures its run reports.
 *
 * Adding an experiment: one entry here, a folder in server/experiments/<id>/,
 * a folder in client/src/lessons/<id>/. The server validates every run request
 * against these specs, and the client draws its controls from them.
 */
import { z } from 'zod';

// ---------------------------------------------------------------- parameter specs

export type IntegerParam = {
  type: 'integer';
  min: number;
  max: number;
  default: number;
  /** Unit shown next to the value, e.g. "bytes". */
  unit?: string;
};
export type EnumParam = { type: 'enum'; options: readonly string[]; default: string };
/** A non-empty subset of options, e.g. which channels to measure. */
export type SetParam = { type: 'set'; options: readonly string[]; default: readonly string[] };
export type ParamSpec = IntegerParam | EnumParam | SetParam;
export type ParamValue = number | string | string[];
export type ParamValues = Record<string, ParamValue>;

export type ExperimentSpec = {
  id: string;
  /** Which comparison-table rows this experiment proves (see client dictionary). */
  proves: readonly string[];
  params: Readonly<Record<string, ParamSpec>>;
  /** A longer wall-clock limit than the server's default, for interactive runs. */
  timeLimitSeconds?: number;
  /**
   * The cores a run of this lesson is given, its whole process group pinned to
   * them, so that runs side by side do not distort each other's timings
   * (server/runs/corePlan.ts). 'all': the lesson measures what the whole
   * machine can do (parallelism), so it runs alone. Fewer cores on the machine: all it has.
   */
  cores: number | 'all';
  /**
   * Runs with this parameter value are paced by a person (a step mode): they
   * measure no time and wait for clicks, so they hold no core of their own
   * and are not pinned; they run beside anything.
   */
  pacedWhen?: { param: string; value: string };
};

// ---------------------------------------------------------------- the catalog

export const memoryExperiment = {
  id: 'memory',
  cores: 1,
  proves: ['memory', 'isolation'],
  params: {
    processes: { type: 'integer', min: 1, max: 8, default: 3 },
    threads: { type: 'integer', min: 1, max: 8, default: 3 },
    increments: { type: 'integer', min: 1, max: 1000, default: 5 },
    /** "native": the C program (real fork with copy-on-write, pthreads); see server/native/. */
    engine: { type: 'enum', options: ['node', 'native'], default: 'node' },
  },
} as const satisfies ExperimentSpec;

export const creationExperiment = {
  id: 'creation',
  // Alone: measured beside another creation run on the other core, its times were 1.4–2.7× those alone
  // (docs/benchmarks.md, isolation): starting processes shares the kernel, not only a core.
  cores: 'all',
  proves: ['creation'],
  params: {
    units: { type: 'integer', min: 1, max: 16, default: 4 },
    repeats: { type: 'integer', min: 1, max: 20, default: 5 },
  },
} as const satisfies ExperimentSpec;

export const communicationChannels = [
  'postMessage',
  'sab-wait',
  'sab-spin',
  'ipc-json',
  'ipc-advanced',
  'pipe',
  'unix-socket',
  'tcp',
] as const;

export const communicationExperiment = {
  id: 'communication',
  cores: 2,
  proves: ['communication'],
  params: {
    messageBytes: { type: 'integer', min: 64, max: 1_048_576, default: 64, unit: 'bytes' },
    roundTrips: { type: 'integer', min: 10, max: 20_000, default: 2_000 },
    channels: { type: 'set', options: communicationChannels, default: communicationChannels },
  },
} as const satisfies ExperimentSpec;

export const crashExperiment = {
  id: 'crash',
  cores: 1,
  proves: ['isolation', 'robustness'],
  params: {
    processes: { type: 'integer', min: 2, max: 8, default: 4 },
    threads: { type: 'integer', min: 2, max: 8, default: 4 },
    processFault: { type: 'enum', options: ['exception', 'sigsegv', 'sigabrt', 'oom'], default: 'sigsegv' },
    threadFault: { type: 'enum', options: ['sigsegv', 'exception', 'corruption'], default: 'sigsegv' },
    /** "native": the C program, whose fault is a real NULL dereference (SIGSEGV) on both sides. */
    engine: { type: 'enum', options: ['node', 'native'], default: 'node' },
  },
} as const satisfies ExperimentSpec;

export const raceExperiment = {
  id: 'race',
  cores: 2,
  pacedWhen: { param: 'mode', value: 'step' },
  proves: ['isolation', 'synchronization'],
  timeLimitSeconds: 600,
  params: {
    mode: { type: 'enum', options: ['measure', 'step'], default: 'measure' },
    threads: { type: 'integer', min: 2, max: 8, default: 4 },
    increments: { type: 'integer', min: 1, max: 10_000_000, default: 1_000_000 },
    repeats: { type: 'integer', min: 1, max: 20, default: 5 },
  },
} as const satisfies ExperimentSpec;

export const parallelismExperiment = {
  id: 'parallelism',
  cores: 'all',
  proves: ['use'],
  params: {
    maxWorkers: { type: 'integer', min: 1, max: 8, default: 4 },
    primesBelow: { type: 'integer', min: 10_000, max: 20_000_000, default: 8_000_000 },
  },
} as const satisfies ExperimentSpec;

export const backendExperiment = {
  id: 'backend',
  cores: 'all',
  proves: ['use', 'robustness'],
  timeLimitSeconds: 45,
  params: {
    workers: { type: 'integer', min: 2, max: 8, default: 4 },
    requests: { type: 'integer', min: 20, max: 2000, default: 400 },
    concurrency: { type: 'integer', min: 1, max: 64, default: 16 },
    fault: { type: 'enum', options: ['sigsegv', 'none'], default: 'sigsegv' },
  },
} as const satisfies ExperimentSpec;

export const experiments = [
  memoryExperiment,
  creationExperiment,
  communicationExperiment,
  crashExperiment,
  raceExperiment,
  parallelismExperiment,
  backendExperiment,
] as const satisfies readonly ExperimentSpec[];

export type ExperimentId = (typeof experiments)[number]['id'];
export const experimentIds: readonly string[] = experiments.map((experiment) => experiment.id);

export function findExperiment(experimentId: string): ExperimentSpec | undefined {
  return (experiments as readonly ExperimentSpec[]).find((experiment) => experiment.id === experimentId);
}

// ---------------------------------------------------------------- results

/** What the memory lesson reads back from real memory at the end of its run. */
export const memoryResultSchema = z.object({
  /** The lab host's own x after its children ran: it never changes. */
  parentX: z.number(),
  parentPid: z.number(),
  children: z.array(z.object({ actor: z.string(), pid: z.number(), x: z.number() })),
  /** The one x the threads shared, read with Atomics.load after they all exited. */
  sharedX: z.number(),
  expectedSharedX: z.number(),
  threadedPid: z.number(),
  threads: z.array(z.object({ actor: z.string(), tid: z.number() })),
});
export type MemoryResult = z.infer<typeof memoryResultSchema>;

// ---------------------------------------------------------------- validation

export type ParamsCheck = { ok: true; params: ParamValues } | { ok: false; error: string };

function describeParam(name: string, spec: ParamSpec): string {
  switch (spec.type) {
    case 'integer':
      return `"${name}" must be a whole number from ${spec.min} to ${spec.max}`;
    case 'enum':
      return `"${name}" must be one of ${spec.options.join(', ')}`;
    case 'set':
      return `"${name}" must be a non-empty list of ${spec.options.join(', ')}`;
  }
}

function checkParam(spec: ParamSpec, value: unknown): ParamValue | undefined {
  switch (spec.type) {
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value) && value >= spec.min && value <= spec.max
        ? value
        : undefined;
    case 'enum':
      return typeof value === 'string' && spec.options.includes(value) ? value : undefined;
    case 'set': {
      if (!Array.isArray(value) || value.length === 0 || value.length > spec.options.length) return undefined;
      const unique = [...new Set(value)];
      return unique.every((item) => typeof item === 'string' && spec.options.includes(item))
        ? (unique as string[])
        : undefined;
    }
  }
}

function show(value: unknown): string {
  let shown: string | undefined;
  try {
    shown = JSON.stringify(value);
  } catch {
    // Too deeply nested (or cyclic) to print: say what it is instead.
    return Array.isArray(value) ? 'a list' : typeof value;
  }
  if (shown === undefined) return String(value);
  return shown.length > 40 ? `${shown.slice(0, 40)}…` : shown;
}

/**
 * Checks the parameters of a run request against the experiment's spec.
 * Missing parameters take their defaults; unknown ones are refused, so a typo
 * is never silently ignored.
 */
export function validateParams(spec: ExperimentSpec, raw: unknown): ParamsCheck {
  const given = raw ?? {};
  if (typeof given !== 'object' || Array.isArray(given)) {
    return { ok: false, error: '"params" must be an object such as {"processes": 3}' };
  }
  const entries = given as Record<string, unknown>;
  const known = Object.keys(spec.params);
  for (const name of Object.keys(entries)) {
    if (!known.includes(name)) {
      return {
        ok: false,
        error: `unknown parameter "${name.slice(0, 40)}" for experiment "${spec.id}"; its parameters are: ${known.join(', ')}`,
      };
    }
  }
  const params: ParamValues = {};
  for (const [name, paramSpec] of Object.entries(spec.params)) {
    if (!(name in entries) || entries[name] === undefined) {
      params[name] = paramSpec.default as ParamValue;
      continue;
    }
    const value = checkParam(paramSpec, entries[name]);
    if (value === undefined) {
      return { ok: false, error: `${describeParam(name, paramSpec)} (got ${show(entries[name])})` };
    }
    params[name] = value;
  }
  return { ok: true, params };
}

/** The defaults of an experiment, e.g. to fill a form. */
export function defaultParams(spec: ExperimentSpec): ParamValues {
  const params: ParamValues = {};
  for (const [name, paramSpec] of Object.entries(spec.params)) {
    params[name] = (Array.isArray(paramSpec.default) ? [...paramSpec.default] : paramSpec.default) as ParamValue;
  }
  return params;
}

/**
 * Typed params for the memory lesson. Server code calls this after
 * validateParams, so the casts are checked facts.
 */
export type MemoryParams = { processes: number; threads: number; increments: number; engine: 'node' | 'native' };
