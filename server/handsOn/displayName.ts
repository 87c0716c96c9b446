/**
 * A student's display name: checked by the protocol's schema (letters,
 * digits, spaces and . _ ' -, at most 32), so it cannot carry markup; React
 * escapes it too wherever it is shown.
 */
import { displayNameSchema } from '../../shared/protocol.js';

export type DisplayName = string & { readonly brand: 'DisplayName' };

export function parseDisplayName(raw: unknown): { ok: true; name: DisplayName } | { ok: false; error: string } {
  const parsed = displayNameSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `a name must be 1 to 32 letters, digits, spaces or . _ ' - (${parsed.error.issues[0]?.message ?? 'not valid'})` };
  return { ok: true, name: parsed.data as DisplayName };
}
