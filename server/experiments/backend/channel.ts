/**
 * Waiting for one answer from a child of the backend lesson: the first
 * message that parses with the schema, or an error if the child dies or
 * stays silent too long (a run must never wait for its time limit).
 */
import type { z } from 'zod';
import { exitReason, type ProcessActor } from '../../lab/supervisor.js';

export type Inbox = { next<S extends z.ZodType>(schema: S, withinMs: number, what: string): Promise<z.infer<S>> };

export function inboxOf(child: ProcessActor): Inbox {
  const messages: unknown[] = [];
  const waiters = new Set<() => void>();
  child.onMessage((message) => {
    messages.push(message);
    for (const wake of waiters) wake();
  });
  return {
    next(schema, withinMs, what) {
      return new Promise((resolve, reject) => {
        const check = (): boolean => {
          const index = messages.findIndex((message) => schema.safeParse(message).success);
          if (index < 0) return false;
          const [message] = messages.splice(index, 1);
          done();
          resolve(schema.parse(message));
          return true;
        };
        const timer = setTimeout(() => {
          done();
          reject(new Error(`${child.actor}: ${what} did not come within ${withinMs} ms`));
        }, withinMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(wake);
        };
        const wake = () => void check();
        if (check()) return;
        waiters.add(wake);
        void child.exited.then((exit) => {
          if (!waiters.has(wake)) return;
          done();
          reject(new Error(`${child.actor} ${exitReason(exit)} before ${what}`));
        });
      });
    },
  };
}
