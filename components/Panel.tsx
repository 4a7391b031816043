import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../utils/i18n';
import type { PanelData } from '../utils/page/panel-model';
import { KeyEvents } from './KeyEvents';
import { NewEntriesToast } from './NewEntriesToast';
import { SourcesList } from './SourcesList';
import { TopicChips } from './TopicChips';

export interface PanelProps {
  data: PanelData;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  selectedTopics: readonly string[];
  onTopicsChange: (ids: string[]) => void;
  onJump: (entryId: string) => void;
  onClaim: (claimIndex: number, entryId: string) => void;
  onStep: (direction: 1 | -1) => void;
  /** Which entry keyboard navigation is on, for screen readers ("Entry 3 of 42"). */
  position: { index: number; total: number; title?: string } | null;
  newSinceVisit: number;
  /** Go to the newest of the entries that are new since the last visit. */
  onNewSince?: () => void;
  toast: { count: number; up: boolean };
  onToast: () => void;
  onToastDismiss: () => void;
  /** Sections of features the reader switched off are left out. */
  show?: { topics: boolean; sources: boolean };
  /** Later sections (the annotations list). */
  children?: ComponentChildren;
}

/**
 * Enter and Space on a button or summary click it, here rather than by the browser's default: in Firefox ESR,
 * keyboard activation of controls in a content script's shadow root did not fire (seen under WebDriver BiDi).
 */
export function activateByKeyboard(e: KeyboardEvent): void {
  const el = e.target as HTMLElement | null;
  if ((e.key !== 'Enter' && e.key !== ' ') || e.altKey || e.ctrlKey || e.metaKey || !el) return;
  if (el.tagName !== 'BUTTON' && el.tagName !== 'SUMMARY') return;
  e.preventDefault();
  el.click();
}

/** The in-page panel: topics, key events, sources; entry navigation; the new-entries toast. */
export function Panel(p: PanelProps) {
  const t = useT();
  const { data } = p;
  // Opening or closing by its own buttons moves focus to what takes their place (the panel, the launcher),
  // so a keyboard reader is not sent back to the top of the page.
  const handOff = useRef(false);
  const panelRef = useRef<HTMLElement>(null);
  const launcherRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!handOff.current) return;
    handOff.current = false;
    (p.open ? panelRef.current : launcherRef.current)?.focus();
  }, [p.open]);
  const setOpen = (open: boolean) => {
    handOff.current = true;
    p.onOpenChange(open);
  };
  return (
    <div class="ll-root" onKeyDown={activateByKeyboard}>
      <NewEntriesToast count={p.toast.count} up={p.toast.up} onGo={p.onToast} onDismiss={p.onToastDismiss} />
      {p.open ? (
        <aside class="ll-panel" id="ll-panel" tabIndex={-1} aria-label={t("panelRegion")} ref={panelRef}>
          <header class="ll-panel-head">
            <h2>{t('panelTitle')}</h2>
            <span class="ll-count-line">{t('statusLiveNoTime', [data.entryCount])}</span>
            <button type="button" class="ll-icon" aria-label={t('panelClose')} title={t('panelClose')} onClick={() => setOpen(false)}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          <div class="ll-nav">
            <button type="button" onClick={() => p.onStep(-1)}>
              <span aria-hidden="true">↑ </span>
              {t('previousEntry')}
            </button>
            <button type="button" onClick={() => p.onStep(1)}>
              <span aria-hidden="true">↓ </span>
              {t('nextEntry')}
            </button>
          </div>
          <p class="ll-position" role="status" aria-live="polite">
            {!p.position
              ? ''
              : p.position.title
                ? t('entryPositionTitled', [p.position.index + 1, p.position.total, p.position.title])
                : t('entryPosition', [p.position.index + 1, p.position.total])}
          </p>
          {p.newSinceVisit > 0 ? (
            <button type="button" class="ll-link ll-new-since" onClick={p.onNewSince}>
              {t('newSinceVisit', [p.newSinceVisit])}
            </button>
          ) : null}
          {p.show?.topics === false ? null : (
            <section aria-labelledby="ll-topics-h">
              <h3 id="ll-topics-h">{t('topicsHeading')}</h3>
              <TopicChips topics={data.topics} selected={p.selectedTopics} onChange={p.onTopicsChange} onJump={p.onJump} />
            </section>
          )}
          <section aria-labelledby="ll-key-h">
            <h3 id="ll-key-h">{t('keyEventsHeading')}</h3>
            <KeyEvents events={data.keyEvents} onJump={p.onJump} />
          </section>
          {p.show?.sources === false ? null : (
            <section aria-labelledby="ll-sources-h">
              <h3 id="ll-sources-h">{t('sourcesHeading')}</h3>
              <SourcesList sources={data.sources} onChoose={p.onClaim} />
            </section>
          )}
          {p.children}
        </aside>
      ) : (
        <button type="button" class="ll-launcher" aria-expanded="false" ref={launcherRef} onClick={() => setOpen(true)}>
          {t('panelTitle')}
          <span class="ll-visually-hidden"> — {t('panelOpen')}</span>
        </button>
      )}
    </div>
  );
}
