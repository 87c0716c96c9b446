/** Problems to tell the user about (server errors, unreadable messages, missing events), in words. */
import { Icon } from './Icon.js';
import type { Dictionary } from '../i18n/dictionary.js';
import { useI18n } from '../i18n/index.js';
import type { Notice } from '../store/connectionSlice.js';
import { useLabStore } from '../store/labStore.js';

function describeNotice(t: Dictionary, notice: Notice, integer: (value: number) => string): string {
  switch (notice.kind) {
    case 'server':
      return t.errors.server({ error: notice.error });
    case 'unreadable':
      return t.errors.connectionProblem({ detail: notice.detail });
    case 'gap':
      return t.errors.logGap({ expected: integer(notice.expected), got: integer(notice.got) });
  }
}

export function Notices() {
  const { t, format } = useI18n();
  const notices = useLabStore((state) => state.notices);
  const dismiss = useLabStore((state) => state.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="alert">
      {notices.map((notice) => (
        <p key={notice.id} className="notice" data-testid="notice">
          <Icon name="warning" />{' '}
          {describeNotice(t, notice, format.integer)}
          <button type="button" className="link-button" onClick={() => dismiss(notice.id)}>
            {t.errors.dismiss}
          </button>
        </p>
      ))}
    </div>
  );
}
