// @vitest-environment happy-dom
// The Sources list: each speaker with a count and their claims; choosing a claim reports it (the page layer
// scrolls to it); page text is shown as text, never as markup.
import { afterEach, describe, expect, test } from 'vitest';
import { SourcesList } from '../../components/SourcesList';
import { findClaims } from '../../utils/pipeline/claims';
import { panelData } from '../../utils/page/panel-model';
import type { Entry } from '../../utils/pipeline/types';
import { click, mount } from '../render';

afterEach(() => {
  document.body.innerHTML = '';
});

const entry = (id: string, text: string): Entry => ({ id, time: null, title: null, text, author: null, keyEvent: false, element: document.createElement('div') });

describe('SourcesList', () => {
  const entries = [
    entry('a', 'Local governor Vyacheslav Gladkov said a house was hit overnight. Mr Gladkov said two people were hurt in the attack.'),
    entry('b', 'The army claimed it had retaken the village. The ministry denied that troops had crossed the border.'),
  ];
  const claims = findClaims(entries);
  const { sources } = panelData(entries, [], claims);

  test('one source per person (role and name together), with a count, most quoted first', async () => {
    const root = await mount(<SourcesList sources={sources} onChoose={() => {}} />);
    const rows = [...root.querySelectorAll('.ll-sources > li')].map((li) => [li.querySelector('.ll-speaker')?.textContent, li.querySelector('.ll-count')?.textContent]);
    expect(rows).toEqual([['Local governor Vyacheslav Gladkov', '2'], ['The army', '1'], ['The ministry', '1']]);
    const classes = [...root.querySelectorAll('.ll-claim')].map((b) => b.getAttribute('data-cue-class'));
    expect(classes).toEqual(['neutral', 'neutral', 'hedged', 'denial']);
  });

  test('choosing a claim reports its index in analysis.claims and its entry', async () => {
    const chosen: Array<[number, string]> = [];
    const root = await mount(<SourcesList sources={sources} onChoose={(i, id) => chosen.push([i, id])} />);
    const denial = [...root.querySelectorAll<HTMLButtonElement>('.ll-claim')].find((b) => b.getAttribute('data-cue-class') === 'denial')!;
    await click(denial);
    expect(chosen).toEqual([[claims.findIndex((c) => c.cueClass === 'denial'), 'b']]);
  });

  test('text that looks like markup stays text', async () => {
    const evil = entries.concat(entry('c', '“<img src=x onerror=alert(1)> will be rebuilt,” said Mr Smith <b>.'));
    const data = panelData(evil, [], findClaims(evil));
    const root = await mount(<SourcesList sources={data.sources} onChoose={() => {}} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)> will be rebuilt');
  });
});
