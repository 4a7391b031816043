// Which chips the topic filter offers: one per topic while they fit, the biggest topics first; when there are
// too many, one-entry topics and the overflow join "Other" (with the entries too short to judge). Pure.

/** A topic as the panel sees it (utils/page/panel-model.ts PanelTopic has this shape). */
export interface ChipTopic {
  id: string;
  label: string;
  count: number;
  newestEntryId: string | null;
}

export interface Chip {
  /** The topic id, or OTHER_CHIP for the merged rest. */
  key: string;
  label: string;
  count: number;
  /** The topics the chip selects. */
  topicIds: string[];
  newestEntryId: string | null;
}

/** Most chips shown; past this, small topics merge into "Other". */
export const MAX_CHIPS = 10;
export const OTHER_CHIP = 'other';

/** chipsFor(topics, otherLabel): the chips, biggest topic first, "Other" last. */
export function chipsFor(topics: readonly ChipTopic[], otherLabel = 'Other', max = MAX_CHIPS): Chip[] {
  const real = topics.filter((t) => t.id !== OTHER_CHIP && t.count > 0).sort((a, b) => b.count - a.count || order(a.id, b.id));
  const other = topics.filter((t) => t.id === OTHER_CHIP && t.count > 0);
  const fits = real.length + (other.length ? 1 : 0) <= max;
  const own = fits ? real : real.filter((t) => t.count > 1).slice(0, max - 1);
  const rest = [...real.filter((t) => !own.includes(t)), ...other];
  const chips: Chip[] = own.map((t) => ({ key: t.id, label: t.label, count: t.count, topicIds: [t.id], newestEntryId: t.newestEntryId }));
  if (rest.length) {
    chips.push({
      key: OTHER_CHIP,
      label: otherLabel,
      count: rest.reduce((n, t) => n + t.count, 0),
      topicIds: rest.map((t) => t.id),
      newestEntryId: rest.find((t) => t.newestEntryId)?.newestEntryId ?? null,
    });
  }
  return chips;
}

/** toggleChip(selected, chip): the selection with the chip's topics added, or removed when all were in. */
export function toggleChip(selected: readonly string[], chip: Chip): string[] {
  const on = chip.topicIds.every((id) => selected.includes(id));
  return on ? selected.filter((id) => !chip.topicIds.includes(id)) : [...selected, ...chip.topicIds.filter((id) => !selected.includes(id))];
}

/** isChipOn(selected, chip): every topic of the chip is chosen. */
export function isChipOn(selected: readonly string[], chip: Chip): boolean {
  return chip.topicIds.length > 0 && chip.topicIds.every((id) => selected.includes(id));
}

/** "t2" before "t10". */
function order(a: string, b: string): number {
  return Number(a.slice(1)) - Number(b.slice(1)) || (a < b ? -1 : a > b ? 1 : 0);
}
