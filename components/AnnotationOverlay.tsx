import type { Annotation, Color } from '../utils/annotations/model';
import { AnnotationDrawer } from './AnnotationDrawer';
import { AnnotationList } from './AnnotationList';
import { AnnotationToolbar } from './AnnotationToolbar';

export interface ToolbarState {
  mode: 'new' | 'edit';
  /** The annotation being edited (null for a new selection). */
  id: string | null;
  at: { left: number; top: number };
  expanded: boolean;
  message: string | null;
}

export interface AnnotationOverlayProps {
  annotations: Annotation[];
  /** Ids placed in the page now (the others are orphans). */
  placed: ReadonlySet<string>;
  query: string;
  drawerOpen: boolean;
  toolbar: ToolbarState | null;
  canUndo: boolean;
  problems: string[];
  onQuery: (q: string) => void;
  onDrawer: (open: boolean) => void;
  onAll: () => void;
  onChoose: (id: string) => void;
  onDelete: (id: string) => void;
  onUndo: () => void;
  onColor: (c: Color) => void;
  onSave: (note: string, tags: string[]) => void;
  onCloseToolbar: () => void;
}

/** Everything the annotations feature shows in the page: this page's list (in a drawer) and the toolbar. */
export function AnnotationOverlay(p: AnnotationOverlayProps) {
  const tb = p.toolbar;
  const current = tb?.id ? p.annotations.find((a) => a.id === tb.id) : undefined;
  return (
    <>
      <AnnotationDrawer open={p.drawerOpen} count={p.annotations.length} alert={p.problems.length > 0} onOpenChange={p.onDrawer} onAll={p.onAll}>
        <AnnotationList
          items={p.annotations.map((a) => ({ annotation: a, placed: p.placed.has(a.id) }))}
          query={p.query}
          onQuery={p.onQuery}
          onChoose={p.onChoose}
          onDelete={p.onDelete}
          undo={p.canUndo ? { onUndo: p.onUndo } : null}
          problems={p.problems}
        />
      </AnnotationDrawer>
      {tb ? (
        <AnnotationToolbar
          key={`${tb.mode}:${tb.id ?? 'new'}`}
          mode={tb.mode}
          color={current?.color ?? null}
          note={current?.note ?? ''}
          tags={current?.tags ?? []}
          expanded={tb.expanded}
          at={tb.at}
          message={tb.message}
          onColor={p.onColor}
          onSave={p.onSave}
          onDelete={() => tb.id && p.onDelete(tb.id)}
          onClose={p.onCloseToolbar}
        />
      ) : null}
    </>
  );
}
