import { DECISION_WORDS } from './english';
// The vocabulary of the dispute: who is who under their many names, which words mean the
// same thing, and which actions are opposites. Everything here is data; the matching rules
// live elsewhere, so adding an alias never needs a code change.

/** Which side of the dispute a name stands for, if any. */
export type Side = 'albania' | 'iran';

/** A named thing and the words that name it. */
export interface EntityEntry {
  id: string;
  kind: 'country' | 'org' | 'person' | 'place' | 'region' | 'role';
  /** Written forms, lower case, tokens separated by spaces ("u s", "people mujahideen"). */
  names: string[];
  side?: Side;
  /** The country a city or site lies in. */
  country?: string;
  /** A capital that also stands for its country's government ("Tirana agreed"). */
  metonym?: boolean;
  /** Names it shares with a broader entity that must not count as a clash (White House ⊂ US). */
  partOf?: string;
  /** For a person: the body or country whose words they give (a spokeswoman's council, an ambassador's country). */
  speaksFor?: string;
  /** For a person: the office they held during the dispute (Rama, prime minister), which a source naming them names too. */
  office?: string;
  /** A body every country has ("the foreign ministry"): whose it is, the name alone does not say. */
  anyCountry?: boolean;
  /** A news agency or outlet: it reports claims and is never a detail of one. */
  agency?: boolean;
  /** A one-word name that is also an ordinary word ("shah", "jordan", "turkey"): a name only with a capital. */
  needsCapital?: boolean;
}

// Countries whose name is also an everyday word.
const ORDINARY_WORDS = new Set(['jordan', 'turkey']);

/** Countries with their demonyms and capitals used as metonyms. */
const COUNTRIES: [string, string[], Side?][] = [
  ['albania', ['albania', 'albanian', 'albanians', 'balkan state', 'balkan country', 'balkan nation', 'balkan ally', 'republic of albania'], 'albania'],
  ['iran', ['iran', 'iranian', 'iranians', 'islamic republic', 'islamic republic of iran', 'persia', 'persian', 'iranian regime', 'islamic regime', 'theocracy', 'clerical regime'], 'iran'],
  ['us', ['us', 'u s', 'usa', 'u s a', 'united states', 'united states of america', 'america', 'american', 'americans', 'washington'], undefined],
  ['uk', ['uk', 'u k', 'united kingdom', 'britain', 'great britain', 'british', 'london'], undefined],
  ['israel', ['israel', 'israeli', 'israelis'], undefined],
  ['uae', ['uae', 'united arab emirates', 'emirati', 'emirates'], undefined],
  ['cyprus', ['cyprus', 'cypriot'], undefined],
  ['iraq', ['iraq', 'iraqi', 'iraqis', 'baghdad'], undefined],
  ['syria', ['syria', 'syrian', 'syrians', 'damascus'], undefined],
  ['russia', ['russia', 'russian', 'russians', 'moscow', 'kremlin'], undefined],
  ['china', ['china', 'chinese', 'beijing'], undefined],
  ['belgium', ['belgium', 'belgian', 'belgians', 'brussels'], undefined],
  ['denmark', ['denmark', 'danish', 'dane', 'danes', 'copenhagen'], undefined],
  ['france', ['france', 'french'], undefined],
  ['germany', ['germany', 'german', 'germans', 'berlin'], undefined],
  ['netherlands', ['netherlands', 'dutch', 'holland', 'the hague'], undefined],
  ['turkey', ['turkey', 'turkish', 'turkiye', 'ankara'], undefined],
  ['canada', ['canada', 'canadian', 'ottawa'], undefined],
  ['japan', ['japan', 'japanese', 'tokyo'], undefined],
  ['italy', ['italy', 'italian', 'rome'], undefined],
  ['greece', ['greece', 'greek', 'athens'], undefined],
  ['spain', ['spain', 'spanish', 'madrid'], undefined],
  ['sweden', ['sweden', 'swedish', 'stockholm'], undefined],
  ['norway', ['norway', 'norwegian', 'oslo'], undefined],
  ['switzerland', ['switzerland', 'swiss', 'geneva', 'bern'], undefined],
  ['austria', ['austria', 'austrian', 'vienna'], undefined],
  ['poland', ['poland', 'polish', 'warsaw'], undefined],
  ['ukraine', ['ukraine', 'ukrainian', 'kyiv', 'kiev'], undefined],
  ['kosovo', ['kosovo', 'kosovar', 'pristina'], undefined],
  ['serbia', ['serbia', 'serbian', 'belgrade'], undefined],
  ['montenegro', ['montenegro', 'montenegrin'], undefined],
  ['north-macedonia', ['north macedonia', 'macedonia', 'macedonian', 'skopje'], undefined],
  ['bosnia', ['bosnia', 'bosnian', 'sarajevo'], undefined],
  ['croatia', ['croatia', 'croatian', 'zagreb'], undefined],
  ['bulgaria', ['bulgaria', 'bulgarian', 'sofia'], undefined],
  ['romania', ['romania', 'romanian', 'bucharest'], undefined],
  ['hungary', ['hungary', 'hungarian', 'budapest'], undefined],
  ['saudi-arabia', ['saudi arabia', 'saudi', 'saudis', 'riyadh'], undefined],
  ['qatar', ['qatar', 'qatari', 'doha'], undefined],
  ['oman', ['oman', 'omani', 'muscat'], undefined],
  ['kuwait', ['kuwait', 'kuwaiti'], undefined],
  ['bahrain', ['bahrain', 'bahraini'], undefined],
  ['jordan', ['jordan', 'jordanian', 'amman'], undefined],
  ['lebanon', ['lebanon', 'lebanese', 'beirut'], undefined],
  ['egypt', ['egypt', 'egyptian', 'cairo'], undefined],
  ['afghanistan', ['afghanistan', 'afghan', 'kabul'], undefined],
  ['pakistan', ['pakistan', 'pakistani', 'islamabad'], undefined],
  ['india', ['india', 'indian', 'new delhi'], undefined],
  ['azerbaijan', ['azerbaijan', 'azerbaijani', 'baku'], undefined],
  ['armenia', ['armenia', 'armenian', 'yerevan'], undefined],
  ['north-korea', ['north korea', 'north korean', 'pyongyang'], undefined],
  ['south-korea', ['south korea', 'south korean', 'seoul'], undefined],
  ['venezuela', ['venezuela', 'venezuelan', 'caracas'], undefined],
  ['australia', ['australia', 'australian', 'canberra'], undefined],
  ['yemen', ['yemen', 'yemeni', 'houthi', 'houthis'], undefined],
  ['palestine', ['palestine', 'palestinian', 'gaza'], undefined],
  ['vatican', ['vatican', 'holy see'], undefined],
];

/**
 * Other states, by name, people and capital, each a name only with a capital: naming one
 * makes a break or an expulsion another country's story ("Morocco severed relations with Iran").
 */
const OTHER_COUNTRIES: [string, string[]][] = [
  ['morocco', ['morocco', 'moroccan', 'moroccans', 'rabat']],
  ['algeria', ['algeria', 'algerian', 'algerians', 'algiers']],
  ['tunisia', ['tunisia', 'tunisian', 'tunisians']],
  ['libya', ['libya', 'libyan', 'libyans']],
  ['sudan', ['sudan', 'sudanese', 'khartoum']],
  ['somalia', ['somalia', 'somali', 'mogadishu']],
  ['djibouti', ['djibouti']],
  ['eritrea', ['eritrea', 'eritrean']],
  ['ethiopia', ['ethiopia', 'ethiopian', 'addis ababa']],
  ['kenya', ['kenya', 'kenyan', 'nairobi']],
  ['nigeria', ['nigeria', 'nigerian', 'abuja']],
  ['ghana', ['ghana', 'ghanaian', 'accra']],
  ['senegal', ['senegal', 'senegalese', 'dakar']],
  ['south-africa', ['south africa', 'south african', 'pretoria']],
  ['comoros', ['comoros']],
  ['mauritania', ['mauritania', 'mauritanian']],
  ['maldives', ['maldives']],
  ['bangladesh', ['bangladesh', 'bangladeshi', 'dhaka']],
  ['sri-lanka', ['sri lanka', 'sri lankan', 'colombo']],
  ['nepal', ['nepal', 'nepali', 'kathmandu']],
  ['indonesia', ['indonesia', 'indonesian', 'jakarta']],
  ['malaysia', ['malaysia', 'malaysian', 'kuala lumpur']],
  ['thailand', ['thailand', 'thai', 'bangkok']],
  ['vietnam', ['vietnam', 'vietnamese', 'hanoi']],
  ['philippines', ['philippines', 'filipino', 'manila']],
  ['singapore', ['singapore', 'singaporean']],
  ['taiwan', ['taiwan', 'taiwanese', 'taipei']],
  ['mongolia', ['mongolia', 'mongolian', 'ulaanbaatar']],
  ['kazakhstan', ['kazakhstan', 'kazakh', 'astana']],
  ['uzbekistan', ['uzbekistan', 'uzbek', 'tashkent']],
  ['turkmenistan', ['turkmenistan', 'turkmen', 'ashgabat']],
  ['tajikistan', ['tajikistan', 'tajik', 'dushanbe']],
  ['kyrgyzstan', ['kyrgyzstan', 'kyrgyz', 'bishkek']],
  ['georgia', ['georgian', 'tbilisi']],
  ['moldova', ['moldova', 'moldovan', 'chisinau']],
  ['belarus', ['belarus', 'belarusian', 'minsk']],
  ['lithuania', ['lithuania', 'lithuanian', 'vilnius']],
  ['latvia', ['latvia', 'latvian', 'riga']],
  ['estonia', ['estonia', 'estonian', 'tallinn']],
  ['finland', ['finland', 'finnish', 'helsinki']],
  ['iceland', ['iceland', 'icelandic', 'reykjavik']],
  ['ireland', ['ireland', 'irish', 'dublin']],
  ['portugal', ['portugal', 'portuguese', 'lisbon']],
  ['luxembourg', ['luxembourg']],
  ['malta', ['malta', 'maltese', 'valletta']],
  ['slovakia', ['slovakia', 'slovak', 'bratislava']],
  ['slovenia', ['slovenia', 'slovenian', 'ljubljana']],
  ['czechia', ['czechia', 'czech republic', 'czech', 'prague']],
  ['england', ['england', 'scotland', 'scottish', 'wales', 'welsh']],
  ['mexico', ['mexico', 'mexican']],
  ['brazil', ['brazil', 'brazilian', 'brasilia']],
  ['argentina', ['argentina', 'argentine', 'argentinian', 'buenos aires']],
  ['chile', ['chile', 'chilean']],
  ['colombia', ['colombia', 'colombian', 'bogota']],
  ['peru', ['peru', 'peruvian']],
  ['bolivia', ['bolivia', 'bolivian']],
  ['ecuador', ['ecuador', 'ecuadorian', 'quito']],
  ['paraguay', ['paraguay', 'paraguayan']],
  ['uruguay', ['uruguay', 'uruguayan', 'montevideo']],
  ['cuba', ['cuba', 'cuban', 'havana']],
  ['nicaragua', ['nicaragua', 'nicaraguan', 'managua']],
  ['costa-rica', ['costa rica', 'costa rican']],
  ['panama', ['panama', 'panamanian']],
  ['guatemala', ['guatemala', 'guatemalan']],
  ['honduras', ['honduras', 'honduran']],
  ['el-salvador', ['el salvador', 'salvadoran']],
  ['new-zealand', ['new zealand', 'wellington']],
];

/** Everything with a name the checker recognises. */
export const ENTITIES: EntityEntry[] = [
  ...COUNTRIES.map(([id, names, side]): EntityEntry => ({ id, kind: 'country', names, ...(side ? { side } : {}), ...(ORDINARY_WORDS.has(id) ? { needsCapital: true } : {}) })),
  ...OTHER_COUNTRIES.map(([id, names]): EntityEntry => ({ id, kind: 'country', names, needsCapital: true })),
  { id: 'e-albania', kind: 'org', names: ['e-albania', 'e albania'], side: 'albania' },
  { id: 'tirana', kind: 'place', names: ['tirana', 'tirane', 'albanian capital', 'capital of albania'], side: 'albania', country: 'albania', metonym: true },
  { id: 'tehran', kind: 'place', names: ['tehran', 'teheran', 'iranian capital', 'capital of iran'], side: 'iran', country: 'iran', metonym: true },
  // Not a bare "Ashraf": it is a common given name ("photo: Ashraf ...").
  { id: 'ashraf-3', kind: 'place', names: ['ashraf 3', 'ashraf-3', 'ashraf iii', 'camp ashraf', 'manez'], country: 'albania' },
  { id: 'durres', kind: 'place', names: ['durres', 'durazzo'], country: 'albania' },
  // Albania's other towns, and cities elsewhere: places of their country, never the country
  // itself ("attacked Tel Aviv" is not "attacked Israel"). Towns that are also given names
  // ("Berat", "Milan") are left out.
  ...[['shkoder', 'shkodra', 'scutari'], ['vlore', 'vlora', 'valona'], ['elbasan'], ['korce', 'korca'], ['fier'], ['kukes'], ['lezhe', 'lezha'], ['gjirokaster', 'gjirokastra'], ['sarande', 'saranda']].map(
    (names): EntityEntry => ({ id: names[0]!, kind: 'place', names, country: 'albania' }),
  ),
  ...([['istanbul', 'turkey'], ['munich', 'germany'], ['frankfurt', 'germany'], ['hamburg', 'germany'], ['tel aviv', 'israel'], ['dubai', 'uae'], ['abu dhabi', 'uae'], ['podgorica', 'montenegro']] as const).map(
    ([name, country]): EntityEntry => ({ id: name.replace(/ /g, '-'), kind: 'place', names: [name], country }),
  ),
  { id: 'paris', kind: 'place', names: ['paris'], country: 'france' },
  { id: 'natanz', kind: 'place', names: ['natanz'], country: 'iran' },
  { id: 'middle-east', kind: 'region', names: ['middle east', 'gulf region', 'persian gulf', 'west asia', 'western asia', 'southwest asia', 'south-west asia'] },
  { id: 'balkans', kind: 'region', names: ['balkans', 'western balkans'] },
  { id: 'europe', kind: 'region', names: ['europe', 'eastern europe', 'western europe'] },
  // The world's regions clash only with each other: a region is no country's other name.
  { id: 'east-asia', kind: 'region', names: ['east asia'] },
  { id: 'south-asia', kind: 'region', names: ['south asia', 'indian subcontinent'] },
  { id: 'southeast-asia', kind: 'region', names: ['southeast asia', 'south-east asia', 'south east asia'] },
  { id: 'central-asia', kind: 'region', names: ['central asia'] },
  { id: 'asia-pacific', kind: 'region', names: ['asia-pacific', 'asia pacific'] },
  { id: 'africa', kind: 'region', names: ['africa', 'north africa', 'sub-saharan africa', 'west africa', 'east africa', 'horn of africa', 'sahel'] },
  { id: 'latin-america', kind: 'region', names: ['latin america', 'south america', 'central america', 'caribbean'] },
  { id: 'north-america', kind: 'region', names: ['north america'] },
  { id: 'caucasus', kind: 'region', names: ['caucasus', 'south caucasus'] },
  { id: 'scandinavia', kind: 'region', names: ['scandinavia', 'nordic countries', 'nordics'] },
  {
    id: 'mek',
    kind: 'org',
    side: 'iran',
    names: [
      'mek', 'mko', 'pmoi', 'mek group', 'ncri', 'national council of resistance of iran',
      // In reporting on Albania the Iranian opposition group is the MEK.
      'iranian opposition group', 'iranian dissident group', 'exiled opposition group', 'iranian dissidents',
      ...['mujahedeen', 'mujahideen', 'mujahedin', 'mojahedin', 'mojahedeen', 'mujahidin'].flatMap((m) => [
        `${m}-e-khalq`, `${m} e khalq`, `${m} khalq`, `${m} al-khalq`, `${m} al khalq`,
        ...['people', 'people s'].flatMap((p) => [
          `${p} ${m}`, `${p} ${m} of iran`,
          ...['organization', 'organisation'].flatMap((o) => [`${p} ${m} ${o}`, `${p} ${m} ${o} of iran`]),
        ]),
      ]),
    ],
  },
  { id: 'nato', kind: 'org', names: ['nato', 'nato member', 'nato membership', 'member of nato', 'nato member state', 'north atlantic treaty organization', 'north atlantic treaty organisation', 'atlantic alliance'] },
  { id: 'eu', kind: 'org', names: ['eu', 'european union'] },
  { id: 'un', kind: 'org', names: ['un', 'u n', 'united nations'] },
  { id: 'nsc', kind: 'org', names: ['national security council', 'nsc'], partOf: 'white-house' },
  { id: 'white-house', kind: 'org', names: ['white house'], partOf: 'us' },
  { id: 'fbi', kind: 'org', names: ['fbi', 'federal bureau of investigation'] },
  { id: 'mandiant', kind: 'org', names: ['mandiant'] },
  { id: 'microsoft', kind: 'org', names: ['microsoft'] },
  { id: 'google', kind: 'org', names: ['google'] },
  { id: 'tasnim', kind: 'org', names: ['tasnim', 'tasnim news agency'] },
  { id: 'council-of-ministers', kind: 'org', names: ['council of ministers', 'albanian cabinet', 'cabinet'] },
  { id: 'revolutionary-guards', kind: 'org', names: ['revolutionary guards', 'revolutionary guard', 'irgc', 'islamic revolutionary guard corps'] },
  { id: 'foreign-ministry', kind: 'org', anyCountry: true, names: ['foreign ministry', 'ministry of foreign affairs', 'foreign office'] },
  { id: 'us-military', kind: 'org', names: ['us military', 'u s military', 'pentagon', 'cyber command'], partOf: 'us' },
  { id: 'state-department', kind: 'org', names: ['state department', 'department of state'], partOf: 'us' },
  { id: 'treasury', kind: 'org', names: ['treasury', 'us treasury', 'treasury department'], partOf: 'us' },
  { id: 'homeland-justice', kind: 'org', names: ['homeland justice'] },
  // Wire services and outlets: who reports a claim is not a detail of it.
  ...['ap', 'afp', 'reuters', 'dpa', 'tass', 'upi', 'xinhua', 'irna', 'isna', 'anadolu', 'efe', 'ansa', 'sputnik', 'press tv', 'mehr', 'fars', 'associated press', 'agence france-presse', 'agence france presse'].map(
    (name): EntityEntry => ({ id: `agency:${name.replace(/ /g, '-')}`, kind: 'org', names: [name], agency: true }),
  ),
  { id: 'stuxnet', kind: 'org', names: ['stuxnet'], needsCapital: true },
  // Offices: a claim that gives the office to someone else contradicts the source.
  { id: 'prime-minister', kind: 'role', names: ['prime minister', 'premier', 'pm', 'head of government'] },
  { id: 'president', kind: 'role', names: ['president', 'head of state'] },
  { id: 'vice-president', kind: 'role', names: ['vice president', 'vice-president'] },
  { id: 'foreign-minister', kind: 'role', names: ['foreign minister', 'foreign secretary', 'top diplomat'] },
  { id: 'spokesperson', kind: 'role', names: ['spokeswoman', 'spokesperson', 'spokesman'] },
  { id: 'edi-rama', kind: 'person', side: 'albania', office: 'prime-minister', names: ['edi rama', 'rama'] },
  { id: 'adrienne-watson', kind: 'person', names: ['adrienne watson'], speaksFor: 'nsc', office: 'spokesperson' },
  { id: 'yuri-kim', kind: 'person', names: ['yuri kim'], speaksFor: 'us' },
  { id: 'john-hultquist', kind: 'person', names: ['john hultquist', 'hultquist'], speaksFor: 'mandiant' },
  { id: 'james-cleverly', kind: 'person', names: ['james cleverly', 'cleverly'], speaksFor: 'uk', office: 'foreign-minister' },
  { id: 'mike-pence', kind: 'person', names: ['mike pence', 'pence'] },
  { id: 'khomeini', kind: 'person', names: ['ruhollah khomeini', 'ayatollah khomeini', 'ayatollah ruhollah khomeini', 'khomeini'] },
  { id: 'shah', kind: 'person', needsCapital: true, names: ['shah', 'shah mohammad reza pahlavi', 'mohammad reza pahlavi', 'reza pahlavi', 'pahlavi', 'pahlavi monarchy', 'pahlavi dynasty', 'iranian monarchy'] },
  { id: 'banisadr', kind: 'person', office: 'president', names: ['abolhassan banisadr', 'banisadr'] },
  { id: 'saddam-hussein', kind: 'person', names: ['saddam hussein', 'saddam'], speaksFor: 'iraq' },
  { id: 'benjamin-fox', kind: 'person', names: ['benjamin fox'] },
  { id: 'joe-biden', kind: 'person', names: ['joe biden', 'biden'] },
  { id: 'donald-trump', kind: 'person', names: ['donald trump', 'trump'] },
  { id: 'ilir-meta', kind: 'person', side: 'albania', names: ['ilir meta'] },
  { id: 'bajram-begaj', kind: 'person', side: 'albania', office: 'president', names: ['bajram begaj', 'begaj'] },
  { id: 'olta-xhacka', kind: 'person', side: 'albania', office: 'foreign-minister', names: ['olta xhacka', 'xhacka'] },
  { id: 'ebrahim-raisi', kind: 'person', side: 'iran', office: 'president', names: ['ebrahim raisi', 'raisi'] },
  { id: 'ali-khamenei', kind: 'person', side: 'iran', names: ['ali khamenei', 'khamenei'] },
  { id: 'nasser-kanaani', kind: 'person', side: 'iran', office: 'spokesperson', names: ['nasser kanaani', 'kanaani'] },
  { id: 'antony-blinken', kind: 'person', office: 'foreign-minister', names: ['antony blinken', 'blinken'] },
  { id: 'jens-stoltenberg', kind: 'person', names: ['jens stoltenberg', 'stoltenberg'] },
  { id: 'john-kirby', kind: 'person', names: ['john kirby', 'kirby'] },
];

/**
 * Words that mean the same thing for checking purposes. A word may belong to several
 * groups ("blamed" is both an accusation and a cause). Multi-word entries are phrases.
 */
export const CONCEPTS: Record<string, string[]> = {
  // What a side decided, by any of its names: "the move", "this step" (its list is in English).
  decision: DECISION_WORDS,
  relations: ['relations', 'relation', 'ties', 'tie', 'relationship', 'diplomatic relations', 'diplomatic ties'],
  diplomat: ['diplomat', 'diplomats', 'envoy', 'envoys', 'staff', 'embassy staff', 'embassy officials', 'embassy personnel', 'diplomatic staff', 'diplomatic personnel', 'embassy', 'diplomatic mission', 'diplomatic representatives', 'embassy employees', 'embassy workers'],
  ambassador: ['ambassador', 'ambassadors', 'envoy'],
  cyberattack: ['cyber', 'cyber aggression', 'cyber campaign', 'cyber campaigns', 'broke into', 'break into', 'breach', 'breached', 'hack-and-leak', 'cyberattack', 'cyberattacks', 'cyber-attack', 'cyber-attacks', 'cyber attack', 'cyber attacks', 'hack', 'hacked', 'hacking', 'hackers', 'hacker', 'cyber assault', 'cyber operation', 'cyber operations', 'cyber incident', 'cyber activity', 'digital attack', 'cyberspace attack'],
  attack: ['attack', 'attacks', 'attacked', 'attacking', 'assault', 'target', 'targeted', 'targeting', 'targets', 'strike', 'struck', 'hit', 'aggression', 'cyberattack', 'cyberattacks', 'cyber-attack', 'cyber attack', 'cyber attacks', 'hack', 'hacked'],
  order: ['order', 'ordered', 'orders', 'ask', 'asked', 'instruct', 'instructed', 'demand', 'demanded', 'direct', 'directed', 'require', 'required', 'give', 'gave', 'given', 'tell', 'told'],
  leave: ['leave', 'left', 'depart', 'departed', 'departing', 'departure', 'exit', 'go', 'gone', 'quit', 'get out', 'pack up'],
  expel: ['expel', 'expelled', 'expels', 'expelling', 'expulsion', 'kicked out', 'kick out', 'throw out', 'threw out', 'eject', 'ejected', 'oust', 'ousted', 'declared persona non grata', 'ordered out', 'sent home'],
  say: ['say', 'said', 'says', 'tell', 'told', 'state', 'stated', 'declare', 'declared', 'announce', 'announced', 'add', 'added', 'statement', 'remarks', 'address', 'message', 'warn', 'warned', 'warns', 'claim', 'claimed', 'report', 'reported', 'quote', 'quoted', 'speaking', 'spoke'],
  accuse: ['accuse', 'accused', 'accuses', 'accusation', 'accusations', 'allegation', 'allegations', 'blame', 'blamed', 'blames', 'attribute', 'attributed', 'attribution', 'implicate', 'implicated', 'charge', 'charged', 'allege', 'alleged', 'allegedly', 'pinned', 'point the finger'],
  perpetrate: ['involvement', 'involved', 'conduct', 'conducted', 'carry out', 'carried out', 'sponsor', 'sponsored', 'state-sponsored', 'orchestrate', 'orchestrated', 'behind', 'responsible', 'responsibility', 'launch', 'launched', 'stage', 'staged', 'mount', 'mounted', 'perpetrate', 'perpetrated', 'enact', 'enacted', 'deliverer', 'engineer', 'engineered'],
  cause: ['result', 'resulting', 'resulted', 'cause', 'caused', 'due', 'because', 'blamed', 'following', 'followed', 'after', 'over', 'in response', 'response', 'prompt', 'prompted', 'prompting', 'triggered', 'trigger', 'final straw'],
  relocate: ['move', 'moved', 'relocate', 'relocated', 'transfer', 'transferred', 'settle', 'settled', 'settling', 'resettle', 'resettled', 'arrive', 'arrived', 'come', 'came', 'based', 'base', 'host', 'hosted', 'hosting', 'house', 'housed', 'welcome', 'welcomed', 'welcoming', 'accept', 'accepted', 'take in', 'took in', 'taken in', 'asylum', 'shelter', 'sheltered', 'refuge', 'home', 'admit', 'admitted', 'live', 'living', 'lives', 'reside', 'resides', 'soil', 'presence'],
  member: ['member', 'members', 'membership', 'supporter', 'supporters', 'follower', 'followers', 'activist', 'activists', 'resident', 'residents'],
  join: ['nato member', 'nato membership', 'member of nato', 'nato member state', 'join', 'joined', 'joining', 'accession', 'accede', 'acceded', 'became a member', 'become a member', 'becoming a member', 'admitted to'],
  ally: ['ally', 'allies', 'alliance', 'allied', 'partner', 'partners', 'friend'],
  support: ['support', 'supported', 'supporting', 'supports', 'back', 'backed', 'backing', 'pledge support', 'stand by', 'stood by', 'solidarity', 'embrace', 'embraced', 'help', 'helped', 'assist', 'assisted', 'aid', 'aided'],
  explosion: ['explosion', 'explosions', 'blast', 'blasts', 'explode', 'exploded', 'detonation'],
  suffer: ['suffer', 'suffered', 'sustain', 'sustained', 'experience', 'experienced', 'hit', 'struck', 'undergo', 'underwent', 'recipient', 'victim', 'target of'],
  government: ['government', 'governments', 'authorities', 'authority', 'rulers', 'leadership', 'administration', 'state', 'officials', 'regime', 'tirana', 'cabinet'],
  speech: ['speech', 'address', 'keynote', 'remarks', 'talk'],
  event: ['event', 'events', 'summit', 'summits', 'gathering', 'gatherings', 'rally', 'rallies', 'conference', 'conferences', 'meeting', 'meetings', 'convention'],
  camp: ['camp', 'compound', 'base', 'settlement', 'facility', 'complex'],
  facility: ['facility', 'plant', 'site', 'installation', 'complex'],
  begin: ['begin', 'began', 'begun', 'begins', 'start', 'started', 'starts', 'commence', 'commenced', 'kick off', 'kicked off'],
  crackdown: ['crackdown', 'cracked down', 'crack down', 'cracking down', 'crush', 'crushed', 'crushing', 'repress', 'repressed', 'repression', 'suppress', 'suppressed', 'suppression', 'quash', 'quashed'],
  foil: ['foil', 'foiled', 'thwart', 'thwarted', 'prevent', 'prevented', 'stop', 'stopped', 'disrupt', 'disrupted', 'block', 'blocked', 'avert', 'averted'],
  convict: ['convict', 'convicted', 'conviction', 'sentence', 'sentenced', 'jail', 'jailed', 'guilty', 'imprison', 'imprisoned'],
  cancel: ['cancel', 'canceled', 'cancelled', 'postpone', 'postponed', 'call off', 'called off', 'delay', 'delayed', 'scrap', 'scrapped'],
  threat: ['threat', 'threats', 'threaten', 'threatened', 'danger', 'risk', 'menace'],
  terror: ['terror', 'terrorist', 'terrorists', 'terrorism'],
  designate: ['designate', 'designated', 'designation', 'list', 'listed', 'listing', 'label', 'labelled', 'labeled', 'classify', 'classified', 'brand', 'branded', 'considered'],
  delist: ['repeal', 'repealed', 'lift', 'lifted', 'remove', 'removed', 'delist', 'delisted', 'revoke', 'revoked', 'drop', 'dropped', 'rescind', 'rescinded'],
  found: ['found', 'founded', 'establish', 'established', 'create', 'created', 'form', 'formed', 'set up'],
  restore: ['restore', 'restored', 'recover', 'recovered', 'back online', 'functional', 'working again', 'operational', 'up and running', 'reinstate', 'reinstated', 'bring back', 'brought back', 'fully functional'],
  offline: ['offline', 'knock', 'knocked', 'down', 'standstill', 'paralyse', 'paralyze', 'cripple', 'crippled', 'disable', 'disabled', 'knock out', 'knocked out', 'shut down'],
  leak: ['leak', 'leaked', 'leaks', 'publish', 'published', 'release', 'released', 'dump', 'dumped', 'expose', 'exposed'],
  investigate: ['investigate', 'investigated', 'investigation', 'probe', 'inquiry', 'examine', 'examined'],
  // Finding something out: "concluded", "determined", "ascertained" that Iran was behind it.
  conclude: ['conclude', 'concluded', 'concludes', 'conclusion', 'determine', 'determined', 'determines', 'ascertain', 'ascertained', 'indicate', 'indicated', 'indicates'],
  evidence: ['evidence', 'proof', 'proven', 'indisputable', 'irrefutable', 'undeniable', 'incontrovertible', 'conclusive'],
  warn: ['warn', 'warned', 'warning', 'warnings', 'recommend', 'recommended', 'recommendation', 'recommendations', 'advice', 'advise', 'advised', 'caution', 'cautioned'],
  system: ['system', 'systems', 'computer', 'computers', 'network', 'networks', 'infrastructure', 'servers'],
  cyberspace: ['cyberspace', 'cyber space', 'cyber domain'],
  hire: ['hire', 'hired', 'hiring', 'recruit', 'recruited', 'recruiting', 'engage', 'engaged', 'engagement', 'employ', 'employed', 'enlist', 'enlisted'],
  plot: ['plot', 'plots', 'plotting', 'plotted', 'conspiracy', 'conspiracies', 'scheme', 'schemes', 'planned attack', 'planned attacks'],
  promise: ['pledge', 'pledged', 'vow', 'vowed', 'promise', 'promised', 'commit', 'committed', 'swore', 'sworn'],
  inform: ['inform', 'informed', 'notify', 'notified', 'brief', 'briefed', 'tell', 'told', 'share', 'shared'],
  reckless: ['reckless', 'irresponsible', 'careless', 'unacceptable', 'blatant'],
  rash: ['rash', 'hasty', 'thoughtless', 'short-sighted', 'shortsighted', 'ill-considered', 'reckless'],
  baseless: ['baseless', 'groundless', 'unfounded', 'false', 'without basis'],
  immediate: ['immediate', 'immediately', 'with immediate effect', 'effective immediately', 'at once', 'instantly', 'forthwith'],
  hours24: ['24 hours', 'a day', 'one day', 'twenty-four hours'],
  overthrow: ['overthrow', 'topple', 'toppled', 'oust', 'ousted', 'regime change', 'bring down', 'remove'],
  fight: ['fight', 'fought', 'war', 'conflict', 'armed conflict', 'combat', 'sided', 'sided with', 'alongside'],
  revolution: ['revolution', 'revolutionary', 'uprising'],
  opposition: ['opposition', 'dissident', 'dissidents', 'exiled', 'exile', 'rebel', 'rebels'],
  service: ['service', 'services', 'e-service', 'e-services'],
  offer: ['offer', 'offers', 'offered', 'offering', 'provide', 'provides', 'provided', 'providing', 'supply', 'supplies', 'deliver', 'delivers', 'produce', 'produced', 'produces', 'presented'],
  portal: ['portal', 'platform', 'website', 'site', 'e-albania'],
  deadline: ['deadline', 'within', 'by', 'until'],
  data: ['data', 'records', 'files', 'documents', 'correspondence', 'emails', 'information'],
  destroy: ['destroy', 'destroyed', 'delete', 'deleted', 'deletion', 'erase', 'erased', 'wipe', 'wiped'],
  nuclear: ['nuclear', 'atomic', 'uranium', 'enrichment'],
  drug: ['drug', 'drugs', 'narcotics', 'trafficking', 'smuggling'],
  arrest: ['arrest', 'arrested', 'detain', 'detained', 'detention', 'seize', 'seized', 'apprehend', 'apprehended'],
  expert: ['expert', 'experts', 'specialist', 'specialists', 'investigator', 'investigators', 'company', 'firm', 'partners', 'agencies'],
  accountable: ['accountable', 'accountability', 'to account', 'hold responsible', 'punish', 'consequences'],
  first: ['first', 'initial', 'inaugural'],
  publicly: ['publicly', 'public', 'openly'],
  burn: ['burn', 'burned', 'burnt', 'burning', 'destroy documents', 'shred', 'shredded'],
  strong: ['strong', 'strongest', 'severe', 'forceful', 'forcefully', 'harsh', 'extreme', 'tough', 'unprecedented'],
  cult: ['cult', 'sect'],
  lobby: ['lobby', 'lobbying', 'campaign', 'advocacy'],
  gas: ['gas', 'fuel', 'petrol', 'gasoline'],
  hospital: ['hospital', 'hospitals', 'clinic', 'clinics', 'medical'],
  police: ['police', 'policemen', 'officers', 'law enforcement'],
  football: ['football', 'soccer', 'match', 'game'],
  wire: ['media', 'press', 'reporters', 'journalists'],
  protest: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally'],
  critical: ['critical', 'critically', 'negative', 'hostile', 'critic', 'critics'],
};

/** An action whose opposite can contradict it; `group` pairs opposites, `id` names the side. */
export interface ActionEntry {
  id: string;
  group: string;
  words: string[];
}

/** Groups of two actions that are all there is: what did not fail succeeded, and "failed to achieve" is "failed". */
export const COMPLEMENTARY_GROUPS = new Set(['outcome']);

/** Kinds of act each party takes for itself (a stance, an allegiance): another party's opposite act is no answer to it. */
export const OWN_ACT_GROUPS = new Set(['stance', 'allegiance']);

/**
 * Acts one side does to the other: told by one side with no receiver named ("Albania cut
 * ties", "Tirana expelled the diplomats"), the receiver is the other side.
 */
export const BETWEEN_SIDES = new Set(['ties', 'expel', 'accuse']);

/** The other side of the dispute. */
export const OTHER_SIDE: Record<string, string> = { albania: 'iran', iran: 'albania' };

/**
 * Words for a kind of a concept's thing ("ransomware" is a kind of cyberattack): they tell the
 * topic as the concept does, but a source that names only the concept does not state them.
 */
export const KINDS_OF: Record<string, string> = {
  ransomware: 'c:cyberattack',
  malware: 'c:cyberattack',
  wiper: 'c:cyberattack',
  spyware: 'c:cyberattack',
};

/** Opposite actions: a claim with one and a fact with the other disagree. */
export const ACTIONS: ActionEntry[] = [
  { id: 'cut', group: 'ties', words: ['snap', 'snapped', 'snaps', 'sever', 'severed', 'severs', 'severing', 'cut', 'cuts', 'cutting', 'cut off', 'end', 'ended', 'ends', 'ending', 'terminate', 'terminated', 'termination', 'break off', 'broke off', 'broken off', 'broke', 'break', 'freeze', 'froze', 'frozen', 'suspend', 'suspended', 'rupture', 'severance', 'downgrade', 'downgraded', 'shut'] },
  { id: 'resume', group: 'ties', words: ['resume', 'resumed', 'restore', 'restored', 'reestablish', 're-establish', 're-established', 'reestablished', 'renew', 'renewed', 'normalise', 'normalize', 'normalised', 'normalized', 'upgrade', 'upgraded', 'strengthen', 'strengthened', 'reopen', 'reopened', 'mend', 'mended', 'improve', 'improved', 'establish', 'established'] },
  { id: 'condemn', group: 'stance', words: ['condemn', 'condemned', 'condemns', 'condemning', 'condemnation', 'scold', 'scolded', 'denounce', 'denounced', 'criticise', 'criticised', 'criticize', 'criticized', 'rebuke', 'rebuked', 'deplore', 'deplored', 'slam', 'slammed', 'rash', 'short-sighted', 'shortsighted', 'thoughtless', 'ill-advised', 'misguided'] },
  { id: 'praise', group: 'stance', words: ['applaud', 'applauded', 'praise', 'praised', 'commend', 'commended', 'laud', 'lauded', 'hail', 'hailed', 'celebrate', 'celebrated', 'endorse', 'endorsed', 'approve', 'approved', 'wise', 'far-sighted', 'farsighted', 'prudent', 'sensible', 'well-considered', 'justified'] },
  { id: 'deny', group: 'guilt', words: ['deny', 'denied', 'denies', 'denial', 'dismiss', 'dismissed', 'dismisses', 'reject', 'rejected', 'rejects', 'refute', 'refuted', 'baseless'] },
  { id: 'admit', group: 'guilt', words: ['admit', 'admitted', 'admits', 'acknowledge', 'acknowledged', 'confess', 'confessed', 'concede', 'conceded', 'concedes', 'own up', 'owned up', 'owns up', 'claim responsibility', 'claimed responsibility', 'took responsibility', 'accept responsibility', 'accepted responsibility'] },
  { id: 'fail', group: 'outcome', words: ['fail', 'failed', 'fails', 'failure', 'unsuccessful', 'minimal', 'foil', 'foiled', 'thwart', 'thwarted'] },
  { id: 'succeed', group: 'outcome', words: ['succeed', 'succeeded', 'successful', 'success', 'succeeds', 'achieve', 'achieved', 'achieves', 'accomplish', 'accomplished', 'fulfil', 'fulfilled', 'attained'] },
  { id: 'oppose', group: 'allegiance', words: ['oppose', 'opposed', 'opposes', 'opposing', 'opponent', 'opponents', 'against', 'overthrow', 'fell out', 'shun', 'shunned', 'shuns', 'spurned', 'snubbed'] },
  { id: 'back', group: 'allegiance', words: ['back', 'backs', 'backing', 'backed', 'support', 'supports', 'supporting', 'supported', 'sided with', 'fought alongside', 'alongside', 'allied with', 'ally of', 'allies of', 'stood with', 'stand with', 'stands with', 'standing with', 'loyal', 'embrace', 'embraced', 'embraces', 'championed', 'courted'] },
  { id: 'act', group: 'act', words: ['take action', 'take further action', 'took action', 'retaliate', 'retaliated', 'respond forcefully', 'hold accountable', 'held accountable'] },
  { id: 'destroy', group: 'destroy', words: ['destroy', 'destroyed', 'destroys', 'delete', 'deleted', 'deletion', 'erase', 'erased', 'wipe', 'wiped'] },
  { id: 'hack', group: 'hack', words: ['broke into', 'break into', 'broken into', 'breach', 'breached', 'hack', 'hacked', 'hacking'] },
  { id: 'expel', group: 'expel', words: ['expel', 'expelled', 'expels', 'expelling', 'expulsion', 'kicked out', 'kick out', 'threw out', 'throw out', 'ordered out'] },
  { id: 'accuse', group: 'accuse', words: ['accuse', 'accused', 'accuses', 'blame', 'blamed', 'blames', 'attribute', 'attributed', 'implicate', 'implicated', 'held responsible', 'hold responsible', 'holds responsible'] },
  { id: 'clear', group: 'accuse', words: ['cleared', 'exonerated', 'absolved'] },
  { id: 'join', group: 'join', words: ['join', 'joined', 'joining', 'accession'] },
  { id: 'comment', group: 'comment', words: ['commented', 'responded', 'reacted', 'issued a statement'] },
  { id: 'silent', group: 'comment', words: ['yet to comment', 'did not comment', 'no comment', 'declined to comment', 'not comment', 'silent', 'kept silent', 'has not commented'] },
  // A request agreed to, or turned down.
  { id: 'consent', group: 'consent', words: ['agree', 'agreed', 'agrees', 'consent', 'consented', 'consents'] },
  { id: 'refuse', group: 'consent', words: ['turn down', 'turned down', 'turns down', 'turning down', 'rebuff', 'rebuffed', 'rebuffs'] },
  // An event called off, or held all the same.
  { id: 'cancel', group: 'go-ahead', words: ['cancel', 'cancelled', 'canceled', 'cancels', 'cancelling', 'call off', 'called off', 'calls off', 'postpone', 'postponed', 'scrap', 'scrapped', 'axed'] },
  { id: 'proceed', group: 'go-ahead', words: ['went ahead', 'go ahead', 'goes ahead', 'gone ahead', 'going ahead', 'pressed ahead', 'pushed ahead', 'proceeded'] },
];


/** Names only this dispute has: naming one puts a sentence on topic by itself (the MEK only where nothing places it elsewhere). */
export const DISPUTE_NAMES = new Set(['e-albania', 'homeland-justice', 'mek', 'ashraf-3']);

/**
 * Names of the dispute that belong to Albania: they place a sentence there whatever else it
 * names. The e-Albania portal is not one: it is where Albanians apply for a visa or a permit
 * any day, and is the dispute's only where the sentence tells what was done to it.
 */
export const ALBANIAN_DISPUTE_NAMES = new Set(['homeland-justice', 'ashraf-3']);

/** Last words of bodies' names that are common nouns of their own: "the state", "the house" or "the group" names no one body. */
export const COMMON_HEADS = new Set([
  'state', 'states', 'nations', 'union', 'house', 'office', 'group', 'party', 'department', 'government', 'country', 'republic', 'press', 'members', 'member',
  'membership', 'forces', 'guard', 'guards', 'organization', 'organisation', 'agency', 'military', 'command', 'dissident', 'dissidents', 'alliance',
]);

/** What the dispute's attack hit, by name: told with any word of an attack on it ("the attack on the e-Albania portal"), it places a sentence in the dispute. */
export const ATTACKED_NAMES = new Set(['e-albania']);

/** The words of an attack that, beside a name of what the dispute's attack hit, tell that attack. */
export const ATTACK_CUES = ['c:attack', 'c:cyberattack', 'a:hack', 'a:destroy', 'c:leak'];

/** Concepts of an attack itself, which "a second" or "again" can make another one. */
export const ATTACK_KINDS = new Set(['c:attack', 'c:cyberattack', 'a:hack']);

/**
 * The dispute's events, each as the cues that state it. A sentence that names a side is
 * about the dispute when it states one of them; naming Albania, Iran, Rama, Tirana, NATO or
 * a cyberattack is not enough. Each event is a list of cue sets, all of which must be met
 * (one cue of each set).
 */
export const DISPUTE_EVENTS: Record<'rupture' | 'expulsion' | 'attack' | 'blame' | 'backing' | 'terror' | 'day', string[][][]> = {
  // Ties cut (or mended): "severed relations", "cut diplomatic ties", "shut the embassy".
  rupture: [[['a:cut', 'a:resume'], ['c:relations', 'c:diplomat', 'c:ambassador']]],
  // The diplomats sent away: "expelled the diplomats", "embassy staff ordered to leave".
  expulsion: [[['c:expel', 'a:expel'], ['c:diplomat', 'c:ambassador']], [['c:diplomat', 'c:ambassador'], ['c:leave']]],
  // An attack that happened, with a culprit, a victim or a harm, not cyber security in general
  // ("hit by a cyberattack", "hackers behind", "knocked services offline", "stole data");
  // systems and data alone are what any talk of protecting them names.
  // "past" is a verb told as done, "amount" a figure: "the hackers demanded a ransom".
  attack: [[['c:cyberattack', 'a:hack'], ['c:perpetrate', 'c:accuse', 'a:accuse', 'c:suffer', 'a:hack', 'c:offline', 'a:destroy', 'c:leak', 'c:foil', 'a:fail', 'a:condemn', 'c:evidence', 'c:investigate', 'date', 'past', 'amount']]],
  // An attack and who is behind it or blamed ("Iran was behind the attack").
  blame: [[['c:attack', 'c:cyberattack'], ['c:perpetrate', 'c:accuse', 'a:accuse']]],
  // Others standing by a side over an attack ("allies backed Albania after the attack").
  backing: [[['c:support', 'a:back'], ['c:attack', 'c:cyberattack']]],
  // Terrorism is news about Iran everywhere, but about Albania only here (the MEK, plots against it).
  terror: [[['c:terror']]],
  // Something a side did on one of the dispute's own days, dated in full ("on September 7, 2022").
  day: [[['dispute-day']]],
};

/** Whether a sentence's cues meet a list of cue sets: one cue of each set. */
export function meetsCues(cues: ReadonlySet<string>, sets: readonly string[][]): boolean {
  return sets.every((set) => set.some((c) => cues.has(c)));
}

/**
 * Acts a source sentence tells in other words, each with the cue sets (one cue of each) that
 * tell it: diplomats ordered to leave, or given hours to, have been expelled.
 */
export const TOLD_ACTS: { concept: string; cues: string[][] }[] = [
  { concept: 'c:expel', cues: [['c:order', 'c:deadline', 'n:hour'], ['c:leave'], ['c:diplomat', 'c:ambassador']] },
];

/** The dispute's own days (year, month, day): the attack, the break, the diplomats' leaving. */
/** The year of the dispute's attack and the break: a cyberattack of an earlier year is another story. */
export const DISPUTE_SINCE = 2022;

export const DISPUTE_DAYS: [number, number, number][] = [[2022, 7, 15], [2022, 9, 7], [2022, 9, 8]];

/** With both sides named, any of these states something of the dispute; relations, alliances and wars in general do not. */
export const BOTH_SIDES_CUES = new Set([
  'c:cyberattack', 'a:hack', 'c:attack', 'c:threat', 'a:cut', 'a:resume', 'c:expel', 'a:expel', 'c:diplomat', 'c:ambassador',
  'c:accuse', 'a:accuse', 'c:perpetrate', 'a:deny', 'a:admit', 'c:baseless', 'c:rash', 'a:condemn', 'a:praise', 'c:evidence',
  'c:opposition', 'c:camp', 'c:terror', 'c:accountable', 'c:leave', 'c:suffer',
]);

/**
 * What Albania, named alone, must state: the break, the expulsion, the attack on it or what it
 * did on the dispute's days, which
 * another country named beside it makes that country's story ("Albania expelled a Russian
 * diplomat"); or terrorism, which with Albania is this story whoever else is named.
 */
export const ALBANIA_EVENTS = ['rupture', 'expulsion', 'attack', 'backing', 'day'] as const;
/** The events of Albania's that are this story whoever else is named: terrorism, and an attack with its culprit. */
export const ALBANIA_ANY_COMPANY = ['terror', 'blame'] as const;

/** What only a cyberattack can hit: an attack told on websites, portals or data is one ("the parliament's websites were attacked", "the attack erased state data"); a network or a site may be a railway's or a plant's. */
export const DIGITAL_THINGS = ['c:portal', 'c:cyberspace', 'c:data'];

/** ... unless the word also names a place ("site"). */
export const PHYSICAL_THINGS = ['c:facility', 'c:camp'];

/** Albania named alone with an embassy or an envoy may be the dispute ("outside the embassy in Tirana"): its page tells. */
export const ALBANIA_MAY: string[][] = [['c:diplomat', 'c:ambassador']];

/** What Iran, named alone, must state: the break, the expulsion, or what it did on the dispute's days (the attack and the exiles are its news everywhere). */
export const IRAN_EVENTS = ['rupture', 'expulsion', 'day'] as const;

/** Iran alone answering the accusation or the decision: "called the accusations baseless", "denied it was behind the cyberattack", "called the decision rash". */
export const IRAN_ANSWER: string[][] = [['c:baseless'], ['a:deny', 'c:cyberattack'], ['a:condemn', 'c:decision'], ['a:praise', 'c:decision']];

/**
 * Iran named alone with a cyberattack that happened, or blamed for an attack ("it was Iran
 * that was behind the attack"), may be the dispute ("Iranian hackers stole the data"),
 * whoever else is named: its page tells.
 */
export const IRAN_MAY = ['attack', 'blame'] as const;

/**
 * Words that, with both sides named, tell their quarrel, their dealings and how they stand
 * ("diplomatic relations", "strained ties", "mediate between", "compensation from", "enemies").
 */
export const QUARREL_WORDS = new Set([
  'diplomatic', 'tension', 'tensions', 'strained', 'deteriorated', 'deterioration', 'grievance', 'grievances', 'hostility', 'rift', 'row',
  'spat', 'standoff', 'feud', 'dispute', 'talks', 'negotiate', 'negotiated', 'negotiations', 'mediate', 'mediation', 'mediator', 'compensation', 'reparations', 'damages', 'sue', 'sued',
  'lawsuit', 'apology', 'apologise', 'apologize', 'apologised', 'apologized', 'retaliation', 'retaliate', 'retaliated', 'reprisal',
  'sanction', 'sanctions', 'sanctioned', 'summon', 'summoned', 'reconcile', 'reconciliation', 'rapprochement',
  // Their enmity ("bitter enemies for years"); friendship alone is history more often than
  // news, and rivals and hostility are as often a match's or a climate's.
  'enemy', 'enemies', 'foe', 'foes', 'adversary', 'adversaries', 'enmity', 'animosity',
]);

/**
 * Private victims of a cyberattack: the dispute's attack was on the Albanian state's systems,
 * so an attack told on a business in Albania ("a travel agency's booking software") is
 * another story: when one is what the attack hit ("an attack on a hotel") and the sentence
 * names no state system beside it. ("Company" and "firm" are left out: security firms are
 * who investigated the dispute's attack.)
 */
export const PRIVATE_VICTIMS = ['business', 'bank', 'hospital', 'clinic', 'hotel', 'shop', 'retailer', 'supermarket', 'airline', 'restaurant', 'startup'];

/** Words after "cyber" that make it the guarding of systems, not an attack on them ("cyber security measures"). */
export const CYBER_DEFENCE_WORDS = new Set(['security', 'defence', 'defense', 'defences', 'defenses', 'resilience', 'capabilities', 'capability', 'hygiene', 'strategy', 'law', 'skills']);

/**
 * Countries that took part in the dispute (they attributed the attack and answered it): naming
 * one beside Albania does not make the sentence another country's story.
 */
export const DISPUTE_COUNTRIES = new Set(['us', 'uk']);

/** What "the two ..." calls the dispute's two sides ("the two countries", "the two capitals"): a way of naming them, not an amount. */
export const TWO_SIDES = new Set(['countries', 'nations', 'sides', 'states', 'governments', 'capitals', 'neighbours', 'neighbors', 'rivals', 'foes', 'enemies', 'adversaries', 'parties']);

/**
 * People and bodies that belong to one side or the other ("Iranian diplomats", "Albania's
 * government"), besides offices and bodies every country has: whose they are is a detail,
 * and the other side's is a swap.
 */
export const HELD_BY_SIDE = new Set(['c:diplomat', 'c:ambassador', 'c:government', 'c:opposition', 'c:system', 'hacker']);
// ("hacker" by its stem: the hackers' concept is the attack's own, which no side holds.)

/** Nouns of an attack, by lemma: sources tell most attacks by their noun, with who made it and on whom ("Iran's cyberattack on Albania"). */
export const ATTACK_NOUNS = new Set(['attack', 'cyberattack', 'cyber-attack', 'assault', 'aggression']);

/** Concepts that, together, are the dispute even with neither side named: a break in ties over a cyberattack. */
export const TOPIC_PAIRS: [string, string][] = [['c:cyberattack', 'a:cut'], ['c:cyberattack', 'c:diplomat'], ['c:cyberattack', 'c:ambassador'], ['c:cyberattack', 'c:expel']];


/**
 * Cues of the dispute's own story, as against news in general: the embassy and its staff,
 * the break and the expulsion, the accusations and the answer that they are baseless or
 * hasty, the evidence shown to allies, the exiled opposition and its camp. Cyberattacks,
 * systems and terrorism are news everywhere, so they are not among them.
 */
export const STORY_CUES = new Set([
  'c:diplomat', 'c:ambassador', 'c:relations', 'c:expel', 'a:expel', 'a:cut', 'c:accuse', 'a:accuse',
  'c:baseless', 'c:rash', 'c:evidence', 'c:ally', 'c:opposition', 'c:camp', 'c:burn', 'c:leak', 'c:accountable',
]);

/** Verbs by which an event happens or is done ("launched the attack", "was hit by it"): a date after them dates the event, not the verb. */
export const HAPPENING_CONCEPTS = new Set(['c:perpetrate', 'c:suffer', 'c:offline', 'a:hack', 'a:destroy']);

/** Concepts of nouns that are events themselves: a date beside one dates it, not the verb before. */
export const EVENT_CONCEPTS = new Set(['c:revolution', 'c:attack', 'c:cyberattack', 'c:protest', 'c:event', 'c:fight', 'c:explosion', 'c:crackdown', 'c:investigate', 'c:plot']);

/**
 * What a sentence that names neither side must speak of to be about the dispute by its page
 * or paragraph: the break, the attack, the diplomats, the accusations, the MEK's camp, or a
 * body or person the dispute knows. "The football club won on Saturday" is an aside.
 */
export const CONTEXT_CUES = new Set([
  'c:cyberattack', 'c:relations', 'c:diplomat', 'c:ambassador', 'c:expel', 'a:expel', 'c:opposition', 'c:terror', 'c:event',
  'c:accuse', 'a:accuse', 'a:deny', 'a:admit', 'a:condemn', 'a:praise', 'a:cut', 'a:resume', 'c:attack', 'c:perpetrate', 'c:investigate',
  'c:evidence', 'c:leak', 'a:hack', 'c:camp', 'c:member', 'c:leave', 'c:burn', 'c:data', 'c:system', 'c:portal', 'c:service',
  'c:baseless', 'c:rash', 'c:accountable', 'c:support', 'c:ally', 'c:threat', 'c:police', 'c:revolution', 'c:overthrow',
]);
