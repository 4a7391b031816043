// The attribution lexicon: cue words and phrases by class, in English first, with French, German and Spanish.
// Pure data plus two small lookups; no page access.
import type { CueClass } from './types';

/** A cue as it is written, its class, and how it attaches to its speaker. */
export interface CueDef {
  /** Lower-case words of the cue ("said", "according to", "was quoted as saying"). */
  words: string;
  cls: CueClass;
  /** 'verb': "X said …", "…, said X"; 'participle': "X did …, saying …"; 'source': "according to X". */
  kind: 'verb' | 'participle' | 'source';
  /** Not English: such verbs open indirect speech only with "que/dass/che" and a clear subject. */
  foreign?: boolean;
}

const V = (cls: CueClass, list: string): CueDef[] =>
  list.split('|').map((words) => ({ words, cls, kind: 'verb' as const }));
const P = (cls: CueClass, list: string): CueDef[] =>
  list.split('|').map((words) => ({ words, cls, kind: 'participle' as const }));
const S = (cls: CueClass, list: string): CueDef[] =>
  list.split('|').map((words) => ({ words, cls, kind: 'source' as const }));

const F = (list: CueDef[]): CueDef[] => list.map((c) => ({ ...c, foreign: true }));

/** Every cue. Longer phrases are matched before their prefixes (see cueAt). */
export const CUES: readonly CueDef[] = [
  // English
  ...V('neutral', 'said|says|say|told|tells|added|adds|wrote|writes|posted|stated|states|explained|explains|noted|notes|' +
    'reported|reports|replied|responded|continued|commented|remarked|tweeted|mentioned|observed|recalled|' +
    'was quoted as saying|were quoted as saying|is quoted as saying|was quoted saying|' +
    'found|concluded|argued|argues|suggested|believes|estimated|predicted|forecast|clarified|indicated|' +
    'testified|reminded|reminds|informed|outlined|projected|calculated|reckoned|recounted|described|' +
    'told reporters|has said|quipped|joked|signalled|signaled|advised|briefed|acknowledges|expects'),
  ...V('assertive', 'confirmed|confirms|announced|announces|insisted|insists|warned|warns|stressed|emphasised|emphasized|' +
    'declared|vowed|pledged|promised|revealed|admitted|admits|acknowledged|conceded|maintained|asserted|' +
    'underscored|underlined|pointed out|highlighted|reiterated|repeated|assured|cautioned|predicts'),
  ...V('hedged', 'claimed|claims|claim|alleged|alleges|allege|accused|accuses|purported'),
  ...V('assertive', 'warn|confirm|announce|insist|stress|declare|vow|pledge|promise|reveal|admit|predict|argue'),
  ...V('neutral', 'say|tell|add|write|explain'),
  ...V('denial', 'refute|dismiss|dispute'),
  ...V('denial', 'denied|denies|deny|rejected|rejects|refuted|dismissed|disputed|disputes'),
  ...P('neutral', 'saying|adding|stating|noting|explaining|telling|writing|citing|arguing'),
  ...P('assertive', 'warning|insisting|confirming|announcing|stressing|asserting|declaring|vowing'),
  ...P('hedged', 'claiming|alleging|accusing'),
  ...P('denial', 'denying|rejecting'),
  ...S('neutral', 'according to'),
  // French
  ...F(V('neutral', 'a déclaré|a dit|a expliqué|a ajouté|a indiqué|a écrit|déclare|explique|ajoute|indique|a précisé')),
  ...F(V('assertive', 'a affirmé|affirme|a annoncé|a confirmé|a assuré|a averti|a souligné')),
  ...F(V('hedged', 'prétend|a prétendu|aurait affirmé')),
  ...F(V('denial', 'a démenti|a nié|dément|nie|a rejeté')),
  ...F(S('neutral', 'selon|d’après|d\'après')),
  // German
  ...F(V('neutral', 'sagte|sagt|erklärte|erklärt|schrieb|teilte mit|fügte hinzu|berichtete')),
  ...F(V('assertive', 'betonte|bestätigte|warnte|kündigte an|versicherte')),
  ...F(V('hedged', 'behauptete|behauptet')),
  ...F(V('denial', 'bestritt|dementierte|wies zurück')),
  ...F(S('neutral', 'laut')),
  // Spanish
  ...F(V('neutral', 'dijo|ha dicho|explicó|añadió|agregó|escribió|señaló|indicó')),
  ...F(V('assertive', 'afirmó|declaró|aseguró|anunció|confirmó|advirtió|subrayó')),
  ...F(V('hedged', 'alegó|sostuvo')),
  ...F(V('denial', 'negó|rechazó|desmintió')),
  ...F(S('neutral', 'según')),
  // Italian and Dutch, the corpus's other languages
  ...F(V('neutral', 'ha detto|ha dichiarato|ha spiegato|ha aggiunto|ha scritto|ha riferito|zei|zegt|schreef|verklaarde|aldus')),
  ...F(V('assertive', 'ha affermato|ha annunciato|ha confermato|ha avvertito|benadrukte|bevestigde|waarschuwde')),
  ...F(V('denial', 'ha negato|ha smentito|ontkende')),
  ...F(S('neutral', 'secondo|volgens')),
];

/** Words in a claim's sentence that make it hedged whatever the cue ("reportedly", "without providing evidence"). */
export const HEDGE_MARKERS =
  /\b(?:reportedly|allegedly|purportedly|supposedly|apparently|without (?:providing |offering |giving )?(?:any )?evidence|unverified|unconfirmed|presuntamente|mutmaßlich|angeblich|prétendument)\b/i;

/** Cues that follow their speaker only as a byline ("…, writes Tom Watling") and never open a claim there. */
export const BYLINE_CUES = new Set(['writes', 'wrote', 'explains', 'reports']);

const byFirstWord = new Map<string, CueDef[]>();
for (const c of CUES) {
  const first = c.words.split(' ')[0];
  const list = byFirstWord.get(first) ?? [];
  list.push(c);
  list.sort((a, b) => b.words.length - a.words.length);
  byFirstWord.set(first, list);
}

/** The longest cue whose words start at words[i] (lower-cased), or null. */
export function cueAt(words: readonly string[], i: number): CueDef | null {
  const list = byFirstWord.get(words[i]);
  if (!list) return null;
  for (const c of list) {
    const parts = c.words.split(' ');
    if (parts.every((p, k) => words[i + k] === p)) return c;
  }
  return null;
}

/** Cues that open a claim only with "that", a colon or a quotation ("found that …", not "found out"). */
export const NEEDS_THAT = new Set(['found', 'concluded', 'believes', 'suggested', 'indicated', 'estimated', 'predicted',
  'described', 'posted', 'reminded', 'reminds', 'recalled', 'observed', 'forecast', 'projected', 'calculated', 'reckoned',
  'recounted', 'outlined', 'advised', 'briefed', 'signalled', 'signaled', 'revealed', 'highlighted', 'pointed out']);

/** Base forms ("warn", "tell") after "to" count only as "is expected to warn", never "to tell the people". */
export const BASE_FORMS = new Set(['say', 'tell', 'add', 'write', 'explain', 'warn', 'confirm', 'announce', 'insist',
  'stress', 'declare', 'vow', 'pledge', 'promise', 'reveal', 'admit', 'predict', 'argue', 'refute', 'dismiss',
  'dispute', 'claim', 'allege', 'deny']);

/** True when the base-form cue at words[i] follows a modal ("will say") or "is expected to". */
export function futureCue(words: readonly string[], i: number): boolean {
  const prev = words[i - 1] ?? '';
  if (/^(?:will|would|could|may|might|must|shall|can|did|does|do)$/.test(prev)) return true;
  return prev === 'to' && /^(?:expected|set|due|going|likely|poised|scheduled|about)$/.test(words[i - 2] ?? '');
}
