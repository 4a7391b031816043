// Words that never decide a topic or name one: function words in the languages Liveline meets most (en, fr, de,
// es, it, nl, pl), plus the reporting verbs, days and months that fill every news entry. Lower case, accents kept.

const EN = `a about above after again against all almost also although always am among an and another any anyone
anything are around as at back be became because become been before being below between both but by can cannot
could did do does doing done down during each either else even ever every few for from further get gets getting
got had has have having he her here hers herself him himself his how however i if in into is it its itself just
last least less let like made make many may me might more most much must my myself never new next no nor not now
of off often on once one only or other our ours out over own per quite rather really same several she should
since so some still such than that the their theirs them themselves then there these they this those though
through to too two under until up upon us very via was we well were what when where whether which while who
whom whose why will with within without would yet you your yours yourself three four five six seven eight nine
ten first second third says said say saying told tells tell according added adds asked statement reported
report reports reporting update updates updated live latest news today yesterday tonight tomorrow morning
afternoon evening night day days week weeks month months year years time times ago earlier later people thing
things way lot going go goes went come comes came know think want see seen look looks looking take takes took
put set mr mrs ms dr hello hi welcome follow following coverage blog here's it's that's there's we're we've
we'll i'm i've you're don't doesn't didn't isn't aren't wasn't can't won't get including part s t
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december am pm gmt bst edt est cet ist utc yes oh ok okay
getty images image caption copyright photograph photo photos picture pictures credit pa reuters afp ap epa
twitter facebook instagram tiktok whatsapp youtube tweet tweeted share shared view watch video videos click
read advertisement embed related key event events pinned post posted bekijk delen lees meer foto
artikel bild bildredaktion quelle lire aussi voir partager leggi anche condividi`;

const FR = `au aux avec ce ces cet cette dans de des du elle elles en et eux il ils je la le les leur leurs lui ma
mais me même mes moi mon ne nos notre nous on ou où par pas pour qu que qui sa se ses sur ta te tes toi ton
tu un une vos votre vous c d j l à a m n s t y été être avoir ai as avons avez ont avait était sont est sera
seront fait faire plus moins très aussi comme tout tous toute toutes sans sous entre après avant depuis selon
encore déjà alors donc ainsi dont lors contre chez vers cela ceci celui celle ceux leur si non oui hier
aujourd'hui demain matin soir jour jours semaine année ans an mois heure heures lundi mardi mercredi jeudi
vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre octobre novembre décembre
selon a-t-il estime indique déclaré annoncé dit affirmé également notamment peu deux trois premier première`;

const DE = `aber alle allem allen aller alles als also am an ander andere anderen auch auf aus bei beim bin bis
bisher bist da dabei damit dann das dass daß dem den denn der des dessen die dies diese diesem diesen dieser
dieses doch dort du durch ein eine einem einen einer eines er es etwa euch für gegen gewesen hab habe haben hat
hatte hatten hier hin hinter ich ihr ihre ihrem ihren ihrer im in indem ins ist jetzt jede jedem jeden jeder
jedes kann kein keine können könnte man mehr mein meine mit muss musste nach nicht nichts noch nun nur ob oder
ohne sehr sei seien sein seine seinem seinen seiner seit sich sie sind so solche soll sollen sollte sondern
sowie über um und uns unser unter viel vom von vor wann waren warum was weg weil weiter welche welchem
welchen welcher wenn wer werde werden wie wieder will wir wird wirst wo wurde wurden zu zum zur zwar zwei drei
zwischen heute gestern morgen abend nacht tag tage woche jahr jahre uhr laut sagte sagt erklärte hieß heißt
demnach zudem bereits mehrere worden wurde montag dienstag mittwoch donnerstag freitag samstag sonntag januar
februar märz april mai juni juli august september oktober november dezember angaben inzwischen offenbar`;

const ES = `a al algo algunos ante antes como con contra cual cuando de del desde donde durante e el ella ellas
ellos en entre era es esa esas ese eso esos esta estaba estado estas este esto estos fue fueron ha han hasta hay
la las le les lo los más me mi muy nada ni no nos o os otra otro para pero poco por porque que quien se sea
ser si sido sin sobre su sus también tanto te tiene tienen todo todos tras tu un una uno unos y ya yo hoy
ayer mañana tarde noche día días semana año años hora horas dijo según afirmó aseguró lunes martes miércoles
jueves viernes sábado domingo enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre
diciembre dos tres`;

const IT = `a ad al alla alle allo ai agli anche ancora che chi ci come con contro cui da dal dalla dalle dai
degli dei del della delle dello di dopo e è ed era erano essere fa fra gli ha hanno ho i il in io la le lei
lo loro lui ma mentre mi ne nei nel nella nelle nello noi non nostro o oggi ogni per perché più poi quale
quando quanto quella quelle quello questa queste questo se sempre senza si sia sono stata stato su sua sue sui
sul sulla suo suoi tra tutti tutto un una uno già stati stato circa secondo ha detto dichiarato affermato
ieri domani mattina sera giorno giorni settimana anno anni ore lunedì martedì mercoledì giovedì venerdì sabato
domenica gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre due tre
l un' dell all nell sull dall c'è`;

const NL = `aan al alle als andere bij dan dat de deze die dit door een eens en er ge geen geweest haar had heb
hebben heeft hem het hier hij hoe hun ik in is ja je kan kon kunnen maar me meer met mij mijn moet na naar
niet niets nog nu of om omdat ons ook op over reeds te tegen toch toen tot u uit uw van veel voor want waren
was wat we wel werd wie wij wil worden wordt zal ze zei zelf zich zij zijn zo zonder zou nog nu wel dus even
weer toch gaat gaan komt kunnen moeten staat vandaag gisteren morgen dag week jaar uur maandag dinsdag
woensdag donderdag vrijdag zaterdag zondag twee drie komt kwam komen krijgt krijgen`;

const PL = `a aby ale bo by być był była było były cały co czy dla do gdy gdzie go i ich ile im ja jak jako je
jego jej jest jeszcze jeśli już każdy kiedy kto która które którego który lub ma mają mi między mnie może na
nad nam nas nie nim niż o od oraz po pod przed przez przy się są sobie ta tak tam te tego tej ten to tu tylko
tym u w we wszystko z za że ze jednak także też będzie został została zostało już dziś wczoraj jutro dzień
dni tydzień rok lat godzina poniedziałek wtorek środa czwartek piątek sobota niedziela teraz po raz zobacz
wideo`;

/** Every stop word, all languages in one set (entries mix languages; a word in one list is rarely content in another). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  [EN, FR, DE, ES, IT, NL, PL].flatMap((list) => list.split(/\s+/)).filter(Boolean),
);

/** Acronyms that are names although their lower-case form is a stop word ("US" and "us", "WHO" and "who"). */
export const ACRONYM_NAMES: ReadonlySet<string> = new Set(['us', 'uk', 'eu', 'un', 'ue', 'who', 'it', 'ny', 'dc']);

/** Words that may sit inside a name ("Bank of England", "Ursula von der Leyen") without ending it. */
export const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'del', 'della', 'di', 'da', 'van', 'von', 'la', 'le', 'al', 'bin', 'du']);
