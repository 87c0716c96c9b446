import { describe, expect, it } from 'vitest';
import { verdictFunctions } from './verdictModules.js';

describe('verdictFunctions', () => {
  it('finds every lesson folder’s verdict.ts by its folder name', () => {
    for (const id of ['memory', 'creation', 'parallelism', 'communication', 'backend']) expect(verdictFunctions.has(id), id).toBe(true);
  });

  it('answers undefined, not a made-up sentence, for a result that is not its lesson’s', () => {
    for (const [id, verdict] of verdictFunctions) expect(verdict({ nothing: true }, 'en'), id).toBeUndefined();
  });
});
