// Feature: marks each entry element with data-liveline-entry="<id>", the handle every later feature (panel
// jump-to, highlights, topic filter) and the browser tests use to find entries in the page.
import type { Feature } from './features';
import { ENTRY_ATTR } from './layer';

export const entryMarks: Feature = {
  id: 'entry-marks',
  description: 'Marks each live entry in the page (data-liveline-entry) so the other features can find it.',
  apply({ layer, analysis }) {
    for (const e of analysis.entries) layer.setAttr('entry-marks', e.element, ENTRY_ATTR, e.id);
  },
  update({ layer }, { added, updated, before, removed }) {
    for (const e of removed) layer.clearAttr(e.element, ENTRY_ATTR);
    for (const e of updated) {
      const old = before.get(e.id);
      if (old && old.element !== e.element) layer.clearAttr(old.element, ENTRY_ATTR);
    }
    for (const e of [...updated, ...added]) layer.setAttr('entry-marks', e.element, ENTRY_ATTR, e.id);
  },
  remove() {},
};
