import { useT } from '../utils/i18n';
import type { PanelTopic } from '../utils/page/panel-model';

/**
 * Topic chips with counts: each toggles the topic in the filter (aria-pressed); "show all" clears it; each
 * topic offers a jump to its newest entry. Props in, callbacks out. (Topics helper: extend freely.)
 */
export function TopicChips(props: {
  topics: PanelTopic[];
  selected: readonly string[];
  onChange: (ids: string[]) => void;
  onJump: (entryId: string) => void;
}) {
  const t = useT();
  const { selected } = props;
  if (props.topics.length === 0) return <p class="ll-empty">{t('noTopics')}</p>;
  const toggle = (id: string) => props.onChange(selected.includes(id) ? selected.filter((s) => s !== id) : [...selected, id]);
  return (
    <div class="ll-topics">
      <ul class="ll-chips">
        {props.topics.map((topic) => (
          <li key={topic.id} class="ll-chip-row">
            <button type="button" class="ll-chip" aria-pressed={selected.includes(topic.id)} data-topic={topic.id} onClick={() => toggle(topic.id)}>
              <span class="ll-chip-label">{topic.label}</span> <span class="ll-count">{topic.count}</span>
            </button>
            {topic.newestEntryId ? (
              <button type="button" class="ll-icon" aria-label={t('jumpNewest', [topic.label])} title={t('jumpNewest', [topic.label])} onClick={() => props.onJump(topic.newestEntryId!)}>
                <span aria-hidden="true">↧</span>
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {selected.length > 0 ? (
        <button type="button" class="ll-link" onClick={() => props.onChange([])}>
          {t('clearFilter')}
        </button>
      ) : null}
    </div>
  );
}
