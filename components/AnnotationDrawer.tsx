import type { ComponentChildren } from 'preact';
import { useT } from '../utils/i18n';

/** This page's annotations behind a small launcher (bottom left); the list goes in as children. */
export function AnnotationDrawer(p: { open: boolean; count: number; /** Something to tell the reader (storage trouble). */ alert?: boolean; onOpenChange: (open: boolean) => void; onAll: () => void; children?: ComponentChildren }) {
  const t = useT();
  if (!p.open) {
    if (p.count === 0 && !p.alert) return null;
    return (
      <button type="button" class="ll-ann-launcher" aria-expanded="false" onClick={() => p.onOpenChange(true)}>
        {t('annotationsHeading')} ({p.count}){p.alert ? <span aria-hidden="true"> ⚠</span> : null}
      </button>
    );
  }
  return (
    <section class="ll-ann-drawer" aria-labelledby="ll-ann-h">
      <header>
        <h2 id="ll-ann-h">{t('annotationsHeading')} ({p.count})</h2>
        <button type="button" class="ll-link" onClick={p.onAll}>{t('annAll')}</button>
        <button type="button" class="ll-icon" aria-label={t('annClose')} title={t('annClose')} onClick={() => p.onOpenChange(false)}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      {p.children}
    </section>
  );
}
