/**
 * Lesson "race": shared memory makes lost updates possible; atomics and locks
 * prevent them; separate processes cannot lose what they do not share.
 * Measure mode counts lost updates over many rounds; step mode lets a person
 * schedule two real threads by hand and lose an update on purpose.
 */
import type { ExperimentDefinition } from '../types.js';
import { measureRace, type RaceParams } from './measure.js';
import { stepRace } from './step.js';

export const definition: ExperimentDefinition = {
  id: 'race',
  async run(context) {
    const params = context.params as RaceParams;
    return params.mode === 'step' ? stepRace(context, params) : measureRace(context, params);
  },
};
