/**
 * Where the native engine's program is and whether it can run here.
 *
 * scripts/build-native.mjs (run by `npm install` and `npm run build`) compiles
 * server/native/*.c into dist/native/lab-native when a C compiler exists, and
 * writes dist/native/status.json either way. The status is read on each call
 * (it is a few bytes): a later `npm run build:native` takes effect without a
 * server restart.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

export type EngineAvailability = { available: true } | { available: false; reason: string };

// This file runs from dist/server/lab/; the build puts the program in dist/native/.
const nativeDirectory = fileURLToPath(new URL('../../native/', import.meta.url));
export const nativeProgramPath = `${nativeDirectory}lab-native`;
const statusPath = `${nativeDirectory}status.json`;

const buildStatusSchema = z.union([
  z.object({ available: z.literal(true) }),
  z.object({ available: z.literal(false), reason: z.string().max(500) }),
]);

/** Whether runs may use engine "native", and if not, why (in words). */
export function nativeAvailability(): EngineAvailability {
  let status: z.infer<typeof buildStatusSchema>;
  try {
    status = buildStatusSchema.parse(JSON.parse(readFileSync(statusPath, 'utf8')));
  } catch {
    return { available: false, reason: 'the native engine was not built (npm run build:native)' };
  }
  if (!status.available) return status;
  try {
    accessSync(nativeProgramPath, constants.X_OK);
  } catch {
    return { available: false, reason: `the native program ${nativeProgramPath} is missing or not executable` };
  }
  return { available: true };
}

/** Every engine a lesson may name, for GET /api/experiments. Node is always there: the lab runs on it. */
export function engineAvailability(): { node: EngineAvailability; native: EngineAvailability } {
  return { node: { available: true }, native: nativeAvailability() };
}

/**
 * Why a run cannot have the engine its params ask for here (say, no C
 * compiler at install time), in words for a 400; undefined when it can.
 */
export function engineRefusal(params: Readonly<Record<string, unknown>>, native: () => EngineAvailability = nativeAvailability): string | undefined {
  if (params['engine'] !== 'native') return undefined;
  const availability = native();
  return availability.available ? undefined : `"engine": "native" is not available on this server: ${availability.reason}; use "engine": "node"`;
}
