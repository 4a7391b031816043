import { useEffect, useState } from 'preact/hooks';
import type { Connector } from '../utils/connector';
import type { MessageKey } from '../utils/i18n';
import type { Settings } from '../utils/settings';
import type { SettingsBackup } from '../utils/settings-store';
import { OptionsView } from './OptionsView';

/** The options page wired to a Connector; `save` writes the export file (the entrypoint downloads it). */
export function OptionsApp(props: { connector: Connector; save: (settings: Settings) => void; saveBackup?: (backup: SettingsBackup) => void }) {
  const { connector } = props;
  const [settings, setSettings] = useState<Settings | null>(null);
  const [notice, setNotice] = useState<{ key: MessageKey; subs?: string[] } | null>(null);
  const [backup, setBackup] = useState<SettingsBackup | null>(null);
  useEffect(() => {
    // The copy is written while settings load, so ask for it after them.
    connector
      .getSettings()
      .then((s) => {
        setSettings(s);
        return connector.getBackup?.();
      })
      .then((b) => setBackup(b ?? null), () => undefined);
  }, [connector]);
  if (!settings) return null;

  const importFile = async (file: File) => {
    let data: unknown = null;
    try {
      data = JSON.parse(await file.text());
    } catch {
      data = null;
    }
    const result = await connector.importSettings(data);
    if (result.ok) {
      setSettings(result.settings);
      setNotice({ key: result.repaired ? 'importedRepaired' : 'imported' });
    } else setNotice({ key: result.error === 'future' ? 'importFuture' : 'importDamaged' });
  };

  return (
    <OptionsView
      settings={settings}
      notice={notice}
      backup={backup}
      onDownloadBackup={() => backup && props.saveBackup?.(backup)}
      onDefaults={(patch) => connector.setDefaults(patch).then(setSettings)}
      onSite={(host, patch) => connector.setSite(host, patch).then(setSettings)}
      onForget={(host) =>
        connector.forgetSite(host).then((s) => {
          setSettings(s);
          setNotice({ key: 'forgotten', subs: [host] });
        })
      }
      onExport={() => props.save(settings)}
      onImportFile={(f) => void importFile(f)}
    />
  );
}
