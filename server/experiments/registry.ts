/**
 * Finds an experiment's server definition by id. Each experiment lives in its
 * own folder (server/experiments/<id>/definition.ts), loaded only by the lab
 * host that runs it, so the server itself never imports experiment code.
 */
import { findExperiment } from '../../shared/experiments.js';
import type { ExperimentDefinition } from './types.js';

export async function loadExperiment(experimentId: string): Promise<ExperimentDefinition> {
  // The catalog check also keeps a crafted id from naming any other file.
  if (!findExperiment(experimentId)) throw new Error(`unknown experiment "${experimentId}"`);
  const module = (await import(`./${experimentId}/definition.js`)) as { definition?: ExperimentDefinition };
  if (!module.definition || module.definition.id !== experimentId) {
    throw new Error(`experiment "${experimentId}" has no definition export`);
  }
  return module.definition;
}
