import { describe, expect, test } from 'vitest';
import { findClaims, findClaimsCached, type ClaimsCache } from '../../utils/pipeline/claims';
import { claimsInText } from '../../utils/pipeline/claims-entry';
import { findQuotes } from '../../utils/pipeline/claims-quotes';
import { groupSources, sourceKey } from '../../utils/pipeline/claims-sources';
import type { Claim, Entry } from '../../utils/pipeline/types';

const entry = (text: string, id = 'e1', author: string | null = null): Entry =>
  ({ id, time: null, title: null, text, author, keyEvent: false, element: null as unknown as Element });
const claims = (text: string, author: string | null = null): Claim[] => findClaims([entry(text, 'e1', author)]);
const one = (text: string): Claim => {
  const found = claims(text);
  expect(found, `claims in: ${text}`).toHaveLength(1);
  return found[0];
};

describe('findClaims: attribution patterns', () => {
  test.each([
    // [text, speaker, claimed text, direct]
    ['“No, I have not been in contact,” Sergei Naryshkin told RIA.', 'Sergei Naryshkin', 'No, I have not been in contact', true],
    ['"We will rebuild the bridge by May," the mayor said.', 'the mayor', 'We will rebuild the bridge by May', true],
    ['« Nous allons reconstruire le pont », a déclaré le maire Jean Dupont.', 'le maire Jean Dupont', 'Nous allons reconstruire le pont', true],
    ['„Wir bauen die Brücke wieder auf“, sagte Bürgermeister Hans Müller.', 'Bürgermeister Hans Müller', 'Wir bauen die Brücke wieder auf', true],
    ['‘We will rebuild the bridge by May,’ said the mayor.', 'the mayor', 'We will rebuild the bridge by May', true],
    ['Keith Kellog told Fox Business: “The only person who can do this is the president.”', 'Keith Kellog', 'The only person who can do this is the president', true],
    ['Ukraine has begun using new drones, President Volodymyr Zelensky has said.', 'President Volodymyr Zelensky', 'Ukraine has begun using new drones', false],
    ['The Russian governor of Oryol said on Telegram that fuel had caught fire at a facility.', 'The Russian governor of Oryol', 'fuel had caught fire at a facility', false],
    ['Keith Kellog told Fox Business that the war would be over within months.', 'Keith Kellog', 'the war would be over within months', false],
    ['Russia destroyed 15 Ukrainian drones overnight, claimed Moscow this morning.', 'Moscow', 'Russia destroyed 15 Ukrainian drones overnight', false],
    ['Russian troops are within 3km of Pokrovsk, according to the mapping service DeepState.', 'the mapping service DeepState', 'Russian troops are within 3km of Pokrovsk', false],
    ['According to Jonathan Oh, from Western Pacific Weather, the typhoon is weakening fast.', 'Jonathan Oh', 'the typhoon is weakening fast', false],
    ['In a statement, the defence ministry said 13 drones were downed over the Black Sea.', 'the defence ministry', '13 drones were downed over the Black Sea', false],
    ['The minister was quoted as saying that the talks had collapsed overnight.', 'The minister', 'the talks had collapsed overnight', false],
    ['Oryol governor Andrey Klychkov confirmed that a drone strike set fire to a fuel depot.', 'Oryol governor Andrey Klychkov', 'a drone strike set fire to a fuel depot', false],
    ['Kim Cook, executive director of the network, said many families have been affected.', 'Kim Cook', 'many families have been affected', false],
    ['Impresa Aerospace filed for bankruptcy on Thursday, citing a perfect storm created by the grounding.', 'Impresa Aerospace', 'a perfect storm created by the grounding', false],
    ['Three runners are sharing the pacing, our reporter at the 21km mark says.', 'our reporter at the 21km mark', 'Three runners are sharing the pacing', false],
    ['Technically, the workplace is a manager’s “zone of duty,” Mr. Gentile said.', 'Mr. Gentile', 'Technically, the workplace is a manager’s “zone of duty,”', false],
    ['Donald Trump’s special envoy for Ukraine said the war will be over within months.', 'Donald Trump’s special envoy for Ukraine', 'the war will be over within months', false],
    ['Last night Tanaiste Leo Varadkar made a strong claim on RTE that NPHET had no answers for them.', 'Tanaiste Leo Varadkar', 'NPHET had no answers for them', false],
  ])('%s', (text, speaker, said, direct) => {
    const c = one(text);
    expect(c.speaker).toBe(speaker);
    expect(c.text).toBe(said);
    expect(c.direct).toBe(direct);
    expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test.each([
    ['The army claimed it had retaken the village.', 'hedged', true],
    ['The ministry denied that troops had crossed the border.', 'denial', false],
    ['The ministry confirmed that troops had crossed the border.', 'assertive', false],
    ['The ministry said that troops had crossed the border.', 'neutral', false],
    ['The ministry said, without providing evidence, that troops had crossed the border.', 'neutral', true],
  ])('cue class: %s', (text, cls, hedged) => {
    const c = one(text);
    expect(c.cueClass).toBe(cls);
    expect(c.hedged).toBe(hedged);
  });
});

describe('findClaims: pronouns, continuation, roles', () => {
  test('he / it resolve to the nearest fitting earlier speaker', () => {
    const text = 'Kyiv’s military said 56 drones were destroyed overnight. It added that another 49 were lost to jamming. ' +
      'Local governor Vyacheslav Gladkov said a house was hit in the attack. He said later the fire had been contained.';
    const found = claims(text);
    expect(found.map((c) => c.speaker)).toEqual(['Kyiv’s military', 'Kyiv’s military', 'Local governor Vyacheslav Gladkov', 'Local governor Vyacheslav Gladkov']);
  });

  test('a quote-only sentence after an attributed quote takes the last speaker', () => {
    const found = claims('“I think the atmosphere is going to be amazing,” the striker said. “I thought the crowd tonight was incredible.”');
    expect(found).toHaveLength(2);
    expect(found[1].speaker).toBe('the striker');
    expect(found[1].text).toBe('I thought the crowd tonight was incredible');
  });

  test('a quote running over paragraphs without a closing mark ends at the next opening mark', () => {
    const text = 'Mr Oh said: “We are continuing to monitor the storm. “It is much weaker now and moving north.”';
    const found = claims(text);
    expect(found.map((c) => [c.speaker, c.text])).toEqual([
      ['Mr Oh', 'We are continuing to monitor the storm'],
      ['Mr Oh', 'It is much weaker now and moving north'],
    ]);
  });

  test('an unresolvable pronoun gives no claim', () => expect(claims('He said the bridge would reopen on Monday morning.')).toEqual([]));
});

describe('findClaims: not claims', () => {
  test.each([
    ['scare quotes', 'Officials called the plan a “circuit breaker” before the vote on Monday.'],
    ['a title in quotes', 'Disney delayed “Black Widow” and “West Side Story” until next year.'],
    ['a byline ("writes X")', 'Glide bombs have had a devastating impact wherever they have been used, writes Tom Watling.'],
    ['a teaser ("Here, X explains")', 'Here, Keir Giles explains why we should be wary of any hasty conclusions about it.'],
    ['a relative clause ("what he said")', 'Photos showed what he said was the aftermath of the attack on the village.'],
  ])('%s', (_name, text) => expect(claims(text)).toEqual([]));

  test('the entry author is never a speaker', () => {
    expect(claims('“The bridge will reopen in May,” said Jane Smith.', 'Jane Smith')).toEqual([]);
    expect(claims('“The bridge will reopen in May,” said Jane Smith.')).toHaveLength(1);
  });

  test('an author of another entry on the page is never a speaker either', () => {
    const found = findClaims([entry('Roads were closed, writes Tom Watling.', 'a'), entry('“All roads will reopen by noon,” Tom Watling said.', 'b')]);
    expect(found).toEqual([]);
  });
});

describe('findQuotes', () => {
  test.each([
    ['“a b” c', ['a b']],
    ['"a b" c "d e"', ['a b', 'd e']],
    ['« a b » c', [' a b ']],
    ['„a b“ c', ['a b']],
    ['‘a b’ it’s c', ['a b']],
    ['it’s the runners’ pages', []],
    ['“a b. “c d.”', ['a b. ', 'c d.']],
    ['“never closed', ['never closed']],
  ])('%s', (text, inner) => expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(inner));
});

describe('bad input never throws and never yields markup', () => {
  test.each([
    ['unbalanced marks', '“He said ” ” “ " « „ the end, ” she said “'],
    ['emoji only', '😀😀🎉🔥 🇺🇦 👍🏽'],
    ['markup-looking text', '<img src=x onerror=alert(1)> “<script>alert(1)</script> is here,” said <b>Mr Bold</b>.'],
    ['empty', ''],
  ])('%s', (_name, text) => {
    const found = claims(text);
    for (const c of found) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test('a 10,000-word entry is read in well under a second', () => {
    const words = 'The ministry said that troops had crossed the border near the river. “We will respond,” he said. ';
    const text = words.repeat(Math.ceil(10000 / 18));
    const t0 = performance.now();
    const found = claims(text);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(found.length).toBeGreaterThan(100);
  });
});

describe('findClaimsCached', () => {
  test('re-reads only new or changed entries', () => {
    const cache: ClaimsCache = new Map();
    const a = entry('The ministry said that troops had crossed the border.', 'a');
    const b = entry('The army said that the bridge was destroyed overnight.', 'b');
    const first = findClaimsCached([a, b], cache);
    const before = cache.get('a');
    const c = entry('The mayor said that the roads would reopen tomorrow.', 'c');
    const b2 = { ...b, text: 'The army said that the bridge was repaired overnight.' };
    const second = findClaimsCached([c, a, b2], cache);
    expect(cache.get('a')).toBe(before); // untouched
    expect(second.map((x) => x.entryId)).toEqual(['c', 'a', 'b']);
    expect(second[2].text).toContain('repaired');
    expect(first).toHaveLength(2);
    findClaimsCached([c], cache);
    expect([...cache.keys()]).toEqual(['c']);
  });

  test('gives the same claims as findClaims', () => {
    const es = [entry('The ministry said that troops had crossed the border.', 'a'), entry('“We will respond,” the general said.', 'b')];
    expect(findClaimsCached(es, new Map())).toEqual(findClaims(es));
  });
});

describe('claimsInText offsets', () => {
  test('every claim slices back to its text', () => {
    const text = 'A spokesperson said: “It will make landfall as a strong typhoon.” The agency warned of floods across the west.';
    for (const c of claimsInText(text)) expect(c.end).toBeGreaterThan(c.start);
  });
});

describe('titles', () => {
  test('a headline "…, says X" is kept; a headline restating the body is not', () => {
    const e = { ...entry('10.45am: Typhoon Lan will weaken before landfall, says meteorologist The storm is moving north.'), title: 'Typhoon Lan will weaken before landfall, says meteorologist' };
    expect(findClaims([e]).map((c) => [c.speaker, c.text])).toEqual([['meteorologist', 'Typhoon Lan will weaken before landfall']]);
  });

  test('a title that runs into the body is its own sentence', () => {
    const text = 'Naryshkin denies contact with CIA Moscow’s foreign intelligence chief said he has not been in contact with the CIA.';
    const e = { ...entry(text), title: 'Naryshkin denies contact with CIA' };
    const [c] = findClaims([e]);
    expect(c.speaker).toBe('Moscow’s foreign intelligence chief');
    expect(c.text).toBe('he has not been in contact with the CIA');
  });
});

describe('bylines at the start of entries', () => {
  test('a name that opens many entries is a byline, not a speaker', () => {
    const es = ['Gavin O’Callaghan Local owners have said they will close for three weeks from tonight.',
      'Gavin O’Callaghan Distraught owners have warned that thousands of jobs will go.',
      'Gavin O’Callaghan The mayor said the roads would reopen on Monday morning.'].map((t, k) => entry(t, `e${k}`));
    const found = findClaims(es);
    expect(found.map((c) => c.speaker)).toEqual(['Local owners', 'Distraught owners', 'The mayor']);
  });

  test('a name that opens many entries inside their first sentence is the subject, not a byline', () => {
    const es = ['Prince Harry and Meghan Markle will struggle to recover from the snub, an expert has claimed.',
      'Prince Harry has flown to New York for the awards, his spokesman said.',
      'Prince Harry and his wife were not invited, a palace spokesman said.'].map((t, k) => entry(t, `h${k}`));
    const found = findClaims(es);
    expect(found.map((c) => c.text)).toEqual([
      'Prince Harry and Meghan Markle will struggle to recover from the snub',
      'Prince Harry has flown to New York for the awards',
      'Prince Harry and his wife were not invited',
    ]);
  });

  test('an author field glued to a role ("Marianna SpringSpecialist …") is still the byline', () => {
    const e = entry('Marianna Spring Specialist reporter A viral video claiming a woman was put in a body bag while alive is misleading.', 'e', 'Marianna SpringSpecialist reporter');
    expect(findClaims([e]).map((c) => c.speaker)).toEqual(['A viral video']);
  });
});

describe('sources', () => {
  test.each([
    ['Mr Gladkov', 'gladkov'],
    ['local governor Vyacheslav Gladkov', 'gladkov'],
    ['Dr Anthony Fauci', 'fauci'],
    ['the defence ministry', 'defence ministry'],
    ['The defence ministry', 'defence ministry'],
    ['Kyiv’s military', "kyiv's military"],
    ['An official at the Japan Meteorological Agency (JMA)', 'official at the japan meteorological agency'],
  ])('sourceKey(%s) = %s', (speaker, key) => expect(sourceKey(speaker)).toBe(key));

  test('a role and a name for the same person are one source, counted once each claim', () => {
    const c = (speaker: string, text: string) => ({ ...claims(`${speaker} said that ${text}.`)[0] });
    const list = [c('Local governor Vyacheslav Gladkov', 'a house was hit overnight'), c('Mr Gladkov', 'two people were hurt there'), c('The army', 'the village was retaken')];
    const sources = groupSources(list);
    expect(sources.map((s) => [s.speaker, s.claims])).toEqual([['Local governor Vyacheslav Gladkov', [0, 1]], ['The army', [2]]]);
  });
});

describe('other languages', () => {
  test.each([
    ['Le ministre Jean Dupont a déclaré que le pont serait rouvert lundi.', 'Le ministre Jean Dupont', 'le pont serait rouvert lundi'],
    ['Innenministerin Nancy Faeser sagte, dass die Brücke am Montag wieder öffnet.', 'Innenministerin Nancy Faeser', 'die Brücke am Montag wieder öffnet'],
    ['Il ministro Antonio Tajani ha detto che il ponte riaprirà lunedì.', 'Il ministro Antonio Tajani', 'il ponte riaprirà lunedì'],
    ['Según el Ministerio de Sanidad, los casos han bajado esta semana.', 'el Ministerio de Sanidad', 'los casos han bajado esta semana'],
  ])('%s', (text, speaker, said) => {
    const c = one(text);
    expect(c.speaker).toBe(speaker);
    expect(c.text).toBe(said);
  });

  test('cricket "dismissed" is not a denial', () => expect(claims('Mohammed Siraj dismissed Samarawickrama for a four-ball duck.')).toEqual([]));
});

describe('a stray opening mark', () => {
  test('does not turn the rest of a long entry into one quotation', () => {
    const tail = ' The ministry said that troops had crossed the border near the river.'.repeat(20);
    const text = `“We will rebuild,” the mayor said. “A stray mark opens here. ${tail}`;
    const q = findQuotes(text);
    expect(q[1].end - q[1].start).toBeLessThan(40);
    expect(claims(text).filter((c) => c.speaker === 'The ministry').length).toBe(20);
  });
});

describe('sources: a definite role after a name', () => {
  test('"the striker" goes with the striker named before in the entry; "the ministry" does not', () => {
    const found = claims('The Lionesses will be ready, according to Beth England. “I think the atmosphere is going to be amazing,” the striker said. The defence ministry said that 13 drones were downed overnight.');
    const sources = groupSources(found);
    expect(sources.map((s) => [s.speaker, s.claims.length])).toEqual([['Beth England', 2], ['The defence ministry', 1]]);
  });
});
