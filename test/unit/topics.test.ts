import { describe, expect, test } from 'vitest';
import { chronologicalOrder, groupTopics, groupTopicsWithDuplicates, OTHER, pageBylines } from '../../utils/pipeline/topics';
import { extractFeatures, stem } from '../../utils/pipeline/topics-tokens';
import { STOPWORDS } from '../../utils/pipeline/topics-stopwords';
import type { Topic } from '../../utils/pipeline/types';

let seq = 0;
const entry = (text: string, time: string | null = null, id = `e${++seq}`) => ({ id, text, title: null, time });
const topicOf = (topics: Topic[], id: string) => topics.find((t) => t.entryIds.includes(id))?.id;

const WAR = [
  'Russia says its air defences destroyed 15 Ukrainian drones over the Oryol region overnight, Moscow claimed.',
  'Ukraine has replaced the commander of its forces near Pokrovsk as Russian troops advance in Donetsk.',
  'Fifa has been criticised by Ukraine for publishing a World Cup map of Russia that includes Crimea.',
  'Ukrainian air defences shot down 56 of 108 drones launched by Russia overnight, the Ukrainian air force said; drones hit Oryol.',
  'Fighting near Pokrovsk intensified as the new Donetsk commander took over, Ukraine said of its troops.',
  'Fifa said the Crimea map on its World Cup page was an error and would be corrected after Ukraine complained.',
];

describe('tokenising', () => {
  test.each([
    ['drones', 'drone'],
    ['Drones', 'drones'.slice(0, 5) === 'drone' ? 'drone' : ''],
    ['ospedali', 'ospeda'],
    ['padać', 'padac'],
    ['class', 'class'],
  ])('stem(%s) = %s', (word, expected) => expect(stem(word.toLowerCase())).toBe(expected));

  test('drops stop words and numbers, keeps names and two-word phrases', () => {
    const f = extractFeatures('The top US infectious disease specialist, Dr Anthony Fauci, says 8 of them would.');
    expect([...f.stems]).not.toContain('the');
    expect([...f.stems]).not.toContain('8');
    expect(f.features.get('fauci')?.kind).toBe('name');
    expect(f.features.get('us')?.kind).toBe('name');
    expect(f.features.get('anthon fauci')?.kind).toBe('name-phrase');
    expect(f.features.get('infect diseas')?.kind).toBe('phrase');
  });

  test("the author's name is not content", () => {
    const f = extractFeatures('Antony Clements-Thrower Police in Plymouth say', null, 'Antony Clements-Thrower');
    expect([...f.stems]).toEqual(['police', 'plymou']);
  });

  test('stop lists cover every supported language', () => {
    for (const w of ['the', 'le', 'der', 'el', 'il', 'het', 'się']) expect(STOPWORDS.has(w)).toBe(true);
  });
});

describe('groupTopics', () => {
  test('no entries: no topics', () => expect(groupTopics([])).toEqual([]));

  test('one entry: one topic holding it', () => {
    const topics = groupTopics([entry('Typhoon Lan has headed out to sea after largely sparing Tokyo.', null, 'only')]);
    expect(topics).toHaveLength(1);
    expect(topics[0].entryIds).toEqual(['only']);
    expect(topics[0].label).not.toBe('');
  });

  test('threads of one story apart, entries of one thread together, page-wide words do not decide', () => {
    const es = WAR.map((t, i) => entry(t, `2024-12-16T0${i}:00:00Z`, `w${i}`));
    const topics = groupTopics(es);
    expect(topicOf(topics, 'w0')).toBe(topicOf(topics, 'w3'));
    expect(topicOf(topics, 'w1')).toBe(topicOf(topics, 'w4'));
    expect(topicOf(topics, 'w2')).toBe(topicOf(topics, 'w5'));
    expect(new Set(['w0', 'w1', 'w2'].map((id) => topicOf(topics, id))).size).toBe(3);
    for (const t of topics) expect(t.label.toLowerCase()).not.toMatch(/\bukrain/);
  });

  test('labels are short names or phrases, never stop words', () => {
    const topics = groupTopics(WAR.map((t, i) => entry(t, `2024-12-16T0${i}:00:00Z`)));
    for (const t of topics) {
      expect(t.label.length).toBeLessThanOrEqual(60);
      for (const word of t.label.split(/[\s·]+/).filter(Boolean)) expect(STOPWORDS.has(word.toLowerCase())).toBe(false);
    }
  });

  test('entries too short to judge go to Other', () => {
    const es = [...WAR.map((t) => entry(t)), entry('Hello, this is Anna taking over.', null, 'hi')];
    const topics = groupTopics(es);
    expect(topicOf(topics, 'hi')).toBe(OTHER);
    expect(topics[topics.length - 1]).toMatchObject({ id: OTHER, label: 'Other' });
  });

  test('a near-duplicate is marked and shares its original topic', () => {
    const original = entry(WAR[1], '2024-12-16T01:00:00Z', 'orig');
    const repost = entry(`Summary: ${WAR[1]}`, '2024-12-16T09:00:00Z', 'again');
    const { topics, duplicateOf } = groupTopicsWithDuplicates([repost, entry(WAR[2], '2024-12-16T02:00:00Z'), original]);
    expect(duplicateOf.get('again')).toBe('orig');
    expect(duplicateOf.has('orig')).toBe(false);
    expect(topicOf(topics, 'again')).toBe(topicOf(topics, 'orig'));
  });

  test('a byline opening several entries does not group them; a name that is the subject does', () => {
    const es = WAR.map((t, i) => entry(i === 0 || i === 2 ? `Antony Clements-Thrower ${t}` : t, `2024-12-16T0${i}:00:00Z`, `b${i}`));
    const topics = groupTopics(es);
    expect(topicOf(topics, 'b0')).not.toBe(topicOf(topics, 'b2'));
    for (const t of topics) expect(t.label).not.toMatch(/Antony|Clements/);
    expect(pageBylines([{ text: 'Mohammed Shami takes a wicket.' }, { text: 'Mohammed Shami takes another.' }]).size).toBe(0);
    expect([...pageBylines([{ text: 'Antony Clements-Thrower Police say…' }, { text: 'Antony Clements-Thrower More pictures' }])]).toEqual(['Antony Clements-Thrower']);
  });

  test('a name the text gives as its writer ("…, writes Tom Watling", "Here, X explains") labels no topic and joins nothing', () => {
    const es = [
      entry('Glide bombs weighing 1,500 kilograms have had a devastating impact on Kharkiv, writes Tom Watling.', '2024-12-16T01:00:00Z', 'w1'),
      entry('Fifa said the Crimea map on its World Cup page was an error, writes Tom Watling, after Ukraine complained.', '2024-12-16T02:00:00Z', 'w2'),
      entry('Here, Keir Giles explains why Damascus fell so fast after Bashar al-Assad fled the Syrian capital.', '2024-12-16T03:00:00Z', 'w3'),
    ];
    const topics = groupTopics(es);
    for (const t of topics) expect(t.label).not.toMatch(/Watling|Keir|Giles/);
    expect(topicOf(topics, 'w1')).not.toBe(topicOf(topics, 'w2'));
  });

  test('deterministic', () => {
    const es = WAR.map((t, i) => entry(t, `2024-12-16T0${i}:00:00Z`, `d${i}`));
    expect(groupTopics(es)).toEqual(groupTopics(es.map((e) => ({ ...e }))));
  });

  test('a thousand identical entries: one topic, all but the first marked duplicates', () => {
    const es = Array.from({ length: 1000 }, (_, i) => entry('Police have made 378 arrests since disorder broke out in Plymouth.', null, `same${i}`));
    const { topics, duplicateOf } = groupTopicsWithDuplicates(es);
    expect(topics).toHaveLength(1);
    expect(topics[0].entryIds).toHaveLength(1000);
    expect(duplicateOf.size).toBe(999);
  });

  test('entries in two languages: each language forms its own groups, no exception', () => {
    const fr = [
      'Le Village olympique dans le nord de Paris a officiellement ouvert ses portes aux athlètes.',
      'Les athlètes découvrent le Village olympique de Paris, ouvert depuis ce jeudi matin.',
    ];
    const es = [...WAR.slice(0, 3), ...fr].map((t, i) => entry(t, `2024-07-18T0${i}:00:00Z`, `m${i}`));
    const topics = groupTopics(es);
    expect(topicOf(topics, 'm3')).toBe(topicOf(topics, 'm4'));
    expect(topicOf(topics, 'm3')).not.toBe(topicOf(topics, 'm0'));
  });
});

describe('incremental grouping', () => {
  test('a new entry joins a topic or starts one; earlier topics, ids and labels stay', () => {
    const es = WAR.slice(0, 5).map((t, i) => entry(t, `2024-12-16T0${i}:00:00Z`, `i${i}`)).reverse();
    const before = groupTopics(es);
    const added = entry(WAR[5], '2024-12-16T05:00:00Z', 'i5');
    const after = groupTopics([added, ...es], before);
    for (const t of before) {
      const same = after.find((a) => a.id === t.id)!;
      expect(same.label).toBe(t.label);
      for (const id of t.entryIds) expect(same.entryIds).toContain(id);
    }
    expect(topicOf(after, 'i5')).toBe(topicOf(after, 'i2'));
  });

  test('new topics get fresh ids after the previous ones', () => {
    const before: Topic[] = [{ id: 't7', label: 'Oryol', entryIds: ['gone'] }];
    const after = groupTopics([entry(WAR[1], null, 'n1')], before);
    expect(after.map((t) => t.id)).toEqual(['t8']);
  });
});

test.each([
  [['2024-01-01T10:00:00Z', '2024-01-01T09:00:00Z', null], [2, 1, 0]],
  [['2024-01-01T09:00:00Z', null, '2024-01-01T10:00:00Z'], [0, 1, 2]],
  [[null, null], [1, 0]],
])('chronologicalOrder(%j) = %j', (times, order) => {
  expect(chronologicalOrder(times.map((time) => ({ time })))).toEqual(order);
});
