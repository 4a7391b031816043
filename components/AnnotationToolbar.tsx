import { useEffect, useRef, useState } from 'preact/hooks';
import { COLORS, normalizeTags, type Color } from '../utils/annotations/model';
import { useT, type MessageKey } from '../utils/i18n';

export interface AnnotationToolbarProps {
  /** 'new': a selection not yet saved; 'edit': an existing annotation. */
  mode: 'new' | 'edit';
  color: Color | null;
  note: string;
  tags: string[];
  /** Note and tags fields shown (after a colour was chosen, or when editing). */
  expanded: boolean;
  /** Where to show it (viewport pixels). */
  at: { left: number; top: number };
  /** A failure to tell the reader (storage full…), or null. */
  message: string | null;
  onColor: (color: Color) => void;
  onSave: (note: string, tags: string[]) => void;
  onDelete: () => void;
  onClose: () => void;
}

/**
 * The selection toolbar: colour swatches; then note and tags; save, delete, close. Keyboard first: it takes
 * focus when it opens (arrows move between colours, Enter picks one, Enter in tags saves, Escape closes). Props in,
 * callbacks out; the note is plain text in a textarea, never markup.
 */
export function AnnotationToolbar(p: AnnotationToolbarProps) {
  const t = useT();
  const [note, setNote] = useState(p.note);
  const [tags, setTags] = useState(p.tags.join(', '));
  const first = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => (p.expanded ? noteRef.current : first.current)?.focus(), [p.expanded]);
  const save = () => p.onSave(note.trim(), normalizeTags(tags));
  return (
    <div
      class="ll-ann-toolbar"
      role="dialog"
      aria-label={t('annToolbar')}
      style={{ left: `${p.at.left}px`, top: `${p.at.top}px` }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') p.onClose();
      }}
    >
      <div
        class="ll-ann-colors"
        role="group"
        aria-label={t('annColors')}
        onKeyDown={(e) => {
          // Left and right arrows move between the swatches (Tab still works).
          if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
          const buttons = Array.from((e.currentTarget as HTMLElement).querySelectorAll('button'));
          const at = buttons.indexOf(e.target as HTMLButtonElement);
          if (at < 0) return;
          e.preventDefault();
          buttons[(at + (e.key === 'ArrowRight' ? 1 : buttons.length - 1)) % buttons.length].focus();
        }}
      >
        {COLORS.map((c, i) => (
          <button
            type="button"
            key={c}
            ref={i === 0 ? first : undefined}
            class="ll-swatch"
            data-color={c}
            aria-pressed={p.color === c}
            aria-label={t(`annColor_${c}` as MessageKey)}
            title={t(`annColor_${c}` as MessageKey)}
            onClick={() => p.onColor(c)}
          />
        ))}
        <button type="button" class="ll-icon" aria-label={t('annClose')} title={t('annClose')} onClick={p.onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {p.expanded ? (
        <form
          class="ll-ann-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label>
            {t('annNote')}
            <textarea
              ref={noteRef}
              rows={3}
              value={note}
              onInput={(e) => setNote((e.target as HTMLTextAreaElement).value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) save();
              }}
            />
          </label>
          <label>
            {t('annTags')}
            <input type="text" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          </label>
          <div class="ll-ann-actions">
            <button type="submit" class="ll-primary">{t('annSave')}</button>
            {p.mode === 'edit' ? (
              <button type="button" onClick={p.onDelete}>{t('annDelete')}</button>
            ) : null}
          </div>
        </form>
      ) : null}
      {p.message ? <p class="ll-ann-error" role="alert">{p.message}</p> : null}
    </div>
  );
}
