/**
 * What the native engine's page-fault counts say, as a figure: how many minor
 * faults the first write to x cost a child, if every child shows the same
 * copy-on-write pattern (its first write faulted, later writes did not).
 * Pure, so it is tested alone.
 */
type ChildFaults = { minfltBeforeWrite: number; minfltAfterWrite: number; minfltAtEnd: number };

/** The largest fault count of a first write, or undefined if some child's first write did not fault or a later one did. */
export function copyOnWriteFaults(children: readonly ChildFaults[]): number | undefined {
  if (children.length === 0) return undefined;
  const firstWrite = children.map((child) => child.minfltAfterWrite - child.minfltBeforeWrite);
  const laterWrites = children.map((child) => child.minfltAtEnd - child.minfltAfterWrite);
  if (firstWrite.some((faults) => faults < 1) || laterWrites.some((faults) => faults !== 0)) return undefined;
  return Math.max(...firstWrite);
}
