import { useT } from '../utils/i18n';
import { Toggle } from './Toggle';

/**
 * "Show what was hidden": reveals each hidden block in place, outlined, with its category and reason (the page
 * does it; this is the switch). Props in, onChange out.
 */
export function ShowHidden(props: { checked: boolean; hidden: number; disabled?: boolean; onChange: (on: boolean) => void }) {
  const t = useT();
  return (
    <Toggle id="show-hidden" checked={props.checked} disabled={props.disabled || (props.hidden === 0 && !props.checked)} onChange={props.onChange}
      hint={t('hiddenCount', [props.hidden])}>
      {t('showHidden')}
    </Toggle>
  );
}
