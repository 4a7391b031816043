import type { ClutterKind } from '../utils/pipeline/types';
import { CLUTTER_KINDS } from '../utils/pipeline/types';
import type { MessageKey, Translate } from '../utils/i18n';
import { useT } from '../utils/i18n';
import { Toggle } from './Toggle';

/** i18n key of a clutter kind's name. */
export const kindKey = (kind: ClutterKind) => `kind_${kind.replace('-', '_')}` as MessageKey;

/**
 * clutterHint(t, hidden, found): what the page says of some clutter, honestly: "3 hidden", "2 found, left
 * visible" (category or feature off, clean view not applied), both, or undefined when none was found.
 */
export function clutterHint(t: Translate, hidden: number, found: number): string | undefined {
  const visible = Math.max(0, found - hidden);
  const parts = [hidden > 0 ? t('countHidden', [hidden]) : '', visible > 0 ? t('countLeftVisible', [visible]) : ''];
  return parts.filter(Boolean).join(' · ') || undefined;
}

/** sumCounts(counts): the total of a per-kind count. Pure. */
export const sumCounts = (counts?: Partial<Record<ClutterKind, number>>): number => Object.values(counts ?? {}).reduce<number>((a, b) => a + (b ?? 0), 0);

/** The clutter categories the clean view hides, each a checkbox, with what is hidden and found on this page. */
export function ClutterCategories(props: {
  idPrefix: string;
  value: Record<ClutterKind, boolean>;
  /** Blocks hidden now, and found (hidden or not), by kind; no hints without them (the options page). */
  hidden?: Partial<Record<ClutterKind, number>>;
  found?: Partial<Record<ClutterKind, number>>;
  disabled?: boolean;
  onChange: (patch: Partial<Record<ClutterKind, boolean>>) => void;
}) {
  const t = useT();
  return (
    <fieldset class="ll-group">
      <legend>{t('clutterCategories')}</legend>
      <div class="ll-grid">
        {CLUTTER_KINDS.map((kind) => {
          const hidden = props.hidden?.[kind] ?? 0;
          return (
            <Toggle
              key={kind}
              id={`${props.idPrefix}-kind-${kind}`}
              checked={props.value[kind]}
              disabled={props.disabled}
              hint={clutterHint(t, hidden, Math.max(hidden, props.found?.[kind] ?? 0))}
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
