/**
 * For tests of the native engine: whether its program was built here, read
 * the way the server reads it (dist/native/status.json and the binary), so a
 * machine without a C compiler skips those tests instead of failing them.
 */
import { accessSync, constants, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const nativeDirectory = fileURLToPath(new URL('../../dist/native/', import.meta.url));

/** The built program, for tests that run it by hand. */
export const nativeProgram = `${nativeDirectory}lab-native`;

export function nativeEngineBuilt(): boolean {
  try {
    const status = JSON.parse(readFileSync(`${nativeDirectory}status.json`, 'utf8')) as { available?: unknown };
    accessSync(nativeProgram, constants.X_OK);
    return status.available === true;
  } catch {
    return false;
  }
}
