/**
 * Race lesson, step mode (host side): the person is the scheduler. Inputs
 * "step:thread-1", "step:thread-2" and "finish" arrive through the server
 * (run.input) and are passed to the process whose two threads wait on them.
 */
import { z } from 'zod';
import { STEP_INCREMENTS_MAX, type RaceStepResult } from '../../../shared/results/race.js';
import { forkProcessActor } from '../../lab/supervisor.js';
import { entryBeside, type LabContext } from '../types.js';
import type { RaceParams } from './measure.js';

/** A step run nobody touches ends after this long. */
const IDLE_LIMIT_MS = 120_000;

const finalMessage = z.object({ type: z.literal('final'), x: z.number(), steps: z.number(), finishRequested: z.boolean() });

export async function stepRace(context: LabContext, params: RaceParams): Promise<RaceStepResult> {
  const increments = Math.min(params.increments, STEP_INCREMENTS_MAX);
  context.bus.emit({ kind: 'phase', name: 'step' });
  const stepper = forkProcessActor(context.bus, {
    actor: 'stepper',
    label: 'process with two threads',
    parent: context.hostActor,
    entry: entryBeside(import.meta.url, './stepProcess.js'),
    startNs: context.startNs,
    args: [String(increments)],
  });
  let final: z.infer<typeof finalMessage> | undefined;
  stepper.onMessage((raw) => {
    const parsed = finalMessage.safeParse(raw);
    if (parsed.success) final = parsed.data;
  });

  let lastInput = Date.now();
  context.onInput((input) => {
    lastInput = Date.now();
    const match = /^step:thread-([12])$/.exec(input);
    if (match) stepper.send({ type: 'step', thread: Number(match[1]) - 1 });
    else if (input === 'finish') stepper.send({ type: 'finish' });
  });
  let idle = false;
  const watchdog = setInterval(() => {
    if (Date.now() - lastInput < IDLE_LIMIT_MS) return;
    idle = true;
    stepper.send({ type: 'quit' });
  }, 1000);
  const exit = await stepper.exited;
  clearInterval(watchdog);
  if (idle) throw new Error(`no step was taken for ${IDLE_LIMIT_MS / 1000} s, so the run was ended`);
  if (exit.code !== 0 || !final) throw new Error(`the stepping process failed (code ${exit.code}, signal ${exit.signal})`);
  const expected = 2 * increments;
  return {
    mode: 'step',
    pid: stepper.child.pid ?? 0,
    incrementsPerThread: increments,
    finishedByRequest: final.finishRequested,
    x: final.x,
    expected,
    lost: expected - final.x,
    steps: final.steps,
    nodeNotes: ['sab-only-shared'],
  };
}
