import { useT } from '../utils/i18n';
import { chipsFor, isChipOn, toggleChip } from '../utils/page/topic-filter-chips';
import type { PanelTopic } from '../utils/page/panel-model';

/**
 * Topic chips with counts: each toggles its topics in the filter (aria-pressed); "show all" clears it; each chip
 * offers a jump to its newest entry. When there are too many topics, one-entry topics join "Other". Props in,
 * callbacks out; no browser.* calls.
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
  const chips = chipsFor(props.topics, t('topicOther'));
  return (
    <div class="ll-topics">
      <ul class="ll-chips">
        {chips.map((chip) => (
          <li key={chip.key} class="ll-chip-row">
            <button type="button" class="ll-chip" aria-pressed={isChipOn(selected, chip)} data-topic={chip.key} onClick={() => props.onChange(toggleChip(selected, chip))}>
              <span class="ll-chip-label">{chip.label}</span> <span class="ll-count">{chip.count}</span>
            </button>
            {chip.newestEntryId ? (
              <button type="button" class="ll-icon" aria-label={t('jumpNewest', [chip.label])} title={t('jumpNewest', [chip.label])} onClick={() => props.onJump(chip.newestEntryId!)}>
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
