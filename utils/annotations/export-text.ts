// Markdown (to read and paste into notes) and CSV (for spreadsheets and R/pandas) exports. Pure: text in, text out.
import type { Annotation } from './model';
import { entryContext, sortForExport, type Analyses } from './export-order';

/** One line of Markdown text: no line breaks, Markdown's active characters escaped. */
function mdInline(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1').trim();
}

/** toMarkdown(list, analyses?): grouped by page, one block per annotation. */
export function toMarkdown(list: readonly Annotation[], analyses?: Analyses): string {
  const out: string[] = ['# Liveline annotations', ''];
  let page = '';
  for (const a of sortForExport(list)) {
    if (a.pageUrl !== page) {
      page = a.pageUrl;
      out.push(`## ${mdInline(a.pageTitle || a.pageUrl)}`, '', `<${a.pageUrl}>`, '');
      const analysis = analyses?.[page];
      if (analysis) {
        out.push(`Analysis: ${analysis.entries.length} entries, ${analysis.topics.length} topics, ${analysis.claims.length} claims.`, '');
        for (const t of analysis.topics) out.push(`- Topic ${mdInline(t.label)} (${t.entryIds.length} entries)`);
        if (analysis.topics.length) out.push('');
      }
    }
    const entry = a.entry;
    const where = entry ? `Entry ${mdInline(entry.id)}${entry.time ? ` · ${entry.time}` : ''}${entry.permalink ? ` · <${entry.permalink}>` : ''}` : 'Outside the entries';
    out.push(`### ${where}`, '');
    out.push(`> ${mdInline(a.selectors.page.quote.exact)}`, '');
    if (a.note) out.push(...a.note.split(/\r?\n/).map((l) => mdInline(l)), '');
    const ctx = entryContext(a, analyses);
    const meta = [
      a.tags.length ? `Tags: ${a.tags.map((t) => `#${mdInline(t)}`).join(' ')}` : '',
      `Colour: ${a.color}`,
      `Created: ${a.created}`,
      `Updated: ${a.updated}`,
      ctx.topic ? `Topic: ${mdInline(ctx.topic)}` : '',
      `Id: ${a.id}`,
    ].filter(Boolean);
    out.push(meta.join(' · '), '');
    for (const c of ctx.claims) out.push(`- Claim: ${mdInline(c)}`);
    if (ctx.claims.length) out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

export const CSV_COLUMNS = [
  'page_url', 'page_title', 'entry_id', 'entry_time', 'entry_permalink', 'quote', 'note', 'tags', 'color', 'created',
  'updated', 'annotation_id',
] as const;

/** One CSV cell (RFC 4180); a leading = + - @ is defused so spreadsheets never run it as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** toCsv(list, analyses?): a header row and one row per annotation; with analyses, topic and claims columns. */
export function toCsv(list: readonly Annotation[], analyses?: Analyses): string {
  const withAnalysis = !!analyses && Object.keys(analyses).length > 0;
  const header = [...CSV_COLUMNS, ...(withAnalysis ? ['entry_topic', 'entry_claims'] : [])];
  const rows = sortForExport(list).map((a) => {
    const cells = [
      a.pageUrl, a.pageTitle, a.entry?.id ?? '', a.entry?.time ?? '', a.entry?.permalink ?? '', a.selectors.page.quote.exact,
      a.note, a.tags.join('; '), a.color, a.created, a.updated, a.id,
    ];
    if (withAnalysis) {
      const ctx = entryContext(a, analyses);
      cells.push(ctx.topic, ctx.claims.join(' | '));
    }
    return cells.map(csvCell).join(',');
  });
  return `${[header.join(','), ...rows].join('\r\n')}\r\n`;
}
