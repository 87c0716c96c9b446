/**
 * The run queue of a shared lab, fair across the people who use it: the
 * presenter's runs first (in the order asked), then one person at a time,
 * whoever was served least recently first (round-robin by person, not first
 * come): someone who queues again the moment their run starts waits behind
 * everyone who has not had a turn since. In local mode everyone is one owner,
 * so this is first come, first served.
 *
 * Strict order: when the first run does not fit on the free cores (it needs
 * more), nothing behind it jumps ahead, so a run that needs every core is
 * never starved by small ones and every wait estimate holds its order.
 */
export type QueueEntry<T> = {
  item: T;
  /** Who asked (a session's key; one key for everyone in local mode). */
  owner: string;
  presenter: boolean;
  /** Cores it will be given. */
  need: number;
  /** It measures the whole machine: it starts only when nothing runs, and nothing starts beside it. */
  exclusive?: boolean;
  /** Arrival number: ties broken first come, first served. */
  arrival: number;
};

/** Served-turn memory kept per owner; past it the longest-ago turns are forgotten (they count as "never", the front). */
const MAX_REMEMBERED_OWNERS = 10_000;

export function createFairQueue<T>() {
  let entries: QueueEntry<T>[] = [];
  let arrivals = 0;
  let turns = 0;
  /** Owner → the number of the turn they last got. */
  const lastTurn = new Map<string, number>();

  function compare(a: QueueEntry<T>, b: QueueEntry<T>): number {
    if (a.presenter !== b.presenter) return a.presenter ? -1 : 1;
    if (!a.presenter) {
      const turnA = lastTurn.get(a.owner) ?? -1;
      const turnB = lastTurn.get(b.owner) ?? -1;
      if (turnA !== turnB) return turnA - turnB;
    }
    return a.arrival - b.arrival;
  }

  function noteTurn(owner: string): void {
    lastTurn.delete(owner);
    lastTurn.set(owner, turns);
    turns += 1;
    // A Map iterates in insertion order, and a turn re-inserts: the first key is the longest ago.
    if (lastTurn.size > MAX_REMEMBERED_OWNERS) lastTurn.delete(lastTurn.keys().next().value as string);
  }

  return {
    push(item: T, who: { owner: string; presenter: boolean; need: number; exclusive?: boolean }): void {
      entries.push({ item, ...who, arrival: arrivals });
      arrivals += 1;
    },

    remove(item: T): boolean {
      const before = entries.length;
      entries = entries.filter((entry) => entry.item !== item);
      return entries.length !== before;
    },

    /** Every waiting entry in the order they will start. */
    ordered(): QueueEntry<T>[] {
      return [...entries].sort(compare);
    },

    /**
     * Takes the first entry if `fits` says it can start now; otherwise nothing
     * (strict order). Entries `eligible` says no to (their owner already has
     * as many runs going as they may) are passed over: that wait is their own.
     */
    takeNext(fits: (entry: QueueEntry<T>) => boolean, eligible: (entry: QueueEntry<T>) => boolean = () => true): QueueEntry<T> | undefined {
      const first = this.ordered().find(eligible);
      if (!first || !fits(first)) return undefined;
      entries = entries.filter((entry) => entry !== first);
      noteTurn(first.owner);
      return first;
    },

    has(item: T): boolean {
      return entries.some((entry) => entry.item === item);
    },

    countOf(owner: string): number {
      return entries.filter((entry) => entry.owner === owner).length;
    },

    /** How many entries `predicate` holds for (e.g. the students' runs waiting). */
    count(predicate: (entry: QueueEntry<T>) => boolean): number {
      return entries.filter(predicate).length;
    },

    get size(): number {
      return entries.length;
    },
  };
}

export type FairQueue<T> = ReturnType<typeof createFairQueue<T>>;
