import { useT } from '../utils/i18n';

/** The clean view as a three-way choice: automatic (null), on, off. For the options page. */
export function CleanViewChoice(props: { id: string; value: boolean | null; onChange: (v: boolean | null) => void }) {
  const t = useT();
  const value = props.value === null ? 'auto' : props.value ? 'on' : 'off';
  return (
    <div class="ll-field">
      <label for={props.id}>{t('cleanViewMode')}</label>
      <select
        id={props.id}
        value={value}
        onChange={(e) => {
          const v = (e.currentTarget as HTMLSelectElement).value;
          props.onChange(v === 'auto' ? null : v === 'on');
        }}
      >
        <option value="auto">{t('cleanViewAuto')}</option>
        <option value="on">{t('cleanViewOn')}</option>
        <option value="off">{t('cleanViewOff')}</option>
      </select>
    </div>
  );
}
