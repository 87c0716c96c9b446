/**
 * /runs/<id>: a run's permalink. Asks the lab which lesson recorded the run,
 * then opens that lesson on the run (replacing this address, so Back does
 * not bounce here again); the lesson page subscribes and replays it.
 */
import { useEffect, useState } from 'react';
import { runInfoSchema } from '../../../shared/protocol.js';
import { useI18n, useLocalized } from '../i18n/index.js';
import { Link } from '../router/Link.js';
import { navigate } from '../router/router.js';
import { useLabStore } from '../store/labStore.js';
import { presenterHeaders } from './pageIntent.js';
import { openRunFilePicker } from './replayFile.js';
import { classroomText } from './text.js';

type Lookup = 'loading' | 'notFound' | 'offline';

export function RunPermalink({ id }: { id: string }) {
  const { t } = useI18n();
  const text = useLocalized(classroomText);
  const [lookup, setLookup] = useState<Lookup>('loading');

  useEffect(() => {
    const open = (experiment: string) => navigate(`/lessons/${encodeURIComponent(experiment)}?run=${encodeURIComponent(id)}`, { replace: true });
    const known = useLabStore.getState().runs[id]?.info;
    if (known) {
      open(known.experiment);
      return undefined;
    }
    let current = true;
    fetch(`/api/runs/${encodeURIComponent(id)}`, { headers: { accept: 'application/json', ...presenterHeaders() } })
      .then(async (response) => {
        if (!current) return;
        if (response.status === 404) return setLookup('notFound');
        const parsed = runInfoSchema.safeParse(response.ok ? await response.json() : undefined);
        if (!parsed.success) return setLookup('offline');
        useLabStore.getState().recordRunInfo(parsed.data);
        open(parsed.data.experiment);
      })
      .catch(() => current && setLookup('offline'));
    return () => {
      current = false;
    };
  }, [id]);

  return (
    <section className="panel narrow" data-testid="run-permalink-page" data-state={lookup}>
      {lookup === 'loading' && <p className="loading">{text.permalink.opening({ id })}</p>}
      {lookup !== 'loading' && (
        <>
          <p role="alert">{lookup === 'notFound' ? text.permalink.notFound({ id }) : text.permalink.offline}</p>
          <p>
            <button type="button" onClick={openRunFilePicker}>
              {text.runTools.openFile}
            </button>{' '}
            <Link href="/">{t.lessonPage.back}</Link>
          </p>
        </>
      )}
    </section>
  );
}
