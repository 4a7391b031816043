import { useT } from '../utils/i18n';
import type { PageStatus } from '../utils/messaging';

/** formatClock(iso): "06:41" in the reader's time zone and locale ("" for a bad time). */
export function formatClock(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString(undefined, { hour: '2-digit', minute: '2-digit' });
}

/** "Live blog · 42 entries · newest 06:41", "Not a live blog", or that Liveline cannot run here. */
export function StatusLine(props: { status: PageStatus | null; loading?: boolean }) {
  const t = useT();
  const s = props.status;
  let text: string;
  if (props.loading) text = t('statusLoading');
  else if (!s) text = t('statusUnavailable');
  else if (!s.isLiveBlog) text = t('statusNotLive');
  else if (s.newest && formatClock(s.newest)) text = t('statusLive', [s.entryCount, formatClock(s.newest)]);
  else text = t('statusLiveNoTime', [s.entryCount]);
  return (
    <p class="ll-status" role="status" aria-live="polite" data-live={s?.isLiveBlog ? 'yes' : 'no'}>
      {text}
    </p>
  );
}
