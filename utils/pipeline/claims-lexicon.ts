// Word lists the speaker finder uses: roles that can say things, modifiers of roles, time words, and the small
// words that may stand between a speaker and the cue. Pure data.

const set = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Nouns that name a source: people by role, organisations, documents. Lower case; plurals listed. */
export const ROLES = set(`
  minister ministers ministry ministries spokesman spokeswoman spokesperson spokespeople spokesmen official officials
  governor governors mayor mayors president presidents chief chiefs director directors secretary secretaries
  agency agencies police military army navy force forces government governments council councils committee
  committees department departments office authorities authority organisers organizers organiser organizer
  experts expert analyst analysts lawyers lawyer sources source witnesses witness residents resident reporter
  reporters correspondent correspondents editor commentator striker coach boss manager captain player players
  chairman chairwoman chair chairperson leader leaders mp mps senator senators lawmaker lawmakers ceo executive
  executives founder professor doctor doctors scientist scientists researcher researchers meteorologist
  epidemiologist economist economists judge court prosecutor prosecutors prosecution company companies firm
  airline bank group groups union unions federation association network service services statement report
  reports letter filing study analysis survey poll data figures video caption hospital university tracker
  channel broadcaster newspaper outlet media envoy ambassador diplomat diplomats commander commanders staff
  general administration cabinet parliament regulator regulators watchdog investigators investigator team
  club league organisation organization institute agency's campaigners activists protesters officers officer
  insiders insider aide aides adviser advisers advisor advisors king queen prince pope chancellor premier
  representative representatives delegation headteacher teacher nurse nurses paramedics surgeon inspector
  constable superintendent commissioner commission board trust operator operators utility department's
  prime pm pms fire brigade coastguard emergency services union's family families relatives mother father
  son daughter wife husband brother sister friend friends neighbour neighbours owner owners founder boss's
  party opposition campaign white house kremlin pentagon whitehall downing observatory monitor
  intelligence ministry's force's statement's document documents memo television tv radio station paper daily
  magazine website site blog wire majority minority pilot pilots
  partner referee manager's cmo cfo cto coo maire ministre porte-parole président présidente bürgermeister bürgermeisterin
  sprecher sprecherin regierung ministerium polizei alcalde alcaldesa portavoz presidente ministro ministra gobierno umpire spokesperson's officials' organisers' experts' authorities'
`);

/** Lower-case words that may modify a role ("local governor", "senior military official"). */
export const MODIFIERS = set(`
  special current new incoming outgoing veteran retired prominent shadow principal permanent
  local regional national state federal senior top former acting deputy interim foreign defence defense interior
  health military medical official chief junior assistant vice associate general public private independent
  royal presidential ministerial parliamentary opposition ruling security intelligence police fire emergency
  weather news race's race club's air border civil home justice finance economy economic trade transport energy
  environment education labour labor tory conservative democratic republican liberal green russian ukrainian
  israeli american british french german chinese european international world global main lead leading head
  unnamed anonymous another one two three several many some other senior-most eyewitness eye press media
  commodities market employment law cornell attorney district county city town village school hospital
  infectious disease specialist meteorological northern southern eastern western central north south east west
  north-east north-west south-east south-west
`);

export const DETERMINERS = set(`the a an its his her their our this that these those le la les l' un une der die das den dem ein eine el los las una il gli uno della del de het een`);

/** Words that may join parts of one speaker phrase ("governor of Oryol", "Apple and Ireland"). */
export const CONNECTORS = set(`of for at from in on and & by de du des der von del`);

/** Capitalised words that are not names (sentence openers and the like). */
export const CAP_STOP = set(`
  lo ma negli nella nel posted updated copyright image caption following bst gmt cet cest utc est edt pst pdt et aest ist jst am pm
  key event events pinned
  but and however meanwhile earlier later also now then today yesterday tonight tomorrow asked when while after
  before since if it this that these those there here in on at as by for with from to of so yet still instead
  separately elsewhere overnight according though although because once what who whom which where why how
  i we you he she they his her their our my your us them him
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december live breaking update updates latest
`);

/** Words that can come between a speaker and the cue ("has also said", "on Monday said"). */
export const BETWEEN = set(`
  has have had did does do also since later earlier previously repeatedly further then again now today yesterday tonight
  once already separately publicly privately formally officially initially first last late just recently
  reportedly subsequently
`);

export const TIME_WORDS = set(`
  today yesterday tonight tomorrow morning afternoon evening night week month year weekend overnight earlier later
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december jan feb mar apr jun jul aug sep sept oct nov dec last this next on at
  mid-morning midday noon
`);

/** Words that show the phrase is a clause, not a speaker. */
export const CLAUSE_WORDS = set(`
  is are was were be been being will would can could should may might must do does did not no which who whom
  whose that when where while if than because what how why
  ist sind waren wurde wurden sei seien hat haben habe hatte wird werden es sich dass
  est sont ont été était sera qui que
  es son han fue fueron está están ha sido
`);

export const PRONOUNS = set(`he she it they er sie elle ils elles él ella ellos`);

/** Roles that stand for a person (he/she), for many (they), for an organisation or document (it). */
export const PERSON_ROLES = set(`
  minister spokesman spokeswoman spokesperson official governor mayor president chief director secretary expert
  analyst lawyer source witness resident reporter correspondent editor commentator striker coach boss manager
  captain player chairman chairwoman chair chairperson leader mp senator lawmaker ceo executive founder professor
  doctor scientist researcher meteorologist epidemiologist economist judge prosecutor envoy ambassador diplomat
  commander general officer insider aide adviser advisor king queen prince pope chancellor premier pm
  representative headteacher teacher nurse surgeon inspector constable superintendent commissioner mother father
  son daughter wife husband brother sister friend neighbour owner partner referee cmo cfo cto coo
`);
