/**
 * The numbers the verdict rests on, in one place. Shares are of a claim's weight (its words
 * weighted by rarity, plus a fixed weight per amount and date).
 */
export const THRESHOLDS = {
  /** A fact must cover this share of a claim before it may back one of its details. */
  backingAnchor: 0.15,
  /** A fact must cover this share before its amounts and dates are compared with the claim's. */
  measureAnchor: 0.15,
  /** A fact must cover this share before a different amount, date or action of it contradicts the claim. */
  clashAnchor: 0.4,
  /** A fact must cover this share of a claim before its act, told denied or by other parties, contradicts the claim's. */
  frameClashAnchor: 0.35,
  /** A fact that takes the other stance must address (state the same or otherwise) this share of a claim for it to contradict the claim's stance. */
  stanceClashAddressed: 0.35,
  /** A fact must cover this share of a claim for its act by another doer, or to another receiver, to contradict the claim's. */
  otherPartyAnchor: 0.55,
  /** Share of a quote's longer words a source sentence must have as written to give the quote at all: a paraphrase gives no quote. */
  quoteLiteral: 0.5,
  /** Share of a quote's words a source sentence must give as written before the speaker it names can contradict the claim's. */
  quoteAsGiven: 0.8,
  /** The source sentence that states most of a claim must state this share of it for its speaker to contradict the claim's (words reported without quotation marks). */
  reportAsGiven: 0.6,
  /** The source sentence that states most of a claim must state this share of it for the claim's denial to contradict it. */
  denialAnchor: 0.6,
  /** Off the dispute, a fact must cover this share of a claim for its act, told otherwise, to contradict the claim. */
  frameCovered: 0.5,
  /** A fact must state this share of a claim, the same or otherwise, for its other value to contradict it. */
  clashAddressed: 0.72,
  /** The same for another name, which may as well be another event altogether. */
  nameClashAddressed: 0.8,
  /** Words around a name nobody knows that a source sentence must have around a name it knows, on the same sides, to put that name in its place. */
  sharedPlace: 2,
  /** Share of the words around an amount or date a fact must state to speak of the same event. */
  localCover: 0.4,
  /** A fact must cover this share of a claim before its act, told otherwise of the same thing, can make the sources disagree on the claim's. */
  disputeAnchor: 0.04,
  /** A source that states a detail otherwise must address this share of what the agreeing fact covers to make the sources disagree. */
  disputeShare: 0.6,
  /** A fact that covers this share of a claim backs any of its names and actions, wherever they stand in it. */
  statesClaim: 0.45,
  /** The best fact must cover this share for a claim to be supported at all. */
  coreSupport: 0.3,
  /** Off the dispute, the best fact must cover this share before the claim is judged. */
  offTopicCore: 0.72,
  /** ... or this share, with every detail of the claim backed. */
  offTopicBacked: 0.5,
  /** Share of a claim's plain words (not names, amounts, dates or actions) that may go unstated in a supported claim. */
  termSlack: 0.1,
  /** A figure with a bound ("more than 100", "under 3,000", "up to 48") names values within this factor of it. */
  boundReach: 3,
  /** Weight of an amount or a date in a claim: details are what fact-checks turn on. */
  detailWeight: 3,
  /** Facts that cannot reach this share of a claim even with every amount and date agreeing are never aligned. */
  alignFloor: 0.12,
  /** A published fact-check (ClaimReview) answers for a claim only when it states this share of it, and no part otherwise ... */
  reviewMatch: 0.72,
  /** ... and either states this share of it ... */
  reviewFull: 0.8,
  /** ... or leaves out no word of it that weighs more than this share. */
  reviewMissing: 0.2,
  /** Share of a quote's words one source sentence must give (a near word counts half). */
  quoteCover: 0.6,
  /** Candidate facts aligned with a claim. */
  candidates: 40,
  /** A fact must cover this share of an unverified claim to be quoted as the closest source sentence. */
  relatedQuote: 0.35,
  /** Quotes shown per verdict. */
  maxEvidence: 3,
  /** Weight of a word no source uses, against a name nobody knows (which counts fully): a common word the sources happen not to use. */
  unknownWord: 0.7,
  /** Weight of a light word ("said", "country") against its rarity. */
  lightWord: 0.25,
  /** Weight of a side's name, which every source names. */
  sideWord: 0.5,
  /** No word weighs less than this. */
  minWordWeight: 0.2,
  /** Content words, amounts and dates a claim needs before it is matched against facts at all. */
  minSubstance: 2,
  /** Best single facts tried together with their neighbouring sentence. */
  pairTries: 6,
  /** Share of a claim two neighbouring sentences must cover beyond either alone to be read as one fact. */
  pairGain: 0.15,
} as const;
