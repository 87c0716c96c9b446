/**
 * The presenter's hands-on controls: open or close hands-on time (the
 * button says what it will do, the line beside it says the state now) and
 * the way to the class wall. Renders nothing except on the presenter's
 * connection in classroom mode.
 */
import { useLocalized } from '../i18n/index.js';
import { Link } from '../router/Link.js';
import { handsOnRole } from '../store/handsOnSlice.js';
import { useLabStore } from '../store/labStore.js';
import { handsOnText } from './text.js';
import './handsOn.css';

export function HandsOnControls({ variant = 'panel', wallLink = true }: { variant?: 'panel' | 'bar'; wallLink?: boolean }) {
  const text = useLocalized(handsOnText).presenter;
  const presenter = useLabStore((state) => handsOnRole(state) === 'presenter');
  const open = useLabStore((state) => state.handsOn.state?.open === true);
  const connected = useLabStore((state) => state.connection.status.state === 'open');
  const setHandsOnOpen = useLabStore((state) => state.setHandsOnOpen);
  if (!presenter) return null;
  const toggle = (
    <button
      type="button"
      className={open ? undefined : 'primary'}
      disabled={!connected}
      onClick={() => setHandsOnOpen(!open)}
      data-testid="handsOn-toggle"
      data-open={open}
    >
      {open ? text.close : text.open}
    </button>
  );
  if (variant === 'bar') {
    return (
      <div className="presenter-hands-on" role="group" aria-label={text.label}>
        {toggle}
        <Link href="/class" className="presenter-wall-link" data-testid="class-wall-link">
          {text.wall}
        </Link>
      </div>
    );
  }
  return (
    <section className="panel hands-on-panel" aria-label={text.label} data-testid="handsOn-panel">
      <p className="hands-on-state" role="status" data-testid="handsOn-state" data-open={open}>
        <strong>{open ? text.isOpen : text.isClosed}</strong>
      </p>
      <div className="hands-on-actions">
        {toggle}
        {wallLink && (
          <Link href="/class" className="button-link" data-testid="class-wall-link">
            {text.wall}
          </Link>
        )}
      </div>
    </section>
  );
}
