import type { Annotation } from '../utils/annotations/model';
import { matchesQuery } from '../utils/annotations/search';
import { useT } from '../utils/i18n';

export interface AnnotationListItem {
  annotation: Annotation;
  /** Placed in the page now (true), an orphan (false), or not known here (null: the all-pages list). */
  placed: boolean | null;
}

export interface AnnotationListProps {
  items: AnnotationListItem[];
  query: string;
  onQuery: (query: string) => void;
  /** Scroll to it (in the page) or open its page (in the all-pages list). Orphans have nothing to go to. */
  onChoose: (id: string) => void;
  onDelete?: (id: string) => void;
  /** Show each annotation's page (the all-pages list). */
  showPages?: boolean;
  /** The last deletion, undoable. */
  undo?: { onUndo: () => void } | null;
  /** Storage problems to tell the reader. */
  problems?: string[];
}

/**
 * Annotations as a searchable list (text, or #tag): quote, note, tags, colour; orphans say so and are still
 * listed. Props in, callbacks out; every text is rendered as text, never as markup.
 */
export function AnnotationList(p: AnnotationListProps) {
  const t = useT();
  const shown = p.items.filter((i) => matchesQuery(i.annotation, p.query));
  return (
    <div class="ll-ann-list">
      {(p.problems ?? []).map((m) => (
        <p class="ll-ann-error" role="alert" key={m}>{m}</p>
      ))}
      {p.undo ? (
        <p class="ll-ann-undo" role="status">
          {t('annDeleted')}{' '}
          <button type="button" onClick={p.undo.onUndo}>{t('annUndo')}</button>
        </p>
      ) : null}
      <input type="search" class="ll-ann-search" aria-label={t('annSearch')} placeholder={t('annSearch')} value={p.query} onInput={(e) => p.onQuery((e.target as HTMLInputElement).value)} />
      {p.items.length === 0 ? <p class="ll-empty">{t('annNone')}</p> : shown.length === 0 ? <p class="ll-empty">{t('annNoMatch')}</p> : null}
      <ul class="ll-ann-items">
        {shown.map(({ annotation: a, placed }) => (
          <li key={a.id} class="ll-ann-item" data-annotation={a.id} data-color={a.color} data-placed={placed === null ? undefined : String(placed)}>
            <button type="button" class="ll-ann-quote" onClick={() => p.onChoose(a.id)} disabled={placed === false} title={p.showPages ? t('annOpenPage') : placed === false ? undefined : t('annGoTo')}>
              <span class="ll-swatch-dot" data-color={a.color} aria-hidden="true" />
              {a.selectors.page.quote.exact}
            </button>
            {a.note ? <p class="ll-ann-note">{a.note}</p> : null}
            {a.tags.length ? (
              <p class="ll-ann-tags">
                {a.tags.map((tag) => (
                  <span class="ll-tag" key={tag}>#{tag}</span>
                ))}
              </p>
            ) : null}
            {p.showPages ? <p class="ll-ann-page">{a.pageTitle || a.pageUrl}</p> : null}
            {placed === false ? <p class="ll-ann-orphan">{t('annOrphan')}</p> : null}
            {p.onDelete ? (
              <button type="button" class="ll-link" onClick={() => p.onDelete!(a.id)} aria-label={`${t('annDelete')}: ${a.selectors.page.quote.exact.slice(0, 40)}`}>
                {t('annDelete')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
