/**
 * How students join, for the presenter's screen in classroom mode: the join
 * address in large type and a QR code of it. The address is this page's own
 * origin (the presenter opened the address the server printed); opened
 * through loopback instead, it says so rather than show an address nobody
 * else can reach.
 */
import { useEffect, useState } from 'react';
import { useLocalized } from '../i18n/index.js';
import { qrGrid, qrPath, type QrGrid } from './qrCode.js';
import { classroomText } from './text.js';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

export function joinUrl(location: { origin: string }): string {
  return `${location.origin}/?follow=1`;
}

function QrImage({ url }: { url: string }) {
  const text = useLocalized(classroomText);
  const [grid, setGrid] = useState<QrGrid | undefined>(undefined);
  useEffect(() => {
    let current = true;
    qrGrid(url)
      .then((value) => current && setGrid(value))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [url]);
  if (!grid) return <div className="qr-placeholder" aria-hidden="true" />;
  const margin = 4;
  const size = grid.length + margin * 2;
  return (
    <svg className="qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={text.room.qrLabel({ url })} shapeRendering="crispEdges" data-testid="join-qr">
      <rect width={size} height={size} fill="#fff" />
      <path d={qrPath(grid, margin)} fill="#000" />
    </svg>
  );
}

export function JoinCard({ onClose }: { onClose?: () => void }) {
  const text = useLocalized(classroomText);
  const url = joinUrl(window.location);
  const loopback = LOOPBACK.has(window.location.hostname);
  return (
    <section className="join-card" aria-labelledby="join-title" data-testid="join-card">
      <div className="join-text">
        <h2 id="join-title">{text.room.joinTitle}</h2>
        <p>{text.room.joinLead}</p>
        <p className="join-url mono" data-testid="join-url">
          {url.replace(/^https?:\/\//, '')}
        </p>
        {loopback && <p className="note">{text.room.joinLoopback}</p>}
        {onClose && (
          <button type="button" onClick={onClose} data-testid="join-close">
            {text.room.close}
          </button>
        )}
      </div>
      <QrImage url={url} />
    </section>
  );
}
