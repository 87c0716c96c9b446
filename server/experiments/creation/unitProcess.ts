/**
 * A unit of the creation lesson, as a process: it says "ready" as soon as it
 * runs, then idles until told to end. In the story repeat it is an actor
 * (actor.started with its real pid); in measured repeats it stays silent.
 */
import { ACTOR_ENV } from '../../lab/actorEnv.js';

if (process.env[ACTOR_ENV.actor]) {
  const { startActorRuntime } = await import('../../lab/actorRuntime.js');
  await startActorRuntime().flush();
}
process.send?.({ type: 'ready' });
process.on('message', (message) => {
  if ((message as { type?: string }).type === 'end') process.exit(0);
});
process.on('disconnect', () => process.exit(0));
