/**
 * The work service B does for service A in the microservices part: price an
 * order line. Small on purpose: what is measured is the cost of reaching it
 * over the network versus calling it as a function.
 */
export type Quote = { item: number; cents: number };

export function quote(item: number): Quote {
  // A deterministic price from the item number (a multiplicative hash), so both paths do the same work.
  const cents = 100 + ((Math.imul(item + 1, 2654435761) >>> 0) % 9_900);
  return { item, cents };
}
