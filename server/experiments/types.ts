/**
 * What an experiment's server side is: a function the lab host calls with a
 * context, which starts real processes and threads, lets them emit events, and
 * returns the figures it read back from them.
 */
import type { ParamValues } from '../../shared/experiments.js';
import type { EventBus } from '../lab/eventBus.js';

export type LabContext = {
  runId: string;
  params: ParamValues;
  /** CLOCK_MONOTONIC reading at t = 0; children and workers are told it. */
  startNs: bigint;
  bus: EventBus;
  /** The lab host's own actor id and pid: the parent of everything the run starts. */
  hostActor: string;
  hostPid: number;
  /** Registers the handler of inputs sent by the person driving the lesson (run.input). */
  onInput(handler: (input: string) => void): void;
};

export type ExperimentDefinition = {
  id: string;
  /** Runs the experiment to its end; resolves with the measured result. */
  run(context: LabContext): Promise<Record<string, unknown>>;
};

/** Resolves the compiled file of an experiment's child or worker entry, next to the definition. */
export function entryBeside(definitionUrl: string, file: string): URL {
  return new URL(file, definitionUrl);
}
