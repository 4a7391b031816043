import { useT } from '../utils/i18n';

/** "N new entries": choosing it brings the reader to the newest; the page itself never moves on its own. */
export function NewEntriesToast(props: { count: number; up: boolean; onGo: () => void; onDismiss: () => void }) {
  const t = useT();
  const text = props.count === 1 ? t('toastNewOne') : t('toastNewMany', [props.count]);
  return (
    <div class="ll-toast" role="status" aria-live="polite">
      {props.count > 0 ? (
        <>
          <button type="button" class="ll-toast-go" title={t('toastHint')} onClick={props.onGo}>
            <span aria-hidden="true">{props.up ? "↑ " : "↓ "}</span>
            {text}
          </button>
          <button type="button" class="ll-icon" aria-label={t('dismiss')} title={t('dismiss')} onClick={props.onDismiss}>
            <span aria-hidden="true">×</span>
          </button>
        </>
      ) : null}
    </div>
  );
}
