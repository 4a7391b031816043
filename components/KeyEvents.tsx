import { useT } from '../utils/i18n';
import type { PanelKeyEvent } from '../utils/page/panel-model';
import { formatClock } from './StatusLine';

/** The entries the page marks as key events; choosing one asks to scroll to it. */
export function KeyEvents(props: { events: PanelKeyEvent[]; onJump: (entryId: string) => void }) {
  const t = useT();
  if (props.events.length === 0) return <p class="ll-empty">{t('noKeyEvents')}</p>;
  return (
    <ol class="ll-key-events">
      {props.events.map((e) => (
        <li key={e.entryId}>
          <button type="button" class="ll-row" onClick={() => props.onJump(e.entryId)}>
            {e.time ? <time dateTime={e.time}>{formatClock(e.time)}</time> : null} <span>{e.title}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
