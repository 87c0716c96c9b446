/** For tests that call text functions without real figures (completeness.test.ts, rawIds.test.ts). */

/**
 * An argument that answers any field with a visible marker, e.g. «pid», also
 * for a field of a field ({ alive: { n, shown } } gives «alive.shown»), so a
 * text function can be called without real figures.
 */
function marker(path: string): unknown {
  const text = `«${path}»`;
  // Behaves as the string «path» (its methods work on it), and answers any other field with a deeper marker.
  return new Proxy(new String(text), {
    get: (target, key) => {
      if (key === Symbol.toPrimitive || key === 'toString' || key === 'valueOf') return () => text;
      if (key in target) {
        const value: unknown = Reflect.get(target, key);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(text) : value;
      }
      if (typeof key === 'symbol') return undefined;
      return marker(`${path}.${key}`);
    },
  });
}
export const markerArgument: unknown = new Proxy({}, { get: (_target, key) => (typeof key === 'symbol' ? undefined : marker(key)) });
