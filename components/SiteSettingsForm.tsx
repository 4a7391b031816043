import type { SitePatch, SiteSettings } from '../utils/settings';
import { CleanViewChoice } from './CleanViewChoice';
import { ClutterCategories } from './ClutterCategories';
import { FeatureToggles } from './FeatureToggles';
import { ReadingSettings } from './ReadingSettings';

/** Every setting of one site (or of the defaults), for the options page. */
export function SiteSettingsForm(props: { idPrefix: string; value: SiteSettings; onChange: (patch: SitePatch) => void }) {
  const { idPrefix, value, onChange } = props;
  return (
    <div class="ll-site-form">
      <CleanViewChoice id={`${idPrefix}-clean`} value={value.cleanView} onChange={(cleanView) => onChange({ cleanView })} />
      <FeatureToggles idPrefix={idPrefix} value={value.features} onChange={(features) => onChange({ features })} />
      <ClutterCategories idPrefix={idPrefix} value={value.clutter} disabled={!value.features.clutter} onChange={(clutter) => onChange({ clutter })} />
      <ReadingSettings idPrefix={idPrefix} value={value} onChange={onChange} />
    </div>
  );
}
