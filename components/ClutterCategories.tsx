import type { ClutterKind } from '../utils/pipeline/types';
import { CLUTTER_KINDS } from '../utils/pipeline/types';
import type { MessageKey } from '../utils/i18n';
import { useT } from '../utils/i18n';
import { Toggle } from './Toggle';

/** i18n key of a clutter kind's name. */
export const kindKey = (kind: ClutterKind) => `kind_${kind.replace('-', '_')}` as MessageKey;

/** The clutter categories the clean view hides, each a checkbox, with how many were found on this page. */
export function ClutterCategories(props: {
  idPrefix: string;
  value: Record<ClutterKind, boolean>;
  counts?: Partial<Record<ClutterKind, number>>;
  disabled?: boolean;
  onChange: (patch: Partial<Record<ClutterKind, boolean>>) => void;
}) {
  const t = useT();
  return (
    <fieldset class="ll-group">
      <legend>{t('clutterCategories')}</legend>
      <div class="ll-grid">
        {CLUTTER_KINDS.map((kind) => {
          const n = props.counts?.[kind];
          return (
            <Toggle
              key={kind}
              id={`${props.idPrefix}-kind-${kind}`}
              checked={props.value[kind]}
              disabled={props.disabled}
              hint={n ? t('countFound', [n]) : undefined}
              onChange={(on) => props.onChange({ [kind]: on })}
            >
              {t(kindKey(kind))}
            </Toggle>
          );
        })}
      </div>
    </fieldset>
  );
}
