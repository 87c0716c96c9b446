/**
 * Request/reply over a peer's message channel (a worker's port or a child's
 * IPC): one listener per peer, and a queue of waiters per reply type.
 */
export type Conversation = {
  send(message: unknown): void;
  /** Resolves with the next message of this type. */
  next<T = Record<string, unknown>>(type: string): Promise<T>;
};

export function conversation(send: (message: unknown) => void, subscribe: (handler: (message: unknown) => void) => void): Conversation {
  const waiting = new Map<string, ((message: unknown) => void)[]>();
  subscribe((message) => {
    const type = (message as { type?: unknown }).type;
    if (typeof type !== 'string') return;
    waiting.get(type)?.shift()?.(message);
  });
  return {
    send,
    next<T>(type: string) {
      return new Promise<T>((resolve) => {
        const queue = waiting.get(type) ?? [];
        queue.push(resolve as (message: unknown) => void);
        waiting.set(type, queue);
      });
    },
  };
}
