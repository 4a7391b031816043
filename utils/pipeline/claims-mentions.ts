// What pronouns and surnames point to within one entry: the people and bodies named so far, most salient last,
// each with its kind (he/she → person, they → group, it → organisation or document). Pure.
import { PERSON_ROLES, ROLES } from './claims-lexicon';

const ORG_WORDS = new Set(['aerospace', 'international', 'airlines', 'airways', 'capital', 'partners', 'holdings', 'motors',
  'systems', 'technologies', 'pharmaceuticals', 'energy', 'weather', 'times', 'post', 'news', 'press', 'radio', 'tv',
  'broadcasting', 'insurance', 'securities', 'foundation', 'fund', 'institute', 'inc', 'ltd', 'corp', 'plc', 'llc',
  'nhs', 'who', 'un', 'eu', 'nato', 'kremlin', 'moscow', 'kyiv', 'beijing', 'washington', 'reuters', 'afp', 'ap',
  'cnn', 'bbc', 'nhk', 'ria', 'tass', 'interfax', 'fifa', 'uefa']);

export type SpeakerKind = 'person' | 'group' | 'org';

/** What a speaker phrase stands for, for pronoun resolution: he/she → person, they → group, it → org. */
export function speakerKind(phrase: string): SpeakerKind {
  const words = phrase.split(/\s+/);
  const lows = words.map((w) => w.toLowerCase().replace(/’/g, "'").replace(/'s?$/, ''));
  const headIdx = lows.findIndex((w) => w === 'of' || w === 'at' || w === 'for' || w === 'from' || w === '(');
  const head = lows[(headIdx > 0 ? headIdx : lows.length) - 1] ?? '';
  const names = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
  if (/^(?:mr|mrs|ms|dr|sir|dame|lord|lady|mme|herr|frau|sen|rep|gov|gen)\.?$/.test(lows[0] ?? '')) return 'person';
  if (PERSON_ROLES.has(head)) return 'person';
  if (ROLES.has(head)) return /s$/.test(head) && !/(?:ss|us|is)$/.test(head) ? 'group' : 'org';
  if (lows.some((w) => ORG_WORDS.has(w) || (ROLES.has(w) && !PERSON_ROLES.has(w)))) return 'org';
  // a personal name: capitalised words, particles allowed between them ("Ursula von der Leyen")
  const name = words.filter((w) => !/^(?:von|van|der|den|de|du|da|di|al|el|bin|le|la|del)$/i.test(w)).slice(-2);
  if (name.length === 2 && name.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) return 'person';
  if (lows.some((w) => PERSON_ROLES.has(w))) return 'person';
  return 'org';
}

export interface Mention { name: string; kind: SpeakerKind }

/** The fullest earlier mention of the same person: "Mr Gladkov" → "local governor Vyacheslav Gladkov". */
export function fullest(mentions: readonly Mention[], name: string): string {
  const surname = name.split(' ').pop() ?? name;
  if (!/^\p{Lu}/u.test(surname)) return name;
  const full = mentions.find((m) => m.name.length > name.length && m.name.endsWith(` ${surname}`) && /\p{Lu}\S*\s+\p{Lu}/u.test(m.name));
  return full?.name ?? name;
}

/** resolvePronoun(mentions, pronoun): the nearest fitting mention, in its fullest form, or null. English pronouns
 * must fit the kind; others (er, sie, elle) take the nearest mention. */
export function resolvePronoun(mentions: readonly Mention[], pronoun: string): string | null {
  const want: SpeakerKind | null = /^(?:he|she)$/i.test(pronoun) ? 'person' : /^they$/i.test(pronoun) ? 'group' : /^it$/i.test(pronoun) ? 'org' : null;
  for (let k = mentions.length - 1; k >= 0; k--) {
    const m = mentions[k];
    if (!want || m.kind === want || (want === 'group' && m.kind === 'org')) return fullest(mentions, m.name);
  }
  return null;
}

/** addMention(mentions, name): records a name (a surname alone is a person named in full earlier). */
export function addMention(mentions: Mention[], name: string): void {
  if (mentions[mentions.length - 1]?.name === name) return;
  const surname = name.split(' ').pop() ?? name;
  const earlier = mentions.find((m) => m.kind === 'person' && m.name !== name && m.name.endsWith(` ${surname}`));
  mentions.push({ name, kind: earlier ? 'person' : speakerKind(name) });
}
