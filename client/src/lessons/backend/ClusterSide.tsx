/**
 * The cluster on the backend stage: the primary, and one box per worker
 * process (each its own PID) with the requests it is serving and how many it
 * served. A worker that faults dies alone; its replacement takes the spare slot.
 */
import type { Dictionary } from '../../i18n/dictionary.js';
import type { Scene } from '../../scene/types.js';
import { CrashMark } from '../../stage/CrashMark.js';
import { FitText } from '../../stage/FitText.js';
import { palette } from '../../stage/palette.js';
import { ProcessBox } from '../../stage/ProcessBox.js';
import type { BackendWords } from './callouts.js';
import { BACKEND_MIN_FONT, boxChips, type BackendLayout } from './layout.js';
import type { BackendModel } from './model.js';
import { crackZone } from './placement.js';
import { backendActorName } from './names.js';
import { heldBy } from './PoolSide.js';
import { RequestChips } from './RequestChips.js';
import { died, endWords, lifeOf } from './stageWords.js';

type SideProps = { layout: BackendLayout; scene: Scene; model: BackendModel; activeActor: string | undefined; words: BackendWords & { t: Dictionary } };

export function ClusterSide({ layout, scene, model, activeActor, words }: SideProps) {
  const { t, text, format } = words;
  const primary = scene.actors.cluster;
  const workers = scene.actorOrder.filter((id) => scene.actors[id]?.parent === 'cluster');
  return (
    <g data-testid="cluster-side">
      <ProcessBox
        testId="box-cluster"
        rect={layout.cluster.primary}
        title={backendActorName(text, 'cluster')}
        pidText={primary ? t.stage.pid({ pid: format.osId(primary.pid) }) : ''}
        state={lifeOf(primary)}
        stateText={endWords(t, text, primary)}
        active={activeActor === 'cluster'}
        compactHeader
        compactSizes={{ title: BACKEND_MIN_FONT, state: BACKEND_MIN_FONT, titleShare: 0.7 }}
      />
      {layout.cluster.workers.map((slot, index) => {
        const actorId = workers[index];
        const actor = actorId ? scene.actors[actorId] : undefined;
        if (!actorId || !actor) {
          return (
            <g key={`slot-${index}`} opacity={0.6}>
              <rect {...slot} rx={12} fill="none" stroke={palette.exited} strokeWidth={2} strokeDasharray="8 6" />
              <FitText x={slot.x + 12} y={slot.y + 38} fontSize={14} fill={palette.muted} maxWidth={slot.width - 24}>
                {index === layout.cluster.workers.length - 1 ? text.stage.replacementSlot : t.stage.notStarted}
              </FitText>
            </g>
          );
        }
        const served = model.served.get(actorId) ?? 0;
        const servedText = actor.exit ? endWords(t, text, actor) : text.stage.served({ count: format.integer(served) });
        const replaces = /\(for (cluster-worker-\d+)\)/.exec(actor.label)?.[1];
        // On the bottom edge (the row gap leaves room), clear of the requests the worker died holding.
        const badge = { x: slot.x + 8, y: slot.y + slot.height - 8, width: Math.min(240, slot.width - 16), height: 28 };
        const pidText = t.stage.pid({ pid: format.osId(actor.pid) });
        const stateText = replaces && !actor.exit ? text.stage.replacementOf({ actor: backendActorName(text, replaces) }) : '';
        // The title takes the whole header unless a state text shares it.
        const header = { title: BACKEND_MIN_FONT, state: BACKEND_MIN_FONT, titleShare: stateText ? 0.55 : 0.8 };
        return (
          <g key={actorId}>
            <ProcessBox
              testId={`box-${actorId}`}
              rect={slot}
              title={backendActorName(text, actorId)}
              pidText={pidText}
              state={lifeOf(actor)}
              stateText={stateText}
              active={activeActor === actorId}
              compactHeader
              compactSizes={header}
            >
              {!died(actor) && (
                <FitText x={slot.x + 14} y={slot.y + 52} fontSize={14} fill={palette.muted} maxWidth={slot.width * 0.45}>
                  {servedText}
                </FitText>
              )}
              <RequestChips
                rect={{ x: slot.x, y: slot.y + 30, width: slot.width, height: 30 }}
                maxChips={died(actor) ? undefined : boxChips(slot, servedText)}
                requests={heldBy(model, actorId)}
                testId={`held-${actorId}`}
              />
            </ProcessBox>
            {died(actor) && (
              <CrashMark testId={`dead-${actorId}`} box={crackZone(slot, `${backendActorName(text, actorId)} · ${pidText}`, header)} badge={badge} label={endWords(t, text, actor)} />
            )}
          </g>
        );
      })}
    </g>
  );
}
