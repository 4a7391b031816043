import { useT } from '../utils/i18n';
import type { ActivePage } from '../utils/connector';
import type { Settings, SitePatch } from '../utils/settings';
import { siteSettings } from '../utils/settings';
import { ClutterCategories, clutterHint, sumCounts } from './ClutterCategories';
import { FeatureToggles } from './FeatureToggles';
import { ReadingSettings } from './ReadingSettings';
import { ShowHidden } from './ShowHidden';
import { StatusLine } from './StatusLine';
import { Toggle } from './Toggle';

/**
 * The popup: this page's status, the clean view for this site, each feature, counts, a link to the options.
 * Props in (page, settings), callbacks out; no browser.* calls.
 */
export function PopupView(props: {
  page: ActivePage | null;
  settings: Settings | null;
  onSitePatch: (patch: SitePatch) => void;
  onOpenOptions: () => void;
  /** Opens the all-annotations page (search, export, import). */
  onOpenAnnotations?: () => void;
  /** "Show what was hidden" (clutter): whether it is on (default: as the page says), and the switch. */
  showingHidden?: boolean;
  onShowHidden?: (on: boolean) => void;
}) {
  const t = useT();
  const { page, settings } = props;
  const host = page?.host ?? '';
  const status = page?.status ?? null;
  const site = settings && host ? siteSettings(settings, host) : null;
  const explicit = settings && host ? settings.sites[host]?.cleanView : undefined;
  const cleanOn = status ? status.cleanView : site?.cleanView === true;
  const hiddenTotal = sumCounts(status?.hiddenByKind);
  const found = status?.foundByKind ?? status?.hiddenByKind;
  const clutterFigure = clutterHint(t, hiddenTotal, Math.max(hiddenTotal, sumCounts(found))) ?? t('countFound', [0]);
  return (
    <main class="ll-popup">
      <header class="ll-head">
        <h1>{t('extName')}</h1>
        <button type="button" class="ll-link" onClick={props.onOpenOptions}>
          {t('openOptions')}
        </button>
        {props.onOpenAnnotations ? (
          <button type="button" class="ll-link" onClick={props.onOpenAnnotations}>
            {t('annAll')}
          </button>
        ) : null}
      </header>
      <StatusLine status={status} loading={page === null} />
      {status?.newSinceVisit ? <p class="ll-new-since">{t('newSinceVisit', [status.newSinceVisit])}</p> : null}
      {site ? (
        <>
          <p class="ll-host">{t('siteLabel', [host])}</p>
          <div class="ll-main-switch">
            <Toggle
              id="clean-view"
              asSwitch
              checked={cleanOn}
              hint={explicit === undefined || explicit === null ? t('cleanViewAuto') : undefined}
              onChange={(cleanView) => props.onSitePatch({ cleanView })}
            >
              {t('cleanView')}
            </Toggle>
            {explicit === true || explicit === false ? (
              <button type="button" class="ll-link" onClick={() => props.onSitePatch({ cleanView: null })}>
                {t('backToAutomatic')}
              </button>
            ) : null}
          </div>
          <FeatureToggles
            idPrefix="popup"
            value={site.features}
            counts={status ? { topics: status.topicCount, claims: status.claimCount } : undefined}
            hints={status ? { clutter: clutterFigure, annotations: t('countOnPage', [status.annotationCount]) } : undefined}
            onChange={(features) => props.onSitePatch({ features })}
          />
          <ClutterCategories
            idPrefix="popup"
            value={site.clutter}
            hidden={status?.hiddenByKind}
            found={found}
            disabled={!site.features.clutter}
            onChange={(clutter) => props.onSitePatch({ clutter })}
          />
          {props.onShowHidden && status?.cleanView ? (
            <ShowHidden checked={props.showingHidden ?? status.showingHidden ?? false} hidden={hiddenTotal} disabled={!site.features.clutter} onChange={props.onShowHidden} />
          ) : null}
          <ReadingSettings idPrefix="popup" value={site} onChange={props.onSitePatch} />
        </>
      ) : null}
    </main>
  );
}
