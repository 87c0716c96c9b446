/**
 * The room in the top bar. A follower sees that it follows the presenter,
 * with "Explore alone"; once detached, "Rejoin the presenter" (one click,
 * and the page catches up at once). The presenter sees how many follow and,
 * in classroom mode, the way to show students how to join.
 */
import { Icon } from '../app/Icon.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { isFollower, isRoomPresenter } from '../store/classroomSlice.js';
import { useLabStore } from '../store/labStore.js';
import { toggleOverlay } from './presenterActions.js';
import { classroomText } from './text.js';

export function RoomStatus() {
  const { format } = useI18n();
  const text = useLocalized(classroomText).room;
  const connected = useLabStore((state) => state.connection.status.state === 'open' && state.classroom.sessions > 0);
  const follower = useLabStore(isFollower);
  const presenter = useLabStore(isRoomPresenter);
  const exploring = useLabStore((state) => state.classroom.exploringAlone);
  const followers = useLabStore((state) => state.room?.followers ?? 0);
  const classroom = useLabStore((state) => state.room?.classroom ?? false);
  const exploreAlone = useLabStore((state) => state.exploreAlone);
  const rejoin = useLabStore((state) => state.rejoinRoom);
  if (!connected) return null;

  if (follower) {
    return (
      <div className="room-status" role="group" aria-label={text.following} data-testid="room-status" data-following={!exploring}>
        {exploring ? (
          <>
            <span className="room-state">{text.exploring}</span>
            <button type="button" className="room-button" onClick={rejoin} data-testid="room-rejoin">
              {text.rejoin}
            </button>
          </>
        ) : (
          <>
            <span className="room-state">
              <span className="dot dot-filled" aria-hidden="true" /> {text.following}
            </span>
            <button type="button" className="room-button" onClick={exploreAlone} data-testid="room-explore">
              {text.exploreAlone}
            </button>
          </>
        )}
      </div>
    );
  }

  if (!presenter || (!classroom && followers === 0)) return null;
  return (
    <div className="room-status" data-testid="room-status">
      <span className="room-state" data-testid="room-followers" data-count={followers}>
        {text.followers({ count: format.integer(followers) })}
      </span>
      {classroom && (
        <button type="button" className="room-button" onClick={() => toggleOverlay('join')} data-testid="room-join-info">
          <Icon name="info" /> {text.showJoin}
        </button>
      )}
    </div>
  );
}
