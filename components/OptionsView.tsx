import { useState } from 'preact/hooks';
import type { MessageKey } from '../utils/i18n';
import { useT } from '../utils/i18n';
import type { Settings, SitePatch } from '../utils/settings';
import { siteSettings } from '../utils/settings';
import type { SettingsBackup } from '../utils/settings-store';
import { SiteSettingsForm } from './SiteSettingsForm';

/**
 * The options page: defaults for new sites, the sites with their own settings (change, forget), export and
 * import as a file. Props in, callbacks out; reading and saving files is the caller's job.
 */
export function OptionsView(props: {
  settings: Settings;
  /** A message for the reader after an import or a forget (a key and its substitutions). */
  notice: { key: MessageKey; subs?: string[] } | null;
  onDefaults: (patch: SitePatch) => void;
  onSite: (host: string, patch: SitePatch) => void;
  onForget: (host: string) => void;
  onExport: () => void;
  /** A copy kept of stored settings that could not be used, shown so the reader knows and can keep it. */
  backup?: SettingsBackup | null;
  onDownloadBackup?: () => void;
  onImportFile: (file: File) => void;
}) {
  const t = useT();
  const [open, setOpen] = useState<string | null>(null);
  const hosts = Object.keys(props.settings.sites).sort();
  return (
    <main class="ll-options">
      <h1>{t('optionsTitle')}</h1>
      <p class="ll-notice" role="status" aria-live="polite">
        {props.notice ? t(props.notice.key, props.notice.subs) : ''}
      </p>
      {props.backup ? (
        <div class="ll-notice ll-backup" role="note">
          <p>{t(`backup_${props.backup.problem}` as MessageKey, [props.backup.savedAt.slice(0, 16).replace('T', ' ')])}</p>
          <button type="button" onClick={props.onDownloadBackup}>
            {t('downloadBackup')}
          </button>
        </div>
      ) : null}
      <section aria-labelledby="defaults-h">
        <h2 id="defaults-h">{t('defaultsHeading')}</h2>
        <SiteSettingsForm idPrefix="defaults" value={props.settings.defaults} onChange={props.onDefaults} />
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t('sitesHeading')}</h2>
        {hosts.length === 0 ? <p>{t('noSites')}</p> : null}
        <ul class="ll-sites">
          {hosts.map((host, i) => (
            <li key={host} data-host={host}>
              <div class="ll-site-row">
                <span class="ll-site-name">{host}</span>
                <button
                  type="button"
                  aria-expanded={open === host}
                  aria-controls={`site-${i}`}
                  onClick={() => setOpen(open === host ? null : host)}
                >
                  {t('editSite', [host])}
                </button>
                <button type="button" class="ll-danger" onClick={() => props.onForget(host)}>
                  {t('forgetSite', [host])}
                </button>
              </div>
              {open === host ? (
                <div id={`site-${i}`}>
                  <SiteSettingsForm idPrefix={`site-${i}`} value={siteSettings(props.settings, host)} onChange={(p) => props.onSite(host, p)} />
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="file-h">
        <h2 id="file-h">{t('fileHeading')}</h2>
        <div class="ll-file-row">
          <button type="button" onClick={props.onExport}>
            {t('exportSettings')}
          </button>
          <label class="ll-file-label" for="import-file">
            {t('importSettings')}
          </label>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              const file = input.files?.[0];
              if (file) props.onImportFile(file);
              input.value = '';
            }}
          />
        </div>
      </section>
    </main>
  );
}
