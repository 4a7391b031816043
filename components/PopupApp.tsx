import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
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
  // Each change the reader makes to the page bumps this: answers to questions asked before it are stale.
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const asked = generation.current;
    const keep = (p: ActivePage) => void (asked === generation.current && setPage(p));
    connector.getPage().then(keep, () => keep({ host: '', status: null }));
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

  // The page says whether it shows what was hidden (status.showingHidden), so the switch survives the popup
  // closing; until the page has answered, the switch shows the reader's choice.
  const onShowHidden = (on: boolean) => {
    generation.current++;
    setPage((p) => (p?.status ? { ...p, status: { ...p.status, showingHidden: on } } : p));
    connector.command('toggle-show-hidden').catch(() => undefined).then(() => {
      generation.current++;
      refresh();
    });
  };

  return (
    <PopupView page={page} settings={settings} onSitePatch={onSitePatch} onOpenOptions={() => connector.openOptions()}
      onOpenAnnotations={connector.openAnnotations ? () => connector.openAnnotations!() : undefined}
      onShowHidden={onShowHidden} />
  );
}
