import { useT } from '../utils/i18n';
import { AnnotationList, type AnnotationListItem } from './AnnotationList';

/**
 * The panel's section of this page's annotations: the annotations feature's own list (quote, note, tags, orphans
 * said so), searchable; choosing one scrolls to its highlight. Props in, callbacks out; text only, never markup.
 */
export function PanelAnnotations(p: { items: readonly AnnotationListItem[]; query: string; onQuery: (q: string) => void; onChoose: (id: string) => void }) {
  const t = useT();
  return (
    <section aria-labelledby="ll-ann-panel-h" class="ll-panel-ann">
      <h3 id="ll-ann-panel-h">
        {t('annotationsHeading')} <span class="ll-count">{p.items.length}</span>
      </h3>
      <AnnotationList items={[...p.items]} query={p.query} onQuery={p.onQuery} onChoose={p.onChoose} />
    </section>
  );
}
