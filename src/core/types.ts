/**
 * The answers the checker gives about a claim; `partly` is a claim some of whose details a
 * source states while others are in no source (scorers count it as unverified).
 */
export type Verdict = 'supported' | 'partly' | 'contradicted' | 'mixed' | 'unverified' | 'offtopic';

/** Every verdict, in the order the UI lists them. */
export const VERDICTS: readonly Verdict[] = ['supported', 'partly', 'contradicted', 'mixed', 'unverified', 'offtopic'];

/** Where a source came from and what it says about itself; no field is ever invented. */
export interface SourceInfo {
  /** `seed:<file stem>` for bundled sources, `user:<random id>` for a user's. */
  id: string;
  title: string;
  /** ISO date (yyyy-mm-dd) the text itself gives, or null when it gives none. */
  date: string | null;
  /**
   * Day against which relative words in the text ("Wednesday", "last year") are resolved;
   * the stated date when there is one, otherwise what the text itself lets us infer.
   */
  referenceDate: string | null;
  /** Dateline place ("TIRANA") when the text has one. */
  place: string | null;
  origin: 'bundled' | 'user';
  kind: 'article' | 'claimreview';
  url: string | null;
  /** Epoch ms when a user added it; null for bundled sources. */
  addedAt: number | null;
  enabled: boolean;
}

/** A source together with its text, the input of fact building. */
export interface SourceText extends SourceInfo {
  text: string;
}

/** A number a sentence states, with what it counts. */
export interface NumberDetail {
  /** Lowest and highest value meant: "some 3,000" is [3000, 3000], "hundreds" [100, 999]. */
  min: number;
  max: number;
  /** Normalised unit ("hour", "km", "diplomat", "service", "dollar"), or "" when none. */
  unit: string;
  /** Token position of the number in the sentence. */
  pos: number;
  /** The words as written, for explanations. */
  text: string;
  /** A length of time that places an event ("two months after"), not a length given for something. */
  offset?: boolean;
  /** A measure that describes the noun after it ("a two-day summit"): it tells of that thing only. */
  describes?: boolean;
  /** Terms of the content words closest to the amount, telling what it is an amount of. */
  near?: string[];
  /** Terms of every content word a few words either side. */
  wide?: string[];
  /** For claims: each content word a few words either side, with its interchangeable forms. */
  around?: string[][];
  /** For a distance, the place it is measured from ("40 km outside Tirana"): its entity id and its words. */
  from?: { id: string; text: string };
}

/** A date or part of one: any of year, month, day and weekday may be known. */
export interface DateDetail {
  year?: number;
  /** Inclusive range of years for vague dates ("early 1990s"). */
  yearMax?: number;
  month?: number;
  /** Last month of a range ("this summer" is 6..8). */
  monthMax?: number;
  day?: number;
  /** Last day of a part of a month ("the end of September" is 21..31). */
  dayMax?: number;
  /** 0 = Sunday ... 6 = Saturday. */
  weekday?: number;
  pos: number;
  text: string;
  /** Last token of the date, while parsing. */
  end?: number;
  /** The year was guessed from the report's date ("in August"): it is compared only beside the month. */
  inferred?: boolean;
  /** Terms of the words the date qualifies, telling which event it dates. */
  near?: string[];
  /** Terms of every content word a few words either side. */
  wide?: string[];
  /** The report's own date at its head ("TIRANA, Sept. 8, 2022 -"), which dates no event. */
  dateline?: boolean;
  /** For claims: each content word a few words either side, with its interchangeable forms. */
  around?: string[][];
  /** It dates an event told as another of its kind ("a second cyberattack", "struck again"): no date of the first is its. */
  another?: boolean;
  /** It stands in an aside about a person ("Rama, who has led Albania since 2013, said"): it dates that person's story, not the sentence's. */
  aside?: boolean;
  /** It stands before its noun as an adjective ("the July 15 cyberattack"): it dates that noun alone. */
  attributive?: boolean;
  /** It dates one of the dispute's acts, with no event named near it ("cut ties with Iran in July"). */
  ofAct?: boolean;
}

/** A named thing: a country, organisation, person or place, with its canonical id. */
export interface EntityDetail {
  id: string;
  kind: 'country' | 'org' | 'person' | 'place' | 'region' | 'role' | 'other';
  pos: number;
  text: string;
  /** Terms of the plain words a few words either side (no names, sides or light words): where the name stands. */
  around?: string[];
}

/** An action with a polarity, so that "cut" can clash with "resumed". */
export interface ActionDetail {
  /** Concept id ("cut-ties"); opposites share a `group`. */
  id: string;
  group: string;
  negated: boolean;
  pos: number;
  text: string;
  /** Terms of the words around the action, telling whose action it is. */
  near?: string[];
  /** Told as to be done ("ordered to leave", "will take action"), not as done. */
  modal?: boolean;
  /** Told as only possible ("may soon restore ties"): nothing done, undone or announced answers it. */
  possible?: boolean;
}

/** Who did what to whom, as a sentence tells it: one per verb. */
export interface Frame {
  /** The act: an action of the lexicon ("a:expel"), a verb's lemma ("v:keep") or what a form of "be" says ("b:behind"). */
  key: string;
  /** For lexicon actions: the group whose other members are its opposites. */
  group?: string;
  /** Told as not done ("did not cut", "was not behind"). */
  negated: boolean;
  /** Told as only possible ("may soon restore ties"): no act done or undone answers it. */
  possible?: boolean;
  /** Denied as now, no longer so ("is no longer designated", "does not list it any more"). */
  now?: boolean;
  /** Ties told as kept or had ("still has relations with"): a state of both sides, whichever is named first. */
  mutual?: boolean;
  /** Who does it: a side ("albania", "iran"), a country or a body. */
  actor?: string;
  /** The others named with the doer in a list ("the US, the EU and NATO condemned"). */
  with?: string[];
  /** Who or what it is done to, when that is a party. */
  target?: string;
  /** It is done to a thing that is no party ("condemned the attack"), so to no party. */
  toThing?: boolean;
  /** Lemmas of what it is about, after the verb ("cyberattack", "host", "terrorist"). */
  theme?: string[];
  /** Told inside quotation marks: someone's words, whose doer the sentence may not name. */
  quoted?: boolean;
  /** Told by a noun ("Iran's cyberattack on Albania"), not a verb. */
  noun?: boolean;
  /** The words as written, for reasons. */
  text: string;
}

/** What a sentence says, in comparable pieces; built for claims and facts alike. */
export interface Features {
  /** Content terms (stems or concept ids), in order, with duplicates removed. */
  terms: string[];
  numbers: NumberDetail[];
  dates: DateDetail[];
  entities: EntityDetail[];
  actions: ActionDetail[];
  /** Terms the sentence uses only for what is to be done ("to leave"), never for what was done. */
  modal?: string[];
  /** For facts: who did what to whom. */
  frames?: Frame[];
  /** People and bodies of one side, as "side>term" ("iran>c:diplomat" for "Iranian diplomats"). */
  held?: string[];
  /** For facts read with their frames: who the sentence gives its words to, if anyone. */
  speaker?: string;
  /** For a fact that is all quotation: the sentence beside it, in its paragraph, that says who spoke ("..., said John Hultquist."). */
  saidIn?: string;
  /** For a fact that opens with "it", "they" or "the group": the one body the sentences before it name, which that word stands for. */
  refersTo?: string;
}

/** One checkable statement of a source. */
export interface Fact {
  /** `${sourceId}#${sentence index}`. */
  id: string;
  sourceId: string;
  /** The sentence exactly as the source has it. */
  quote: string;
  /** Offsets of the quote in the source text. */
  start: number;
  end: number;
  features: Features;
  /** For fact-check (ClaimReview) sources: the published rating of the quoted claim. */
  rating?: 'supported' | 'contradicted' | 'mixed';
}

/** One piece of evidence behind a verdict, worded for a reader. */
export interface Evidence {
  factId: string;
  sourceId: string;
  sourceTitle: string;
  sourceDate: string | null;
  quote: string;
  stance: 'supports' | 'contradicts' | 'related';
  /** Details that agreed or clashed, e.g. "24 hours, not 48 hours". */
  points: string[];
}

/** The kinds of checkable detail a claim is read into. */
export const DETAIL_KINDS = ['action', 'amount', 'date', 'name', 'quote', 'term'] as const;

/** How a detail fared: stated by a source, stated otherwise, disputed between sources, or in none. */
export const DETAIL_OUTCOMES = ['backed', 'clashes', 'disputed', 'not-found'] as const;

/** One checkable detail of a claim and how it fared against the sources. */
export interface DetailResult {
  /** The claim's words for it ("30 kilometers", "Edi Rama", "severed"). */
  text: string;
  kind: (typeof DETAIL_KINDS)[number];
  outcome: (typeof DETAIL_OUTCOMES)[number];
  /** What the sources say instead, for a clash or a dispute ("40km"). */
  sourcesSay?: string;
  /** The source sentences that decide it, word for word. */
  quotes: string[];
  /** For a backed detail: how many sources state it. */
  sources?: number;
}

/** The checker's answer about one claim. */
export interface CheckResult {
  /** The claim as given (a sentence of the input, or the whole selection). */
  text: string;
  /** Offsets of the claim in the checked text. */
  start: number;
  end: number;
  verdict: Verdict;
  /** One line a reader understands: "The sources say 24 hours, not 48 hours." */
  reason: string;
  evidence: Evidence[];
  /** The claim's checkable details, gravest outcome first. */
  details?: DetailResult[];
}

/** The bundled fact base as written by `npm run facts`. */
export interface FactBundle {
  /** Changes whenever the seeds or the fact builder change; drives re-seeding. */
  version: string;
  sources: SourceInfo[];
  facts: Fact[];
}
