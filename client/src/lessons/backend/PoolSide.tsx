/**
 * The thread pool on the backend stage: one process box (one PID), one lane
 * per worker thread (its own TID), each lane with the requests it is serving
 * and how many it served. When a thread faults, the whole box dies; under it,
 * the place where the lab host restarts the server.
 */
import type { Scene } from '../../scene/types.js';
import { CrashMark } from '../../stage/CrashMark.js';
import { FitText } from '../../stage/FitText.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import { ThreadLane } from '../../stage/ThreadLane.js';
import type { BackendWords } from './callouts.js';
import { BACKEND_MIN_FONT, laneChips, type BackendLayout } from './layout.js';
import type { BackendModel, DrawnRequest } from './model.js';
import { crackZone } from './placement.js';
import { backendActorName } from './names.js';
import { RequestChips } from './RequestChips.js';
import { died, endWords, lifeOf } from './stageWords.js';
import type { Dictionary } from '../../i18n/dictionary.js';

type SideProps = { layout: BackendLayout; scene: Scene; model: BackendModel; activeActor: string | undefined; words: BackendWords & { t: Dictionary } };

/** Requests a worker holds: serving now, or lost while it held them (its process died). */
export function heldBy(model: BackendModel, actor: string): DrawnRequest[] {
  return [...model.requests.values()].filter((request) => request.servedBy === actor && (request.state === 'serving' || request.state === 'lost'));
}

export function PoolSide({ layout, scene, model, activeActor, words }: SideProps) {
  const { t, text, format } = words;
  const pool = scene.actors.pool;
  const restart = scene.actors['pool-restart'];
  const box = layout.pool.box;
  // At the box's bottom edge: the header keeps its PID readable.
  const badge = { x: box.x + box.width - 230, y: box.y + box.height - 16, width: 220, height: 32 };
  const pidText = pool ? t.stage.pid({ pid: format.osId(pool.pid) }) : '';
  // The state text is one short word (or nothing, once the box died): the title gets most of the header.
  const header = { title: BACKEND_MIN_FONT, state: BACKEND_MIN_FONT, titleShare: 0.78 };
  return (
    <g data-testid="pool-side">
      <ProcessBox
        testId="box-pool"
        rect={box}
        title={backendActorName(text, 'pool')}
        pidText={pidText}
        state={lifeOf(pool)}
        stateText={died(pool) ? '' : endWords(t, text, pool)}
        active={activeActor === 'pool'}
        compactHeader
        compactSizes={header}
      >
        {layout.pool.lanes.map((lane, index) => {
          const actor = `pool-thread-${index + 1}`;
          const thread = scene.actors[actor];
          const served = model.served.get(actor) ?? 0;
          const tidText = thread ? t.stage.tid({ tid: format.osId(thread.tid) }) : '';
          const stateText = thread?.exit ? endWords(t, text, thread) : text.stage.served({ count: format.integer(served) });
          const chips = laneChips(lane, tidText ? `${backendActorName(text, actor)} · ${tidText}` : backendActorName(text, actor), stateText);
          return (
            <g key={actor}>
              <ThreadLane
                testId={`lane-${actor}`}
                rect={lane}
                title={backendActorName(text, actor)}
                tidText={tidText}
                state={lifeOf(thread)}
                stateText={stateText}
                active={activeActor === actor}
              />
              <RequestChips rect={chips.rect} maxChips={chips.maxChips} requests={heldBy(model, actor)} testId={`held-${actor}`} />
            </g>
          );
        })}
      </ProcessBox>
      {died(pool) && pool && (
        <CrashMark testId="dead-pool" box={crackZone(box, `${backendActorName(text, 'pool')} · ${pidText}`, header)} badge={badge} label={endWords(t, text, pool)} />
      )}
      {restart ? (
        <ProcessBox
          testId="box-pool-restart"
          rect={layout.pool.restart}
          title={backendActorName(text, 'pool-restart')}
          pidText={t.stage.pid({ pid: format.osId(restart.pid) })}
          state={lifeOf(restart)}
          stateText={`${text.stage.threadsOf({ n: format.integer(scene.actorOrder.filter((id) => id.startsWith('pool-restart-thread-')).length) })} · ${endWords(t, text, restart)}`}
          active={activeActor?.startsWith('pool-restart') ?? false}
          compactHeader
          compactSizes={{ title: BACKEND_MIN_FONT, state: BACKEND_MIN_FONT, titleShare: 0.62 }}
        />
      ) : (
        <g opacity={0.6}>
          <rect {...layout.pool.restart} rx={12} fill="none" stroke={palette.exited} strokeWidth={2} strokeDasharray="8 6" />
          <FitText x={layout.pool.restart.x + 14} y={layout.pool.restart.y + 38} fontSize={15} fill={palette.muted} maxWidth={layout.pool.restart.width - 28}>
            {text.stage.restartSlot}
          </FitText>
        </g>
      )}
    </g>
  );
}
