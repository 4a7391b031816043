// @vitest-environment happy-dom
import { afterEach, describe, expect, test } from 'vitest';
import { PopupApp } from '../../components/PopupApp';
import { PopupView } from '../../components/PopupView';
import { mockConnector, sampleStatus } from '../../utils/connector';
import { defaultSettings, siteSettings, withSite } from '../../utils/settings';
import { byLabel, click, mount, settle } from '../render';

afterEach(() => {
  document.body.innerHTML = '';
});

const page = { host: 'www.example.com', status: sampleStatus() };

describe('PopupView', () => {
  test('shows the status, the host and counts', async () => {
    const root = await mount(<PopupView page={page} settings={defaultSettings()} onSitePatch={() => {}} onOpenOptions={() => {}} />);
    expect(root.querySelector('[role=status]')?.textContent).toMatch(/^Live blog · 42 entries · newest \d\d:\d\d/);
    expect(root.textContent).toContain('Site: www.example.com');
    expect(root.querySelector('#popup-kind-donation-hint')?.textContent).toBe('3 hidden');
    expect(root.querySelector('#popup-feature-claims-hint')?.textContent).toBe('17 found');
    expect(root.querySelector('#popup-feature-annotations-hint')?.textContent, 'annotations are made, not found').toBe('0 on this page');
    expect(root.querySelector('#popup-feature-clutter-hint')?.textContent).toBe('5 hidden · 2 found, left visible');
  });

  test('not a live blog, unavailable, loading', async () => {
    const notLive = { host: 'a.example', status: sampleStatus({ isLiveBlog: false, entryCount: 0 }) };
    let root = await mount(<PopupView page={notLive} settings={defaultSettings()} onSitePatch={() => {}} onOpenOptions={() => {}} />);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Not a live blog');
    root = await mount(<PopupView page={{ host: '', status: null }} settings={defaultSettings()} onSitePatch={() => {}} onOpenOptions={() => {}} />);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Liveline does not run on this page');
    expect(root.querySelector('#clean-view')).toBeNull();
    root = await mount(<PopupView page={null} settings={null} onSitePatch={() => {}} onOpenOptions={() => {}} />);
    expect(root.querySelector('[role=status]')?.textContent).toBe('Looking at this page…');
  });

  test('toggles report patches; every control has a label', async () => {
    const patches: unknown[] = [];
    const root = await mount(<PopupView page={page} settings={defaultSettings()} onSitePatch={(p) => patches.push(p)} onOpenOptions={() => {}} />);
    await click(byLabel(root, 'Clean view on this site'));
    await click(byLabel(root, 'Topics'));
    await click(byLabel(root, 'Ads'));
    const order = byLabel<HTMLSelectElement>(root, 'Reading order');
    order.value = 'oldest';
    order.dispatchEvent(new Event('change', { bubbles: true }));
    expect(patches).toEqual([{ cleanView: false }, { features: { topics: false } }, { clutter: { ad: true } }, { order: 'oldest' }]);
    for (const input of root.querySelectorAll('input, select')) expect(root.querySelector(`label[for="${input.id}"]`), input.id).not.toBeNull();
  });

  test('the clean view switch is role=switch; an explicit choice offers "back to automatic"', async () => {
    const patches: unknown[] = [];
    const settings = withSite(defaultSettings(), 'www.example.com', { cleanView: false });
    const root = await mount(<PopupView page={{ ...page, status: sampleStatus({ cleanView: false }) }} settings={settings} onSitePatch={(p) => patches.push(p)} onOpenOptions={() => {}} />);
    const sw = root.querySelector<HTMLInputElement>('#clean-view')!;
    expect(sw.getAttribute('role')).toBe('switch');
    expect(sw.checked).toBe(false);
    const back = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Back to automatic')!;
    await click(back);
    expect(patches).toEqual([{ cleanView: null }]);
  });

  test('clutter categories are disabled while the clutter feature is off', async () => {
    const settings = withSite(defaultSettings(), 'www.example.com', { features: { clutter: false } });
    const root = await mount(<PopupView page={page} settings={settings} onSitePatch={() => {}} onOpenOptions={() => {}} />);
    expect(byLabel(root, 'Ads').disabled).toBe(true);
    expect(byLabel(root, 'Topics').disabled).toBeFalsy();
  });

  test('page text that looks like markup is shown as text', async () => {
    const evil = { host: '<img src=x onerror=alert(1)>', status: sampleStatus({ host: '<b>x</b>' }) };
    const root = await mount(<PopupView page={evil} settings={defaultSettings()} onSitePatch={() => {}} onOpenOptions={() => {}} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('PopupApp through the mock Connector', () => {
  test('a toggle saves the site setting and the view follows', async () => {
    const connector = mockConnector(page);
    const root = await mount(<PopupApp connector={connector} refreshMs={60_000} />);
    await settle();
    await click(byLabel(root, 'Claims and sources'));
    await settle();
    const s = await connector.getSettings();
    expect(siteSettings(s, 'www.example.com').features.claims).toBe(false);
    expect(byLabel(root, 'Claims and sources').checked).toBe(false);
    expect(connector.calls).toContain('set-site');
  });

  test('the options link asks the connector', async () => {
    const connector = mockConnector(page);
    const root = await mount(<PopupApp connector={connector} refreshMs={60_000} />);
    await settle();
    await click([...root.querySelectorAll('button')].find((b) => b.textContent === 'All settings')!);
    expect(connector.calls).toContain('open-options');
  });
});
