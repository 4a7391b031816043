import { useT } from '../utils/i18n';
import type { PanelSource } from '../utils/page/panel-model';

/**
 * Sources: each speaker with a count, their claims listed under it (a native disclosure, keyboard-usable);
 * choosing a claim asks to scroll to it. Props in, callbacks out. (Claims helper: extend freely.)
 */
export function SourcesList(props: { sources: PanelSource[]; onChoose: (claimIndex: number, entryId: string) => void }) {
  const t = useT();
  if (props.sources.length === 0) return <p class="ll-empty">{t('noSources')}</p>;
  return (
    <ul class="ll-sources">
      {props.sources.map((s) => (
        <li key={s.speaker}>
          <details>
            <summary>
              <span class="ll-speaker">{s.speaker}</span> <span class="ll-count">{s.claims.length}</span>
            </summary>
            <ul class="ll-claims">
              {s.claims.map((c) => (
                <li key={c.index}>
                  <button type="button" class="ll-claim" data-cue-class={c.cueClass} onClick={() => props.onChoose(c.index, c.entryId)}>
                    <span class="ll-cue">{c.cue}</span> {c.text}
                  </button>
                </li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ul>
  );
}
