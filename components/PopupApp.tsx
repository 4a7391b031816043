import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ActivePage, Connector } from '../utils/connector';
import type { Settings, SitePatch } from '../utils/settings';
import { PopupView } from './PopupView';

/** How often the open popup asks the page again, so its figures follow a live page. */
export const POPUP_REFRESH_MS = 250; // shell: the figures must follow a live page within a second (issue 2)

/** The popup wired to a Connector (the browser's, or a mock in tests). */
export function PopupApp(props: { connector: Connector; refreshMs?: number }) {
  const { connector } = props;
  const [page, setPage] = useState<ActivePage | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [showingHidden, setShowingHidden] = useState(false);

  const refresh = useCallback(() => {
    connector.getPage().then(setPage, () => setPage({ host: '', status: null }));
  }, [connector]);

  useEffect(() => {
    refresh();
    connector.getSettings().then(setSettings, () => undefined);
    const timer = setInterval(refresh, props.refreshMs ?? POPUP_REFRESH_MS);
    return () => clearInterval(timer);
  }, [connector, refresh, props.refreshMs]);

  const onSitePatch = (patch: SitePatch) => {
    if (!page?.host) return;
    connector.setSite(page.host, patch).then((s) => {
      setSettings(s);
      // The page applies the change in a moment; ask it again so the status follows.
      setTimeout(refresh, 150);
    }, () => undefined);
  };

  const onShowHidden = (on: boolean) => {
    setShowingHidden(on);
    connector.command('toggle-show-hidden').catch(() => undefined);
  };

  return (
    <PopupView page={page} settings={settings} onSitePatch={onSitePatch} onOpenOptions={() => connector.openOptions()}
      onOpenAnnotations={connector.openAnnotations ? () => connector.openAnnotations!() : undefined}
      showingHidden={showingHidden} onShowHidden={onShowHidden} />
  );
}
