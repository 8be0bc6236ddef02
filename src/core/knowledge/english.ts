// English as the checker reads it: words that say little, frame a claim rather than state it,
// count things or tell dates. Data only; the reading rules live in src/core/read/.

// A list written as one string of words separated by spaces.
function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

// Tables looked up with words from any text have no prototype: "constructor" is no month.
function lookup<T>(entries: Record<string, T>): Record<string, T> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Words that carry no checkable content on their own. */
export const STOPWORDS = words(
  'a an the of in on at to for from by with as and or but nor so yet is are was were be been being am ' +
    'it its it\'s this that these those there their they them he him his she her we our us you your i me my ' +
    'which who whom whose what when where why how than then also too very just only even still more most ' +
    'such some any all each every both either neither other another same own into onto over under about ' +
    'after before during since until while between among through across against up down out off again ' +
    'further once here not no do does did done has have had having will would shall should can could may ' +
    'might must one s t now ago per via whether if because though although like well mr mrs ms dr following amid upon due thus hence along plus behalf',
);

// "us" is a stopword and a country: upper-case "US" is kept as the country.
/** Stopwords that are names when written in capitals ("US", "UN", "IT"). */
export const CAPITAL_NAMES = new Set(['us', 'un', 'uk', 'eu']);

/** Common verbs and nouns that say little; they count for less in coverage. */
export const LIGHT_WORDS = words(
  'use used uses using become became becomes becoming remain remained remains emerge emerged stay stayed seem seemed ' +
    'say said says tell told give gave given make made take took taken get got go went come came put set ' +
    'call called calling see seen saw know known think thought want year years month months day days time times ' +
    'week weeks country countries nation state people group groups number part way new former recent recently ' +
    'later early earlier late last next first second third many much several few least whole full ' +
    'formally currently previously already never ever often long high main major key top well today now nowadays ' +
    'happen happened happens occur occurred take place took place place amid move like around ' +
    'lie lies lay located situated sits ' +
    'hour hours minute minutes accord according including include includes included noted notes comes goes gives makes takes gets ' +
    'statement statements official officials spokesman spokeswoman spokesperson source sources',
);

/** Words whose stripped form would be another word's stem ("severe" is not "sever"), with their own. */
export const OWN_STEMS: Record<string, string> = { severe: 'severe', severely: 'severe', severer: 'severe', severest: 'severe' };

/**
 * Irregular past forms and participles by their verb, so that "held" meets "hold" and "fled"
 * meets "flee". The stemmer reads them as their verb; the WordNet tables take only their
 * verb senses ("left" the side and "rose" the flower stay out).
 */
export const IRREGULAR_BASES: Record<string, string> = {
  left: 'leave', fled: 'flee', took: 'take', taken: 'take', gave: 'give', given: 'give', sent: 'send', threw: 'throw', thrown: 'throw',
  held: 'hold', struck: 'strike', broke: 'break', broken: 'break', sought: 'seek', brought: 'bring', drove: 'drive', driven: 'drive',
  wrote: 'write', written: 'write', spoke: 'speak', spoken: 'speak', chose: 'choose', chosen: 'choose', froze: 'freeze', frozen: 'freeze',
  stole: 'steal', stolen: 'steal', began: 'begin', begun: 'begin', fought: 'fight', kept: 'keep', led: 'lead', won: 'win', lost: 'lose',
  met: 'meet', hid: 'hide', hidden: 'hide', flew: 'fly', flown: 'fly', rose: 'rise', risen: 'rise', fell: 'fall', fallen: 'fall',
  went: 'go', came: 'come', made: 'make', burnt: 'burn', told: 'tell', saw: 'see', knew: 'know', ran: 'run', stood: 'stand', sat: 'sit',
  paid: 'pay', heard: 'hear', got: 'get', found: 'find', became: 'become', bore: 'bear', swore: 'swear', tore: 'tear', wore: 'wear', woke: 'wake',
  cut: 'cut', hit: 'hit', shut: 'shut', set: 'set', put: 'put', read: 'read',
};

/** Nouns of what someone says or writes: what they do ("a statement condemning ...") is their author's act. */
export const UTTERANCE_NOUNS = new Set(['statement', 'letter', 'note', 'message', 'declaration', 'communique', 'release', 'tweet', 'post', 'address', 'speech']);

/** Nouns a length of time before them is itself ("a 24-hour deadline" is 24 hours to do something), not a description of. */
export const SPAN_NOUNS = new Set(['deadline', 'deadlines', 'ultimatum', 'window', 'notice', 'grace']);

/** Words that rank a thing among others ("the first country to ...", "its only ally"): a claim of their own. */
export const RANKS = new Set(['first', 'only', 'last', 'sole', 'single']);

/** Words that may stand between the names of a list ("the US, the EU as well as NATO"). */
export const LIST_JOINERS = new Set(['and', 'or', 'nor', 'the', 'as', 'well', 'also', 'plus', 'along', 'with']);

/** Auxiliaries and everyday verbs: a line with none of them is a heading or a menu item. */
export const COMMON_VERBS = words(
  'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'say says said tell tells told give gives gave make makes made take takes took get gets got go goes went ' +
    'come comes came become becomes became live lives lived offer offers see sees saw know knows knew think thinks ' +
    'want wants call calls find finds found keep keeps kept leave leaves left hold holds held bring brings brought ' +
    'begin begins began run runs ran win wins won lose loses lost pay pays paid meet meets met send sends sent ' +
    'build builds built stand stands stood mean means meant set sets put puts seem seems show shows shown ' +
    'hit hits cut cuts lead leads led grow grows grew fall falls fell rise rises rose spend spends spent ' +
    'remain remains face faces claim claims deny denies accuse accuses blame blames host hosts back backs ' +
    'join joins open opens plan plans warn warns urge urges vow vows ask asks need needs believe believes',
);

/** Month names and the abbreviations outlets use. */
export const MONTHS: Record<string, number> = lookup({
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
});

/** Weekday names, Sunday = 0. */
export const WEEKDAYS: Record<string, number> = lookup({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
});

/** Seasons as inclusive month ranges (northern hemisphere, as the sources are). */
export const SEASONS: Record<string, [number, number]> = lookup({
  spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2],
});

/** Number words. */
export const NUMBER_WORDS: Record<string, number> = lookup({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72,
  'twenty-five': 25, 'thirty-six': 36, single: 1, couple: 2, pair: 2,
});

/** Multipliers that follow a number ("5 million"). */
export const MULTIPLIERS: Record<string, number> = lookup({ hundred: 100, thousand: 1000, million: 1e6, billion: 1e9, bn: 1e9, m: 1e6, k: 1000 });

/** Vague amounts that still commit to an order of magnitude. */
export const VAGUE_AMOUNTS: Record<string, [number, number]> = lookup({
  dozens: [24, 99], several: [3, 9], hundreds: [100, 999], thousands: [1000, 99999], millions: [1e6, 999e6], tens: [20, 99],
});

/** Units, normalised; time is counted in hours so "a day" equals "24 hours". */
export const UNITS: Record<string, { unit: string; factor: number }> = lookup({
  hour: { unit: 'hour', factor: 1 }, hours: { unit: 'hour', factor: 1 }, hr: { unit: 'hour', factor: 1 }, hrs: { unit: 'hour', factor: 1 },
  h: { unit: 'hour', factor: 1 },
  day: { unit: 'hour', factor: 24 }, days: { unit: 'hour', factor: 24 },
  week: { unit: 'hour', factor: 168 }, weeks: { unit: 'hour', factor: 168 },
  minute: { unit: 'hour', factor: 1 / 60 }, minutes: { unit: 'hour', factor: 1 / 60 },
  km: { unit: 'km', factor: 1 }, kilometre: { unit: 'km', factor: 1 }, kilometres: { unit: 'km', factor: 1 },
  kilometer: { unit: 'km', factor: 1 }, kilometers: { unit: 'km', factor: 1 },
  mile: { unit: 'km', factor: 1.609 }, miles: { unit: 'km', factor: 1.609 },
  dollar: { unit: 'dollar', factor: 1 }, dollars: { unit: 'dollar', factor: 1 }, usd: { unit: 'dollar', factor: 1 },
  euro: { unit: 'euro', factor: 1 }, euros: { unit: 'euro', factor: 1 },
  percent: { unit: 'percent', factor: 1 }, 'per cent': { unit: 'percent', factor: 1 },
  year: { unit: 'year-span', factor: 1 }, years: { unit: 'year-span', factor: 1 },
  month: { unit: 'month-span', factor: 1 }, months: { unit: 'month-span', factor: 1 },
  decade: { unit: 'year-span', factor: 10 }, decades: { unit: 'year-span', factor: 10 },
});

/** Counted nouns that outlets word differently: "50 dead" and "50 deaths" count the same. */
export const COUNT_NOUNS: Record<string, string> = lookup({
  dead: 'death', deaths: 'death', death: 'death', killed: 'death', fatalities: 'death', lives: 'death',
  injured: 'injury', wounded: 'injury', injuries: 'injury', hurt: 'injury',
  arrested: 'arrest', arrests: 'arrest', detained: 'arrest', detentions: 'arrest',
  diplomats: 'diplomat', diplomat: 'diplomat', envoys: 'diplomat', envoy: 'diplomat',
  members: 'member', member: 'member', supporters: 'member', followers: 'member', activists: 'member', residents: 'member',
  services: 'service', service: 'service', 'e-services': 'service',
  // Those living in a camp are counted as its members, whatever a report calls them.
  people: 'member', persons: 'member', individuals: 'member', dissidents: 'member', exiles: 'member', refugees: 'member',
});

/** Adjectives skipped between a number and the noun it counts ("2,000 electronic services"). */
export const COUNT_ADJECTIVES = words(
  'more other additional further new former senior junior electronic online digital public government ' +
    'state iranian albanian american foreign separate different total full major minor small large ' +
    'key top diplomatic suspected alleged armed civilian active exiled high-profile government-run',
);

/**
 * Words that frame a claim rather than state a detail of it: judgements, intensifiers,
 * hedges and time-of-day fillers. A source need not repeat them for a claim to be backed.
 */
export const FRAMING_WORDS = words(
  'followed subsequent subsequently ensuing bid media press reporters journalists sent termed dubbed described labelled labeled branded ' +
    'meant mean designed intended supposed near nearby outside inside within beyond amount amounts lot lots ' +
    'seek seeking sought attempt attempting attempted try trying tried aim aiming aimed intend intended want wants wanted wanting seeks attempts tries aims intends lasting upon due anti pro ' +
    'massive major numerous temporarily so-called notorious brutal rare closest close bitter staunch strong strongly ' +
    'reportedly allegedly alleged apparently purportedly supposedly possibly likely unlikely probably clearly ' +
    'criminal collusion heaven haven safe dangerous very significantly greatly largely mostly mainly particularly ' +
    'evening morning afternoon night overnight noon midday midnight dawn dusk later earlier soon shortly immediately recently ' +
    'believe believed believes turn justify justified argue argued claim claimed insist insisted stress stressed emphasise emphasised emphasize emphasized ' +
    'fact indeed actually also further still even already again ever never subsequently meanwhile ' +
    'foe foes enemy enemies bitter rift row spat feud tension tensions tense ' +
    'big huge large small grand serious severe extreme heavy heavily sharp sharply harsh harshly ' +
    'official officially formal formally public publicly total totally full fully entire entirely ' +
    'own various several many much more most less least other others another certain specific ' +
    'reason move step decision development measure response action report reported say said ' +
    'southern northern eastern western european balkan member alliance partner partners ' +
    'regime retaliation tit-for-tat rash hasty local domestic national international',
);

/** Word endings that mark an adjective or adverb, which frames a detail rather than states one. */
export const FRAMING_SUFFIXES = ['ly', 'ous', 'ful', 'ive', 'est', 'ic', 'ical', 'ary', 'ible', 'able'];

/** Words with those endings that are names of things all the same ("representative", "archive"). */
export const NOT_FRAMING = words(
  'ally family rally supply reply july italy assembly anomaly monopoly italy ' +
    'representative representatives executive executives detective detectives objective objectives initiative initiatives ' +
    'directive directives explosive explosives motive motives archive archives operative operatives offensive ' +
    'republic public traffic clinic clinics music logic topic topics mechanic critic critics ' +
    'secretary secretaries military dictionary library anniversary commentary documentary summary adversary adversaries ' +
    'cyberattack cyberattacks constable vegetable timetable',
);

/** Past forms without "-ed" that news reports use for what happened. */
export const IRREGULAR_PAST = new Set(Object.keys(IRREGULAR_BASES));


/** Words after which a verb tells what is to be done, not what was ("to leave", "will act"). */
export const MODAL_MARKERS = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'shall']);

/** Adverbs that may stand between a modal and its verb ("may soon restore", "will also face"). */
export const MODAL_ADVERBS = words('soon also still yet eventually now even then later again ever');

/** Helpers that make an act only possible ("may soon restore ties"), not done or undone. */
export const POSSIBILITY = new Set(['may', 'might', 'could']);

/** Words before a noun that a date can qualify ("the July cyberattack"). */
export const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'our']);

/** Words that open a new clause: looking back from a date, the clause ends there. */
export const CLAUSE_BREAKS = new Set(['that', 'which', 'who', 'whom', 'when', 'where', 'while', 'and', 'but', 'after', 'before', 'because', 'as', 'over', 'following', 'since', 'until']);

// Denial, in one place: the words and phrases every reader of a denial draws on.

/** Denials that stand before a noun and deny their clause's verb ("no data had been deleted", "nobody claimed it"). */
export const NEGATED_SUBJECTS = words('no nothing none nobody neither');

/** Denials that stand by the verb they deny ("did not cut", "has never objected"). */
export const NEGATING_ADVERBS = words("not n't never");

/** Words that deny what their clause says ("posed no threat", "had nothing to do with", "never objected"). */
export const DENIALS = new Set([...NEGATED_SUBJECTS, ...NEGATING_ADVERBS, 'nor']);

/** Verbs that deny the act after "to" ("refused to help", "declined to comment"), by lemma. */
const REFUSING_VERBS = ['refuse', 'decline'];

/** Phrases that deny the act after them ("had yet to respond", "stopped short of blaming", "far from minimal"), by lemma. */
export const DENYING_PHRASES: readonly string[][] = [['yet', 'to'], ['stop', 'short', 'of'], ['far', 'from'], ['refrain', 'from'], ['no', 'longer'], ['by', 'no', 'means'], ...REFUSING_VERBS.map((v) => [v, 'to'])];

/**
 * Words that turn the action after them around ("did not cut", "refused to"), as the word
 * reader finds them before an action: the denials that stand before a verb, "without", and
 * the refusing verbs in their forms. ("Nothing", "none" and "nobody" stand for the doer, and
 * the reader takes their clause from `NEGATED_SUBJECTS`.)
 */
export const NEGATORS = new Set([...words('not no never neither nor without'), ...REFUSING_VERBS.flatMap((v) => [v, `${v}s`, `${v}d`]), 'failed to']);

/** Words by which a sentence affirms nothing of the act it names: its denials and refusals, and failing, being unable, denying and rejecting. */
export const AFFIRMING_NOTHING = new Set([
  ...DENIALS, 'without', 'failed to', ...REFUSING_VERBS.map((v) => `${v}d`), ...DENYING_PHRASES.map((p) => p.join(' ')),
  ...words('unable fail fails failed deny denies denied reject rejects rejected'),
]);

/** What a side decided, by its names: "the decision", "the move", "this step". */
export const DECISION_WORDS = ['decision', 'decisions', 'move', 'step'];

/** What welcoming or supporting is a stance on, rather than taking people in ("welcomed the decision"). */
export const STANCE_OBJECTS = new Set([...DECISION_WORDS, 'announcement', 'choice', 'measure', 'response', 'rupture', 'break', 'severing', 'severance', 'expulsion', 'expulsions']);

/** Capitalised words of regions and faiths that do not start a name ("Western observers"). */
export const REGION_WORDS = new Set(['western', 'eastern', 'northern', 'southern', 'european', 'arab', 'balkan', 'middle', 'east', 'west', 'north', 'south', 'islamic', 'muslim', 'christian', 'jewish', 'shia', 'sunni', 'persian']);

/** Verbs of finding out: "could not determine who was behind it" says nobody knows, which a source that knows contradicts. */
export const KNOWING_VERBS = new Set(['determine', 'establish', 'confirm', 'verify', 'identify', 'prove', 'say', 'know', 'tell', 'attribute', 'conclude']);

/** Verbs of pinning a deed on someone, which say nobody knows only when one could not ("could not tie the attack to Tehran"; "did not tie its decision to the MEK" is another thing). */
export const PINNING_VERBS = new Set(['tie', 'link', 'pin', 'trace']);

/** Words that say one could not ("could not", "unable", "failed to"): only then does a pinning verb denied say nobody knows. */
export const INABILITY = new Set(['could', 'can', 'cannot', 'couldn\'t', 'can\'t', 'unable', 'failed']);

/** Words that open another clause: who does what on one side of them says nothing of the other. */
export const FRAME_BREAKS = words('which who whom whose that while whereas because although though when after before since as if unless until despite amid');

/** Words that open a clause of time or cause ("after the authorities warned"): a verb of saying inside one tells why or when, not whose the sentence is. */
export const SUBORDINATORS = words('after before because since when while although though once until following as');

/** Nouns whose denial affirms ("had no doubt that Iran sponsored it", "there is no question"). */
export const DOUBT_NOUNS = words('doubt doubts question secret');

/** Verbs of saying: they report an act, and are not one that a claim can get wrong. */
export const REPORTING_VERBS = words('say tell add state note write report quote claim announce declare explain insist emphasize emphasise stress underline reiterate remark');

/** Words that stand between a side and its official without changing whose they are ("Iran's top diplomat", "Albania's former envoy"). */
export const TITLE_MODIFIERS = words('top former senior new acting chief deputy then current outgoing');

/** Verbs that tell how long someone has held a post ("has led", "served", "took office"). */
export const TENURE_VERBS = words('led leads served serves headed heads governed ruled office chaired');

/** Hedges that may stand between an article and the date of the event it names ("the suspected July attack"). */
export const DATE_HEDGES = words('alleged suspected apparent reported presumed purported');

/** Nouns of what is said or concluded: accepting them takes in words, not people ("accept the statements"). */
export const ASSERTION_NOUNS = words('statement statements claim claims finding findings conclusion conclusions assessment assessments attribution attributions accusation accusations allegation allegations evidence view views position positions argument arguments explanation explanations account accounts version report reports');

/** Words that make a title another office than the one it names ("Deputy Prime Minister", "acting president"). */
export const OTHER_OFFICE_MARKS = words('deputy acting vice assistant interim');

/** Words that make a title one once held ("former Prime Minister Sali Berisha"): no claim about who holds the office now. */
export const PAST_TITLES = words('former then ex ex-prime ex-foreign onetime erstwhile late outgoing');

/** Words that may stand between a person and the title a claim gives them ("Rama is the country's prime minister", "Rama, Albania's prime minister"). */
export const TITLE_LINKS = words('is was are were be been the a an also now still then');

/** Reporting verbs that are also common nouns ("the state", "a report"): only their verb forms report. */
export const REPORTING_NOUNS = words('state report quote claim stress remark note');

/** Verbs that give something a name or a quality ("called the decision rash"): the quality is the stance taken. */
export const NAMING_VERBS = words('call describe dub term label brand deem');

/** Words that insist on an amount without changing it ("a full week", "an entire day"). */
export const WHOLE_WORDS = words('full whole entire single mere extra');

/** Words after a length of time that make it a distance in time between events ("two months after"). */
export const SPAN_OFFSETS = words('after before later earlier ago since into on');

/** Lengths of time in hours, so that "a month to leave" can be set against "24 hours" (years are left out: "30 years of democracy" is no deadline). */
export const HOURS_IN: Record<string, number> = { hour: 1, 'month-span': 730 };

/** Verbs of keeping something as it was ("kept its ties", "maintained relations"). */
export const CONTINUING_VERBS = words('keep maintain retain preserve continue sustain');

// Words the readers of clauses, ranks, seasons and roles look for around a word.

/** Words that open a clause of its own inside a list of aims. */
export const RELATIVE_WORDS = new Set(['that', 'which', 'who', 'whom', 'while', 'but']);

/** Words before a rank that make it one ("the first", "its only"): "a first" is no rank. */
export const RANK_OWNERS = new Set(['the', 'its', 'their', 'his', 'her', 'our']);

/** Words between a rank and what it ranks that only say how it is known ("the first known case"). */
export const AS_FAR_AS_KNOWN = new Set(['known', 'recorded', 'reported', 'documented', 'confirmed']);

/** A rank before these is a date ("last week", "the first month"), compared as one. */
export const TIME_HEADS = new Set(['week', 'month', 'year', 'day', 'weekend', 'night', 'hour', 'decade', 'quarter']);

/** Words before a season that make it a time ("in the summer"), not a word ("fall"). */
export const SEASON_LEADS = new Set(['the', 'this', 'last', 'in', 'over', 'during', 'early', 'late', 'mid']);

/** Seasons that are also plain words ("a fall in prices", "a spring"). */
export const SEASON_WORDS_TOO = new Set(['fall', 'spring']);

/** Prepositions that place any name as a place ("dissidents in Albania"). */
export const WITHIN = new Set(['in', 'inside', 'within', 'across', 'throughout']);

/** Prepositions that place a capital as a place ("in Tirana", "outside Tehran"). */
export const LOCATING = new Set(['in', 'at', 'near', 'outside', 'inside', 'around', 'across', 'from', 'to', 'into', 'through']);

/** Prepositions that introduce who receives an act ("ties with Iran", "blamed on Tehran"). */
export const RECEIVING = new Set(['with', 'on', 'to', 'from', 'alongside', 'against']);

/** Prepositions that after "be" tell where someone stands ("was behind the attack"); "is by no means", "was in July" say nothing of the kind. */
export const STANDING = new Set(['behind', 'against']);

/** Prepositions whose name is what an act is aimed at ("an attack on", "against"), never its doer; "of", "with" and "at" may name the doer's own people ("staff at the Iranian embassy"). */
export const TARGETING = new Set(['on', 'against', 'into', 'onto', 'upon', 'toward', 'towards']);

/** Words that bound a denial in time ("had not spoken until Wednesday"): the act came later, not never. */
export const UNTIL = new Set(['until', 'till', 'untill']);

/** Words that open a question, or a heading that asks one ("What we know about the break"). */
export const WH_WORDS = new Set(['what', 'how', 'why', 'when', 'where', 'who', 'which', 'whether']);

/** Words a sentence names a country again by ("the country", "the nation"). */
export const COUNTRY_WORDS = new Set(['country', 'nation', 'state']);

/** Words between a distance and the place it is measured from ("40 km outside Tirana", "30 miles west of Durres"). */
export const MEASURED_FROM = words('outside from of away west east north south northwest northeast southwest southeast beyond off');

/** Words right before an attack that make it another of its kind ("a second attack", "a fresh cyberattack"). */
export const ANOTHER_OF_KIND = words('second third another fresh renewed new latest');

/** Words right after an act that make it another of its kind ("struck again"). */
export const AGAIN_WORDS = words('again anew');

/** Words right before the verb of an attack that make it a later one ("hackers later struck the parliament"). */
export const LATER_WORDS = words('later subsequently afterwards');

/** Words that open a phrase of place, time or manner: a noun after one is no verb's object ("attributed the attack to Iran"). */
export const ADPOSITIONS = words('of in on at by for with from to into against over after before during under since amid about');

/** Words before a length that make it a length given, whatever follows ("within 24 hours after the break"). */
export const GIVEN_WITHIN = words('within');

/** Units that measure (a length of time, a distance, money, a share) rather than count: a measure says what it counts, while a count of people or things must also stand among the same words as the claim's ("3,000 members" of the MEK, not of parliament). */
export const MEASURE_UNITS = new Set(['hour', 'km', 'dollar', 'euro', 'percent', 'year-span', 'month-span']);

/** Units of distance, which are measured from a place. */
export const DISTANCE_UNITS = new Set(['km']);

/** Idioms that tell how or when something came about, never what: their words are no details ("came to a head", "in the wake of", "followed suit"). */
export const FRAMING_IDIOMS: readonly string[][] = [
  'in the wake of', 'in the aftermath of', 'on the heels of', 'in the face of', 'came to a head', 'come to a head', 'comes to a head', 'coming to a head',
  'follow suit', 'followed suit', 'follows suit', 'following suit', 'for its part', 'for their part', 'for his part', 'for her part',
  'on the receiving end', 'at the end of the day', 'stuck to its line', 'sticks to its line', 'stuck to its guns', 'no stranger to', 'by and large', 'all in all',
  'in light of', 'in the light of', 'in question', 'on the grounds that', 'on the grounds of',
  // Prepositions of several words say how a thing stands to another, not what was done.
  'on behalf of', 'in the course of', 'in the area of', 'in the field of', 'in proportion to', 'in terms of', 'with regard to', 'with respect to',
  'in relation to', 'in connection with', 'by means of', 'at the behest of', 'in the context of', 'by way of', 'for the sake of', 'in the name of',
  // ... and so do the phrases that say how far back a thing reaches ("going back to when").
  'going back to when', 'goes back to when', 'go back to when', 'dating back to', 'dates back to', 'date back to', 'dated back to',
].map((p) => p.split(' '));

/** Verbs that "back" can follow as their particle ("going back", "came back", "dates back"), besides any past or "-ing" form. */
export const PARTICLE_VERBS = words('go goes come comes get gets bring brings date dates trace traces turn turns look looks fight fights hit hits strike strikes roll rolls');

/** Words after which "back" tells a time, not a backing ("back in 2013", "back then"). */
export const BACK_IN_TIME = words('then when home');

/** Words that open a sentence before a comma and tell the reader how to take it, not what happened ("OK, so ...", "Yes, ..."). */
export const DISCOURSE_OPENERS = words('ok okay yes yeah well so look sure indeed anyway honestly frankly basically remember');

/** Words that make a lead-in before a colon a verdict on what follows ("Myth:", "Not true:"), never a dateline or a word to the reader. */
export const DOUBT_WORDS = words(
  'myth myths false fake wrong untrue rumour rumor rumours rumors hoax debunked debunking misleading conspiracy fantasy fabrication fabricated nonsense propaganda ' +
    'disinformation misinformation lie lies fiction incorrect bogus baloney rubbish hogwash nope satire disproved disproven',
);

/** Words by which a lead-in before a colon addresses the reader ("Quick recap:", "Here's the odd bit:", "Worth remembering:"); a lead-in needs one of them to be dropped. */
export const READER_ADDRESS = words(
  "recap summary short version here here's remember remembering worth noting note story update background context reminder bit part thing point quick key bottom line tl fyi why how what's " +
    'fun fact facts news breaking upshot picture heads reality takeaway gist lowdown aside',
);

/** Nouns of a party's role towards another, between two names ("NATO ally Albania"): the second name is the party. */
export const ROLE_NOUNS = words('ally allies partner partners member members neighbour neighbor');

/** Words that tell an act as over, with the word they qualify: "once listed", "previously designated". */
export const ENDED = /\b(?:once|formerly|previously|no longer|used to)\s+(?:been\s+)?[a-z]+/i;

/** Plain verbs of saying, whose date dates the saying ("said in 2023"); announcing and declaring are events of their own. */
export const SAYING_WORDS = words('said says told tells');

/** Words that may stand between a verb of saying and the date of it ("told reporters on Monday"). */
export const BEFORE_SAYING_DATE = words('in on at last this early late reporters journalists the media');

/** Verbs that stop what follows them from being done ("disrupted ... paying utilities", "prevented them from leaving"), by their stems. */
export const PREVENTING = /^(?:disrupt|prevent|stop|block|halt|hamper|hinder|imped|cripple|paraly[sz])/;

