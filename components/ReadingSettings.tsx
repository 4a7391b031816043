import { useT } from '../utils/i18n';
import type { ReadingOrder, SitePatch, SiteSettings } from '../utils/settings';
import { Toggle } from './Toggle';

/** Reading order, the in-page panel, and "new since your last visit". */
export function ReadingSettings(props: { idPrefix: string; value: SiteSettings; onChange: (patch: SitePatch) => void }) {
  const t = useT();
  const id = `${props.idPrefix}-order`;
  return (
    <fieldset class="ll-group">
      <legend>{t('reading')}</legend>
      <div class="ll-field">
        <label for={id}>{t('order')}</label>
        <select id={id} value={props.value.order} onChange={(e) => props.onChange({ order: (e.currentTarget as HTMLSelectElement).value as ReadingOrder })}>
          <option value="page">{t('orderPage')}</option>
          <option value="newest">{t('orderNewest')}</option>
          <option value="oldest">{t('orderOldest')}</option>
        </select>
      </div>
      <Toggle id={`${props.idPrefix}-panel`} checked={props.value.panel} onChange={(panel) => props.onChange({ panel })}>
        {t('showPanel')}
      </Toggle>
      <Toggle id={`${props.idPrefix}-marknew`} checked={props.value.markNew} onChange={(markNew) => props.onChange({ markNew })}>
        {t('markNew')}
      </Toggle>
    </fieldset>
  );
}
