import type { MessageKey } from '../utils/i18n';
import { useT } from '../utils/i18n';
import type { FeatureId } from '../utils/settings';
import { FEATURE_IDS } from '../utils/settings';
import { Toggle } from './Toggle';

const LABEL: Record<FeatureId, MessageKey> = {
  clutter: 'featureClutter',
  topics: 'featureTopics',
  claims: 'featureClaims',
  annotations: 'featureAnnotations',
};

/** Each feature on or off, with what it found on this page when counts are given. */
export function FeatureToggles(props: {
  idPrefix: string;
  value: Record<FeatureId, boolean>;
  counts?: Partial<Record<FeatureId, number>>;
  /** A feature's own hint instead of "N found" (the clutter feature says what it hides). */
  hints?: Partial<Record<FeatureId, string>>;
  onChange: (patch: Partial<Record<FeatureId, boolean>>) => void;
}) {
  const t = useT();
  return (
    <fieldset class="ll-group">
      <legend>{t('features')}</legend>
      {FEATURE_IDS.map((f) => {
        const n = props.counts?.[f];
        return (
          <Toggle
            key={f}
            id={`${props.idPrefix}-feature-${f}`}
            checked={props.value[f]}
            hint={props.hints?.[f] ?? (n !== undefined ? t('countFound', [n]) : undefined)}
            onChange={(on) => props.onChange({ [f]: on })}
          >
            {t(LABEL[f])}
          </Toggle>
        );
      })}
    </fieldset>
  );
}
