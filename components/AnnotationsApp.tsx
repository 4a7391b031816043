import { useEffect, useState } from 'preact/hooks';
import type { AnnotationsConnector } from '../utils/annotations/connector';
import type { ExportFormat } from '../utils/annotations/messages';
import type { Annotation } from '../utils/annotations/model';
import { useT } from '../utils/i18n';
import { AnnotationList } from './AnnotationList';

export interface DownloadLink {
  href: string;
  filename: string;
}

/**
 * The all-annotations page: every page's annotations, searchable; export (JSON-LD, Markdown, CSV, optionally
 * with the pages' analysis) and import. `download(text, filename, mime)` makes the file and returns its link.
 */
export function AnnotationsApp(p: { connector: AnnotationsConnector; download: (text: string, filename: string, mime: string) => DownloadLink }) {
  const t = useT();
  const c = p.connector;
  const [items, setItems] = useState<Annotation[] | null>(null);
  const [query, setQuery] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  const [quarantined, setQuarantined] = useState(0);
  const [notice, setNotice] = useState<string[]>([]);
  const [undo, setUndo] = useState<Annotation | null>(null);
  const [withAnalysis, setWithAnalysis] = useState(false);
  const [link, setLink] = useState<DownloadLink | null>(null);

  const reload = async () => {
    const r = await c.list();
    if (r.ok) {
      setItems(r.annotations);
      setProblems(r.problems);
      setQuarantined(r.quarantined);
    } else {
      setItems((old) => old ?? []);
      setProblems([r.error]);
    }
  };
  useEffect(() => void reload(), [c]);

  const remove = async (id: string) => {
    const a = items?.find((x) => x.id === id) ?? null;
    const r = await c.remove(id);
    if (!r.ok) return setProblems([r.error]);
    setUndo(a);
    await reload();
  };
  const restore = async () => {
    if (!undo) return;
    const r = await c.put(undo);
    if (!r.ok) return setProblems([r.error]);
    setUndo(null);
    await reload();
  };
  const exportAs = async (format: ExportFormat) => {
    const r = await c.exportFile(format, withAnalysis);
    if (!r.ok) return setProblems([r.error]);
    setLink(p.download(r.text, r.filename, r.mime));
  };
  const importFile = async (file: File) => {
    const r = await c.importText(await file.text());
    if (!r.ok) return setProblems([r.error]);
    setNotice([t('annImported', [r.imported]), ...(r.skipped.length ? [t('annSkipped', [r.skipped.length])] : [])]);
    await reload();
  };

  if (!items) return null;
  return (
    <main class="ll-ann-page">
      <h1>{t('annPageTitle')}</h1>
      {quarantined > 0 ? <p class="ll-ann-error" data-testid="ann-quarantined">{t('annQuarantined', [quarantined])}</p> : null}
      <section aria-labelledby="ll-export-h" class="ll-ann-export">
        <h2 id="ll-export-h">{t('annExport')}</h2>
        <label>
          <input type="checkbox" checked={withAnalysis} onChange={(e) => setWithAnalysis((e.target as HTMLInputElement).checked)} /> {t('annWithAnalysis')}
        </label>
        <div class="ll-row-buttons">
          <button type="button" data-format="jsonld" onClick={() => void exportAs('jsonld')}>{t('annExportJsonLd')}</button>
          <button type="button" data-format="markdown" onClick={() => void exportAs('markdown')}>{t('annExportMarkdown')}</button>
          <button type="button" data-format="csv" onClick={() => void exportAs('csv')}>{t('annExportCsv')}</button>
        </div>
        {link ? (
          <p>
            <a href={link.href} download={link.filename} data-testid="ann-download">{t('annDownload', [link.filename])}</a>
          </p>
        ) : null}
        <label class="ll-import">
          {t('annImport')}{' '}
          <input type="file" accept=".jsonld,.json,application/ld+json,application/json" onChange={(e) => {
            const f = (e.target as HTMLInputElement).files?.[0];
            if (f) void importFile(f);
          }} />
        </label>
        {notice.map((n) => (
          <p role="status" key={n}>{n}</p>
        ))}
      </section>
      <section aria-labelledby="ll-all-h">
        <h2 id="ll-all-h">{t('annAllPages')} ({items.length})</h2>
        <AnnotationList
          items={items.map((annotation) => ({ annotation, placed: null }))}
          query={query}
          onQuery={setQuery}
          onChoose={(id) => {
            const a = items.find((x) => x.id === id);
            if (a) c.open(a);
          }}
          onDelete={(id) => void remove(id)}
          showPages
          undo={undo ? { onUndo: () => void restore() } : null}
          problems={problems}
        />
      </section>
    </main>
  );
}
