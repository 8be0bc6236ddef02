import { describe, expect, it } from 'vitest';
import { Checker, buildFacts } from './checker';
import type { SourceInfo, SourceText } from './types';
import bundle from '../generated/seed-facts.json';
import type { FactBundle } from './types';

const seeds = bundle as FactBundle;
const fresh = () => new Checker(seeds.sources, seeds.facts);
/** The verdicts one checker gives claims checked one after another, as a reader selects them. */
const verdictsOf = (...claims: string[]) => {
  const checker = fresh();
  return claims.map((c) => checker.checkClaim(c).verdict);
};

function userSource(id: string, text: string, extra: Partial<SourceInfo> = {}): SourceText {
  return {
    id,
    title: 'Reader notes',
    date: '2022-09-10',
    referenceDate: '2022-09-10',
    place: null,
    origin: 'user',
    kind: 'article',
    url: null,
    addedAt: 1,
    enabled: true,
    text,
    ...extra,
  };
}

describe('verdicts with evidence', () => {
  const checker = fresh();

  it('supports a paraphrase and quotes the source sentence', () => {
    const r = checker.checkClaim('Prime Minister Edi Rama gave Iran’s diplomats a day to leave.');
    expect(r.verdict).toBe('supported');
    expect(r.evidence.length).toBeGreaterThan(0);
    for (const e of r.evidence) {
      const source = seeds.sources.find((s) => s.id === e.sourceId)!;
      expect(e.sourceTitle).toBe(source.title);
      expect(e.quote).toMatch(/24 hours/);
    }
  });

  it('says which detail clashes, in words', () => {
    const r = checker.checkClaim('Iranian diplomats were given 48 hours to leave Albania.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toContain('24 hours, not 48 hours');
    expect(r.evidence.every((e) => e.stance === 'contradicts')).toBe(true);
  });

  it('finds a title the sources give, beside a compound they write without its hyphen', () => {
    const r = checker.checkClaim('The prime minister stressed that the cyber-attack was unsuccessful, though many offices stayed closed for weeks.');
    expect(r.details?.find((d) => d.text === 'prime minister')?.outcome).toBe('backed');
  });

  it('takes a preposition of several words ("on Iran\'s behalf", "in the course of") and a joining "plus" for no detail of the claim', () => {
    for (const claim of [
      "Rama said four groups of hackers had attacked Albania on Iran's behalf.",
      'In the course of July, hackers crippled Albanian government services.',
      'The US and the UK condemned Iran, plus NATO pledged support for Albania.',
    ]) expect(checker.checkClaim(claim).verdict, claim).toBe('supported');
  });

  it('takes "going back to when" for how far back a thing reaches, not for a detail', () => {
    const claim = 'Albania and Iran have been enemies for years, going back to when Albania began welcoming members of the MEK.';
    expect(checker.checkClaim(claim).verdict).toBe('supported');
    // Going back to a place is a return, which the sources do not tell.
    expect(checker.checkClaim('After the break, the Iranian ambassador went back to Tirana.').verdict).not.toBe('supported');
  });

  it("judges what follows a writer's lead-in to the reader, and keeps a lead-in that casts doubt on it", () => {
    expect(checker.checkClaim('Short version for the busy reader: Albania gave Iranian diplomats 24 hours to leave.').verdict).toBe('supported');
    expect(checker.checkClaim('Yes, Albania gave Iranian diplomats 24 hours to leave.').verdict).toBe('supported');
    expect(checker.checkClaim('Myth worth busting: Albania gave Iranian diplomats 24 hours to leave.').verdict).not.toBe('supported');
  });

  it('asks a source for a count of countries the claim does not name, not for a count of those it names', () => {
    expect(checker.checkClaim('Partner agencies from seven countries helped Albania find that the 15 July attack was state aggression.').verdict).not.toBe('supported');
    expect(checker.checkClaim('Two countries, the US and the UK, condemned Iran over the attack.').verdict).toBe('supported');
  });

  it('contradicts another maker of the attack, however short the claim, where a source that leaves the maker open is all that agrees', () => {
    for (const claim of ['The MEK sponsored the cyberattack.', 'The United States had sponsored the attack.', "The MEK carried out the July attack on Albania's systems."]) expect(checker.checkClaim(claim).verdict, claim).toBe('contradicted');
    expect(checker.checkClaim('Iran sponsored the cyberattack.').verdict).toBe('supported');
  });

  it("contradicts an attack given to the side the sources tell it was made on", () => {
    expect(checker.checkClaim('The 15 July cyberattack was an act of Albanian state aggression.').verdict).toBe('contradicted');
    expect(checker.checkClaim('The 15 July cyberattack was an act of Iranian state aggression.').verdict).toBe('supported');
  });

  it('contradicts a stance against what the sources tell as the same party\'s support, told by a noun', () => {
    expect(checker.checkClaim("NATO allies criticised Albania's decision.").verdict).toBe('contradicted');
    expect(checker.checkClaim("NATO allies backed Albania's decision to cut ties with Iran.").verdict).toBe('supported');
  });

  it('compares a count of a compound noun with the sources\' count of its last noun', () => {
    expect(checker.checkClaim('Rama said four hacker groups carried out the aggression.').verdict).toBe('supported');
    expect(checker.checkClaim('Rama said a single hacker group carried out the aggression.').verdict).toBe('contradicted');
  });

  it('denies what a text calls false before a colon: a myth the sources state is contradicted, one they contradict is supported', () => {
    const stated = checker.checkClaim('Myth: Albania gave Iranian diplomats 24 hours to leave.');
    expect(stated.verdict).toBe('contradicted');
    expect(stated.reason).toMatch(/calls this false/);
    expect(stated.evidence.every((e) => e.stance !== 'supports')).toBe(true);
    expect(checker.checkClaim('Not true: Albania gave Iranian diplomats a full week to leave.').verdict).toBe('supported');
    expect(checker.checkClaim('Wire report: Albania gave Iranian diplomats a full week to leave.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Not a myth: Albania gave Iranian diplomats 24 hours to leave.').verdict).toBe('supported');
  });

  it('reads a hyphened quality a verb of naming gives, and sets it only against the same party\'s stance on the same thing', () => {
    expect(checker.checkClaim("Iran called Albania's decision far-sighted.").verdict).toBe('contradicted');
    // The United States condemned Iran's attack; that is no answer to its view of Albania's decision.
    expect(checker.checkClaim("The US called Albania's decision well-considered.").verdict).toBe('supported');
  });

  it("contradicts a party said to own a deed the sources tell it denying, and backs its denial", () => {
    for (const claim of ['Iran said it had sponsored the attack.', 'Iran said it had orchestrated the attack on Albania.', 'Iran said it was responsible for the attack on Albania.']) {
      expect(checker.checkClaim(claim).verdict, claim).toBe('contradicted');
    }
    expect(checker.checkClaim('Iran said it was not behind the attack on Albania.').verdict).toBe('supported');
    // ... and not where the claim itself calls the charge baseless or false.
    expect(checker.checkClaim('Iran said the accusations that it was behind the attack were baseless.').verdict).toBe('supported');
    expect(checker.checkClaim('Iran said the claim that it sponsored the attack was false.').verdict).toBe('supported');
    // What it said it suffered is no deed it denied.
    expect(checker.checkClaim('Iran said it had suffered cyberattacks on its infrastructure.').verdict).not.toBe('contradicted');
  });

  it('contradicts a hack told the other way round, whatever verb tells it', () => {
    for (const claim of ['Albanian hackers hit Iranian government systems in July.', "Iran's e-mail systems were hacked by Albania.", 'Albanian state-sponsored hackers attacked Iran.']) {
      expect(checker.checkClaim(claim).verdict, claim).toBe('contradicted');
    }
    expect(checker.checkClaim("Iranian hackers hit Albania's government systems in July.").verdict).toBe('supported');
  });

  it('reads a stance on the break itself ("welcomed the rupture") as a stance on the decision', () => {
    for (const claim of ['Iran welcomed the break in ties.', 'Tehran welcomed the severing of relations.']) expect(checker.checkClaim(claim).verdict, claim).toBe('contradicted');
    expect(checker.checkClaim('Iran condemned the rupture.').verdict).toBe('supported');
  });

  it('does not take an attribution ("one report said") for a figure of the claim', () => {
    expect(checker.checkClaim('Iranian diplomats were given 48 hours to leave Albania, one report said.').verdict).toBe('contradicted');
  });

  it('contradicts the opposite action', () => {
    expect(checker.checkClaim('Albania restored diplomatic relations with Iran after the July cyberattack.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Albania did not cut diplomatic ties with Iran.').verdict).toBe('contradicted');
  });

  it('calls a point mixed when the sources disagree on it, quoting both sides', () => {
    const r = checker.checkClaim('The MEK moved to Albania in 2016.');
    expect(r.verdict).toBe('mixed');
    const stances = new Set(r.evidence.map((e) => e.stance));
    expect(stances).toEqual(new Set(['supports', 'contradicts']));
    expect(new Set(r.evidence.map((e) => e.sourceId)).size).toBeGreaterThan(1);
  });

  it('leaves on-topic claims no source covers unverified', () => {
    const r = checker.checkClaim('Turkey offered to mediate between Albania and Iran.');
    expect(r.verdict).toBe('unverified');
    expect(r.evidence.every((e) => e.stance === 'related')).toBe(true);
  });

  it('does not tie a sentence that names nobody to a source on three shared words', () => {
    for (const text of ['Officials said the organization began a crackdown.', 'The organization began a crackdown.']) {
      expect(checker.checkPageSentence(text, `News from Tunis. ${text}`).verdict, text).toBe('offtopic');
    }
  });

  it('answers off-topic for other news about one side', () => {
    expect(checker.checkClaim('Saffron prices in Tehran’s bazaar climbed for a third month.').verdict).toBe('offtopic');
    expect(checker.checkClaim('Heavy rain caused flooding in northern Italy.').verdict).toBe('offtopic');
  });

  it('judges a one-sided claim that a source covers', () => {
    expect(checker.checkClaim('Albania joined NATO in 2009.').verdict).toBe('supported');
    expect(checker.checkClaim('Albania joined NATO in 1999.').verdict).toBe('contradicted');
  });

  it('checks a lone sentence that tells the dispute\'s story without naming a side', () => {
    // A reader selected it: the embassy and the allegations are the dispute's own story.
    expect(checker.checkClaim('The embassy staff called the allegations baseless before they left on Thursday.').verdict).not.toBe('offtopic');
    // So is a cyberattack of the dispute's year that names no other victim or place.
    expect(checker.checkClaim('In August 2022 the intruders set off ransomware across the networks.').verdict).not.toBe('offtopic');
    // Another country's quarrel, or a cyberattack of another year, are news of their own.
    expect(checker.checkClaim('Canada recalled its diplomats after the allegations were called baseless.').verdict).toBe('offtopic');
    expect(checker.checkClaim('The ransomware attack took the hospital systems offline in 2021.').verdict).toBe('offtopic');
    // With its page around it, the page decides.
    expect(checker.checkPageSentence('The embassy staff called the allegations baseless before they left on Thursday.', undefined, 'Local elections. The mayor won a second term.').verdict).toBe('offtopic');
  });

  it('counts a sentence on topic when its paragraph is about the dispute', () => {
    const text = 'Albania broke off relations with Iran after the July cyberattack. The country became a NATO member in 2009.';
    const results = checker.checkText(text);
    expect(results.map((r) => r.verdict)).toEqual(['supported', 'supported']);
    expect(text.slice(results[1]!.start, results[1]!.end)).toBe('The country became a NATO member in 2009.');
    expect(checker.checkText('Iran’s football team qualified for the World Cup. The team trains in Tehran.')).toEqual([]);
  });
});

describe('user sources', () => {
  it('uses an added source, names it in the evidence, and forgets it when removed', () => {
    const checker = fresh();
    const claim = 'Albania hired a Dutch law firm to seek compensation from Iran.';
    expect(checker.checkClaim(claim).verdict).toBe('unverified');
    const source = userSource('user:notes', 'Albania hired a Dutch law firm to seek compensation from Iran for the cyberattack.');
    checker.add(source, buildFacts(source));
    const r = checker.checkClaim(claim);
    expect(r.verdict).toBe('supported');
    expect(r.evidence[0]!.sourceTitle).toBe('Reader notes');
    checker.remove('user:notes');
    expect(checker.checkClaim(claim).verdict).toBe('unverified');
  });

  it('gives a sentence of quotation the speaker the sentence beside it names, in a reader\u2019s source', () => {
    const checker = fresh();
    const said = 'Albania will reopen its embassy in Tehran, which it closed over the cyberattack, once the winter is over.';
    const source = userSource('user:quotes', `\u201cOur embassy in Tirana stays open,\u201d said Yuri Kim. \u201c${said}\u201d`);
    checker.add(source, buildFacts(source));
    expect(checker.checkClaim(`Yuri Kim said ${said}`).verdict).toBe('supported');
    const r = checker.checkClaim(`John Hultquist said ${said}`);
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toBe('The sources say the words of Yuri Kim, not said by John Hultquist.');
  });

  it('ignores a disabled source', () => {
    const checker = fresh();
    const source = userSource('user:off', 'Albania hired a Dutch law firm to seek compensation from Iran.', { enabled: false });
    checker.add(source, buildFacts(source));
    expect(checker.checkClaim('Albania hired a Dutch law firm to seek compensation from Iran.').verdict).toBe('unverified');
  });

  it('follows a published fact-check rating for the claim it reviewed', () => {
    const checker = fresh();
    const source = userSource('user:review', 'Iran paid Albania compensation for the cyberattack.', { kind: 'claimreview', title: 'A fact-check' });
    const facts = buildFacts(source).map((f) => ({ ...f, rating: 'contradicted' as const }));
    checker.add(source, facts);
    const r = checker.checkClaim('Iran paid Albania compensation for the cyberattack.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toContain('A fact-check');
  });

  it('keeps check cost bounded by the matches, not by the number of facts', () => {
    const checker = fresh();
    const filler = Array.from({ length: 300 }, (_, i) => `The village council number ${i} approved a new budget for roads and schools.`).join(' ');
    const source = userSource('user:filler', filler);
    checker.add(source, buildFacts(source));
    expect(checker.size).toBeGreaterThan(seeds.facts.length + 250);
    expect(checker.checkClaim('Iranian diplomats were given 48 hours to leave Albania.').verdict).toBe('contradicted');
  });

  it('still finds the seed facts when thousands of facts share the claim\'s common words', () => {
    const checker = fresh();
    // Every filler fact carries "diplomats", "leave" and "hours": far more postings than one
    // check walks, so the rarer words of the claim must be the ones that find its facts.
    const filler = Array.from({ length: 2500 }, (_, i) => `Diplomats of delegation ${i} were given ${i % 90} hours to leave the summit.`).join(' ');
    const source = userSource('user:diplomats', filler);
    checker.add(source, buildFacts(source));
    expect(checker.size).toBeGreaterThan(2000);
    const r = checker.checkClaim('Iranian diplomats were given 48 hours to leave Albania.');
    expect(r.verdict).toBe('contradicted');
    expect(r.evidence.every((e) => e.sourceId !== 'user:diplomats')).toBe(true);
  });
});

describe('fact building', () => {
  it('keeps each quote exactly as it stands in the source, at its offsets', () => {
    const text = 'Albania cut ties with Iran on Wednesday.\n\nLatest news\nThe prime minister gave diplomats 24 hours to leave.';
    const facts = buildFacts(userSource('user:t', text));
    expect(facts.map((f) => f.quote)).toEqual(['Albania cut ties with Iran on Wednesday.', 'The prime minister gave diplomats 24 hours to leave.']);
    for (const f of facts) expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('gives a paragraph of quotation with no verb of saying to the speaker of the sentence before it', () => {
    const said = '\u201cWe will answer in kind,\u201d the minister said.';
    const text = `${said}\n\n\u201cThe talks are over. No envoy will come back this year.\u201d`;
    const facts = buildFacts(userSource('user:q', text));
    expect(facts.map((f) => f.features.saidIn)).toEqual([undefined, said, said]);
  });

  it('takes "the group" further on in a sentence for the body named before it, and a claim naming the body as the same receiver', () => {
    const text = 'The MEK held a rally in Berlin on Saturday.\n\nSeveral German ministers have openly embraced the group since then.';
    const facts = buildFacts(userSource('user:g', text));
    expect(facts[1]!.features.terms).toContain('e:mek');
    const checker = new Checker([userSource('user:g', text)], facts);
    expect(checker.checkClaim('Several German ministers have openly spurned the MEK since the Berlin rally.').verdict).toBe('contradicted');
  });
});

describe('selections of several sentences', () => {
  it('leads with the gravest finding and says how many sentences it concerns', () => {
    const r = fresh().checkClaim('Albania cut ties with Iran on Wednesday. Iranian diplomats were given 48 hours to leave.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toMatch(/^1 of 2 sentences: contradicted\. .*24 hours, not 48 hours/);
    expect(r.evidence[0]!.stance).toBe('contradicts');
  });
});

describe('topic by what a sentence says, on its page', () => {
  const checker = fresh();
  const page = (title: string, ...sentences: string[]) => [title, ...sentences].join('\n\n');

  it('keeps a page about something else silent, Rama, Tirana and all', () => {
    const text = page(
      'Rama wins a fourth term as Socialists sweep the vote',
      'Prime Minister Edi Rama won a fourth term on Sunday, official results showed on Tuesday.',
      'The opposition leader accused the government of fraud and called a protest in Tirana on Friday.',
      'Rama said the vote showed that Albanians want to join the European Union by 2030.',
    );
    expect(checker.checkText(text)).toEqual([]);
  });

  it('marks only the sentences about the dispute on a page about something else', () => {
    const text = page(
      'Albania passes a new cyber security law',
      'Albania will spend more on protecting its networks over the next five years, the government said on Monday.',
      'Operators that break the rules face fines of up to ten million lek. The law also sets up a new agency to watch over critical networks.',
      'The law follows the cyberattack that Albania blamed on Iran in July 2022, which took e-Albania offline. Officials said the new agency will hire 80 staff.',
    );
    const marked = checker.checkText(text).map((r) => text.slice(r.start, r.end));
    expect(marked).toEqual(['The law follows the cyberattack that Albania blamed on Iran in July 2022, which took e-Albania offline.']);
  });

  it('lets the page\u2019s title and lead place a sentence that names neither side', () => {
    const text = page(
      'Albania cuts diplomatic ties with Iran over July cyberattack',
      'Albania severed diplomatic relations with Iran on Wednesday, blaming it for the July cyberattack.',
      'The embassy staff were seen burning documents on Thursday.',
    );
    const marked = checker.checkText(text).map((r) => text.slice(r.start, r.end));
    expect(marked).toContain('The embassy staff were seen burning documents on Thursday.');
  });

  it('lets its page decide a line that blames Iran for an attack', () => {
    const line = 'It was Iran that was behind the attack, he wrote.';
    const dispute = page('Albania cuts diplomatic ties with Iran over July cyberattack', 'Albania severed diplomatic relations with Iran on Wednesday, blaming it for the July cyberattack.', line);
    expect(checker.checkText(dispute).map((r) => dispute.slice(r.start, r.end))).toContain(line);
    const tanker = page('Oil tanker struck by drone off Oman', 'A drone hit a tanker in the Arabian Sea on Friday, killing two crew members.', line);
    expect(checker.checkText(tanker)).toEqual([]);
  });

  it('leaves the two countries\u2019 other history unmarked on a page about the dispute', () => {
    const history = 'In the 1980s communist Albania sided with Moscow while Iran fought Iraq.';
    const text = page(
      'Albania cuts diplomatic ties with Iran over July cyberattack',
      'Albania severed diplomatic relations with Iran on Wednesday, blaming it for the July cyberattack.',
      history,
    );
    const marked = checker.checkText(text).map((r) => text.slice(r.start, r.end));
    expect(marked).not.toContain(history);
    expect(marked).toContain('Albania severed diplomatic relations with Iran on Wednesday, blaming it for the July cyberattack.');
  });

  it('reads the MEK named alone by its page: a rally abroad is not the dispute', () => {
    const sentence = 'MEK supporters chanted slogans against the clerics for hours on Saturday.';
    const rally = page('Exiled Iranians rally in Paris', 'Thousands gathered in a Paris suburb on Saturday.', sentence);
    expect(checker.checkText(rally)).toEqual([]);
    expect(checker.checkClaim(sentence).verdict).not.toBe('offtopic');
  });

  it('takes a lone line a source states nearly whole as meant, though it names no event of the dispute', () => {
    const line = 'Belgian police foiled a 2018 plot against a rally of the Iranian opposition outside Paris, and an Iraqi diplomat was convicted of supplying explosives for it.';
    expect(checker.checkClaim(line).verdict).not.toBe('offtopic');
    // On a page about something else it is still the sources' own event, told of another
    // country's diplomat: that is the one note the page gets.
    expect(checker.checkText(['Exiles in Paris mark an anniversary', line].join('\n\n')).map((r) => r.verdict)).toEqual(['contradicted']);
    expect(checker.checkText(['Exiles in Paris mark an anniversary', 'Exiles in Paris gathered on Sunday to remember friends lost in the years of the revolution.'].join('\n\n'))).toEqual([]);
  });

  it('takes a lone line about Rama\u2019s day as off topic, and a lone line of the dispute as on', () => {
    expect(checker.checkClaim('Rama opened a new bridge in Tirana on Monday.').verdict).toBe('offtopic');
    for (const s of ['Iran blamed Albania for the July cyberattack.', 'Tehran praised the Albanian decision.', 'Albania kept its ties with Iran despite the cyberattack.']) {
      expect(checker.checkClaim(s).verdict, s).not.toBe('offtopic');
    }
  });
});

describe('details read as a reader would', () => {
  const checker = fresh();
  const verdict = (s: string) => checker.checkClaim(s).verdict;

  it('reads standing with a country, a manner word and all, as being its ally', () => {
    expect(verdict('Albania has stood firmly with the United States and the West since its communist government collapsed in the early 1990s.')).toBe('supported');
  });

  it('contradicts a day of the month where a source that states the claim gives another, though others give only the month', () => {
    expect(verdict('The hackers brought down all government websites on July 25.')).toBe('contradicted');
    expect(verdict('The hackers brought down all government websites in July.')).toBe('supported');
  });

  it('does not take a coarser date that holds a source\u2019s finer one ("this summer", "15 July") as backing another month', () => {
    expect(verdict('The attack on Albania began in June 2022.')).toBe('contradicted');
    expect(verdict('The attack on Albania began in July 2022.')).toBe('supported');
  });

  it('does not let the date of the sentence beside a source sentence back the claim\u2019s date', () => {
    expect(verdict('The United States removed the MEK from its terrorist list in 2009.')).toBe('contradicted');
    expect(verdict('The United States removed the MEK from its terrorist list in 2012.')).toBe('supported');
  });

  it('does not set a date of another party\u2019s act against the claim\u2019s party\u2019s', () => {
    expect(verdict('The EU delisted the MEK in 2009.')).not.toBe('contradicted');
  });

  it('reads a decade with a hyphened part ("the mid-1980s") as a date that may clash', () => {
    expect(verdict('Since the collapse of its communist government in the mid-1980s, Albania has been an ally of the United States.')).toBe('contradicted');
  });

  it('contradicts a request told as turned down where the sources tell it agreed to', () => {
    expect(verdict('In 2013 Albania rebuffed a request from Washington to take in members of the MEK.')).toBe('contradicted');
    expect(verdict('In 2013 Albania agreed to a request from Washington to take in members of the MEK.')).toBe('supported');
  });

  it('reads wanting to do a thing as aiming to, and holding to account as holding accountable', () => {
    expect(verdict('The prime minister said the hackers had wanted to paralyse public services.')).toBe('supported');
    expect(verdict('The United States said it would hold Iran to account for the cyberattack on Albania.')).toBe('supported');
  });

  it('takes diplomats ordered to leave as expelled', () => {
    expect(verdict('Albania expelled the Iranian embassy staff after it cut ties over the cyberattack.')).toBe('supported');
  });

  it('does not need a source to repeat a span from another event, nor compares it with the span of another event', () => {
    expect(verdict('Two months after the July cyberattack, Albania cut its diplomatic ties with Iran.')).toBe('supported');
    expect(verdict('Angered by the attack on its systems, the government decided to cut diplomatic relations with Iran two months later.')).not.toBe('contradicted');
  });

  it('compares a long span only with a span of the same thing', () => {
    expect(verdict('The July hack that led Albania to sever ties with Iran capped a year-long spying campaign against it.')).not.toBe('contradicted');
    expect(verdict('Albania gave the Iranian diplomats a full week to leave.')).toBe('contradicted');
  });

  it('dates the year after "earlier in", not the word "earlier"', () => {
    expect(verdict('Earlier in 2022, Albania said it had foiled several attacks planned by Iranian agents against the MEK.')).toBe('supported');
  });

  it('contradicts a day that clashes with the sources even where some give only the month', () => {
    const r = checker.checkClaim('Rama blamed Iran for a cyberattack on 22 July that hit government systems.');
    expect(r.verdict).toBe('contradicted');
    expect(r.evidence.some((e) => /15/.test(e.quote))).toBe(true);
  });

  it('contradicts the sources own event told with another culprit, though no source names that country', () => {
    expect(verdict('Rama accused Venezuela of the July 15 cyberattack on Albanian government systems.')).toBe('contradicted');
  });

  it('judges a background sentence the sources state in full, though it names no event of the dispute', () => {
    expect(verdict('The EU and Canada once listed the MEK as a terrorist organisation.')).toBe('supported');
  });

  it('contradicts a denial of what the source tells with a word of the same root, and says so plainly', () => {
    const r = checker.checkClaim('The US called the attack unprecedented, saying it had not violated the peacetime norm against damaging critical infrastructure.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toBe('The sources say it without \u201cnot violated\u201d.');
  });

  it('reads "had not ... until" as the act coming later, not as a denial', () => {
    expect(verdict('Tirana had not publicly spoken about the alleged attack until Rama did so on Wednesday.')).not.toBe('contradicted');
  });

  it('contradicts a claim that affirms what the source sentence stating it denies, in other words', () => {
    const r = checker.checkClaim('John Hultquist said the attack on Albania showed that the most aggressive Iranian cyber activity stays confined to the Middle East.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toBe('The sources say by no means limited, not confined.');
    expect(verdict('John Hultquist said the attack on Albania showed that the most aggressive Iranian cyber activity is not limited to the Middle East.')).toBe('supported');
  });

  it('contradicts a claim that denies what the source sentence stating it affirms', () => {
    expect(verdict('Rama said the July attack on government systems was far from a failure.')).not.toBe('supported');
    expect(verdict('Iran has never objected to Albania hosting members of the MEK.')).toBe('contradicted');
  });
});

describe('who says what', () => {
  const checker = fresh();
  const verdict = (s: string) => checker.checkClaim(s).verdict;

  it('reads a stance told with "be" as taken by the speaker towards the subject', () => {
    expect(verdict('The Iranian foreign ministry said the Albanian government’s decision was thoughtless.')).toBe('supported');
    expect(verdict('Iran’s foreign ministry said the Albanian decision was short-sighted.')).toBe('supported');
  });

  it('contradicts a line read alone that gives a source sentence\u2019s words to another speaker', () => {
    expect(verdict('James Cleverly said the attack had failed in its purpose and that the damage could be considered minimal compared to what the attackers wanted.')).toBe('contradicted');
  });

  it('backs a report of what a speaker said with that speaker\u2019s own words, though other sources say otherwise', () => {
    expect(verdict('Rama said the attackers had failed to erase data permanently.')).toBe('supported');
    expect(verdict('The US said the hackers had destroyed data.')).toBe('supported');
  });

  it('contradicts a report of what a speaker said with that speaker’s own words, though other sources say it', () => {
    expect(verdict('Rama said the hackers had irreversibly erased the government’s data.')).toBe('contradicted');
  });

  it('does not set a denial against a charge made against someone else, or by the charged party itself', () => {
    expect(verdict('Rama denied that the MEK had been behind the cyberattack.')).not.toBe('contradicted');
    expect(verdict('Iran\u2019s foreign ministry denied that Iran had been behind the July cyberattack.')).not.toBe('contradicted');
  });

  it('contradicts a party said to deny a charge the sources have it make, and only a charge', () => {
    expect(verdict('Albania\u2019s prime minister denied that Iran had been behind the July cyberattack.')).toBe('contradicted');
    expect(verdict('Tehran denied that it had been behind the July cyberattack.')).toBe('supported');
    // Rama did say no data was irreversibly deleted: denying the deletion is no charge denied.
    expect(verdict('Rama denied that the attack had wiped out the data for good.')).not.toBe('contradicted');
  });

  it('contradicts words the sources give to one speaker when the claim gives them to another', () => {
    expect(verdict('Mandiant said the Albanian government’s decision was thoughtless and short-sighted.')).toBe('contradicted');
    expect(verdict('Albania’s foreign ministry said the decision was thoughtless and short-sighted.')).not.toBe('supported');
  });

  it('holds a title to its side: Albania’s president did not announce the break, though Iran’s has a place in the sources', () => {
    expect(verdict('The president of Albania announced the severing of diplomatic relations with Iran.')).toBe('contradicted');
    expect(verdict('Albania’s prime minister announced the severing of diplomatic relations with Iran.')).toBe('supported');
  });

  it('reads the act of a clause a speaker reports as the clause’s, not the speaker’s', () => {
    expect(verdict('The prime minister told reporters that the July cyberattack had failed.')).toBe('supported');
  });
});

describe('stances and admissions in other words', () => {
  const checker = fresh();
  const verdict = (s: string) => checker.checkClaim(s).verdict;

  it('reads accepting a decision as a stance on it, which the sources\u2019 scorn contradicts', () => {
    expect(verdict('Tehran accepted the Albanian decision.')).toBe('contradicted');
  });

  it('does not back an act the claim denies with the words of the act', () => {
    expect(verdict('NATO declined to back Albania after the cyberattack.')).not.toBe('supported');
  });

  it('does not set one party\u2019s stance against another party\u2019s opposite stance', () => {
    expect(verdict('NATO allies welcomed Albania\u2019s decision to cut ties with Iran.')).not.toBe('contradicted');
  });

  it('contradicts one side told to leave where the sources tell the other side leaving it', () => {
    expect(verdict('Tehran ordered the Albanian ambassador to leave within 24 hours.')).toBe('contradicted');
    expect(verdict('The Iranian diplomats had 24 hours to leave.')).toBe('supported');
  });

  it('contradicts backing the wrong party, though a source calls that party "US-backed"', () => {
    expect(verdict('The MEK supported the Shah during the revolution.')).toBe('contradicted');
  });

  it('takes a quality the claim asserts as what it says, even in a word that elsewhere only frames', () => {
    expect(verdict('The US said Iran\u2019s conduct was acceptable in cyberspace.')).not.toBe('supported');
  });

  it('reads calling a decision wise as praising it, which the sources\u2019 scorn contradicts, and keeps an ally\u2019s praise apart from it', () => {
    expect(verdict('Iran called the Albanian decision wise and far-sighted.')).toBe('contradicted');
    expect(verdict('NATO allies said Albania\u2019s decision was justified.')).not.toBe('contradicted');
  });

  it('takes a body every country has, named with no country, as no other doer', () => {
    expect(verdict('In Tehran, the foreign ministry rejected Albania\u2019s accusation as baseless.')).toBe('supported');
    expect(verdict('The Albanian foreign ministry rejected the accusations as baseless.')).toBe('contradicted');
  });

  it('reads conceding and owning up as admitting', () => {
    expect(verdict('Iran conceded that it was behind the July cyberattack on Albania.')).toBe('contradicted');
    expect(verdict('Iran owned up to the cyberattack on Albania.')).toBe('contradicted');
  });
});

describe('another culprit for the sources own event', () => {
  it('contradicts a claim that puts another country behind the July 15 attack', () => {
    expect(fresh().checkClaim('The United States concluded that Russia was behind the reckless July 15 cyberattack on Albania.').verdict).toBe('contradicted');
  });

  it('takes a claim that puts another country behind the attack on Albania as about the dispute, and does not back it', () => {
    const verdict = fresh().checkClaim('The FBI found that China sponsored the July cyberattack on Albania.').verdict;
    expect(verdict).not.toBe('offtopic');
    expect(verdict).not.toBe('supported');
  });
});

describe('a source sentence the claim retells', () => {
  const checker = fresh();

  it('dates the same event when each has one date, wherever the date stands', () => {
    const r = checker.checkClaim('Belgian police foiled a 2016 plot against an Iranian opposition rally near Paris, and an Iranian diplomat was convicted of supplying the explosives.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toMatch(/2018, not 2016/);
    expect(checker.checkClaim('Belgian police foiled a 2018 plot against an Iranian opposition rally near Paris, and an Iranian diplomat was convicted of supplying the explosives.').verdict).toBe('supported');
  });

  it('takes a body named beside an act the lexicon knows as named by the source that tells the act', () => {
    expect(checker.checkClaim('Iran\u2019s Foreign Ministry denied that Tehran was behind any cyberattack on websites of the Albanian government.').verdict).toBe('supported');
  });

  it('contradicts a claim that an act goes on where the source tells it as over', () => {
    const r = checker.checkClaim('Canada and Japan still designate the MEK as a terrorist organisation.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toMatch(/previously designated, not still designate/);
    expect(checker.checkClaim('Canada and Japan designated the MEK as a terrorist organisation.').verdict).toBe('supported');
  });

  it('finds the sources disagreeing on an act of a long claim, though the source that tells it otherwise states little else of it', () => {
    const r = checker.checkClaim('NATO allies condemned Iran over the attack on Albania\u2019s government, which destroyed data and disrupted services such as booking medical appointments.');
    expect(r.verdict).toBe('mixed');
    expect(r.details?.find((d) => d.text === 'destroyed')?.outcome).toBe('disputed');
  });

  it('contradicts another country in the place of a side, and names the side once', () => {
    const r = checker.checkClaim('The United States and the United Kingdom, both NATO allies, condemned the Chinese state for the cyber attack against Albania\u2019s government.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toBe('The sources say Iranian, not Chinese.');
  });
});

describe('the receiver of an act whose doer neither names', () => {
  it('contradicts another country\u2019s diplomat convicted over the plot the sources tell, and backs the sources\u2019 own', () => {
    const checker = fresh();
    const r = checker.checkClaim('A Syrian diplomat was convicted of supplying the explosives for the 2018 plot against an Iranian opposition rally outside Paris.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toMatch(/\(Iran\), not .*\(Syria\)/);
    expect(checker.checkClaim('An Iranian diplomat was convicted of supplying the explosives for the 2018 plot against an Iranian opposition rally outside Paris.').verdict).toBe('supported');
  });
});

describe('another receiver of an act the sides do to each other', () => {
  it('contradicts a break with another country than the one the sources name, where a source leaves the receiver unsaid', () => {
    const checker = fresh();
    const r = checker.checkClaim('On Wednesday Albania severed diplomatic relations with Montenegro over the July cyberattack it had blamed on Podgorica.');
    expect(r.verdict).toBe('contradicted');
    expect(r.reason).toMatch(/\(Iran\)/);
    expect(checker.checkClaim('On Wednesday Albania severed diplomatic relations with Iran over the July cyberattack it had blamed on Tehran.').verdict).toBe('supported');
  });
});

describe('measures that describe a thing', () => {
  it('sets a length that describes a thing only beside a length of the same thing', () => {
    const checker = fresh();
    expect(checker.checkClaim('In July the MEK called off its three-day summit in Albania, citing terrorist threats.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Iran\u2019s diplomats were handed a three-day deadline to leave Albania.').verdict).toBe('contradicted');
  });
});

describe('dates of different events', () => {
  it('finds no dispute between the sources where one dates the leaving and another the attack', () => {
    const checker = fresh();
    expect(checker.checkClaim('Riot police searched the Iranian embassy after Albania cut ties with Iran over a cyberattack it blamed on Tehran on September 8.').verdict).not.toBe('mixed');
    expect(checker.checkClaim('The MEK moved to Albania in 2016.').verdict).toBe('mixed');
  });

  it('dates the sources\u2019 own attack by the dates they give it by name, where a sentence retells the claim without one', () => {
    const checker = fresh();
    const claim = (when: string) => `Analysts said the ${when} cyber-attack aimed at pressuring Albania over the MEK.`;
    const march = checker.checkClaim(claim('March'));
    expect(march.verdict).toBe('contradicted');
    expect(march.reason).toMatch(/July/);
    expect(checker.checkClaim(claim('mid-July')).verdict).toBe('supported');
    // Another attack that no sentence retells is left to the sentences that speak of it.
    expect(checker.checkClaim('Rama said the September attack on the border police system was the work of the same hand.').verdict).not.toBe('contradicted');
    // ... and so is one named beside the attack a sentence retells.
    expect(checker.checkClaim('The cyber-attack aimed at pressuring Albania on MEK, analysts said, as did the October attack.').verdict).not.toBe('contradicted');
    // A month in which the sources date some other event does not back the attack's.
    expect(checker.checkClaim('It was the first time Tirana had spoken out about the alleged June attack.').verdict).toBe('contradicted');
    // An attack on someone else, or several attacks, may be other attacks.
    expect(checker.checkClaim('The cyberattack on Iran took place in October.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Iranian hackers carried out attacks in July and September.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Iran, itself a target of the October cyberattack on its gas stations, rejects any use of cyberspace to attack other countries.').verdict).not.toBe('contradicted');
    // A claim that says only when the attack was is set against the dates the sources give it.
    expect(checker.checkClaim('The cyberattack happened on 15 August 2022.').verdict).toBe('contradicted');
    expect(checker.checkClaim('The cyberattack happened on 15 July 2022.').verdict).toBe('supported');
  });
});

describe('taking in words, not people', () => {
  it('does not read accepting a finding as taking people in', () => {
    const checker = fresh();
    // Without the sense, "accepted" met the sources' welcoming of the MEK, and the claim was supported.
    expect(checker.checkClaim('Allies accepted the conclusions of Albania attributing responsibility for the cyber attack to the Iranian government.').verdict).not.toBe('supported');
    expect(checker.checkClaim('Albania agreed to accept members of the MEK in 2013 at the request of Washington and the United Nations.').verdict).toBe('supported');
  });
});

describe('dates in an aside about a person', () => {
  it('does not set a date of the speaker\u2019s own story against the date of what the speaker said', () => {
    const checker = fresh();
    const r = checker.checkClaim('Rama, who has been prime minister since 2013, said on Wednesday that Albania had cut its diplomatic ties with Iran.');
    expect(r.verdict).not.toBe('contradicted');
    expect(r.verdict).not.toBe('supported');
    // A deed in the aside is dated all the same.
    expect(checker.checkClaim('The MEK, who were moved to Albania in 2019, live in a closed camp near Durres.').verdict).toBe('contradicted');
  });
});

describe('aims', () => {
  it('does not set what hackers tried to do against whether it was done', () => {
    const checker = fresh();
    expect(checker.checkClaim('Hackers linked to Iran tried to wipe data from Albanian government servers in the July attack.').verdict).not.toBe('mixed');
    expect(checker.checkClaim('The White House declined to condemn the Iranian cyberattack on Albania.').verdict).toBe('contradicted');
  });
});

describe('a lone line the sources state nearly whole', () => {
  it('is judged against every source that speaks to it, so the sources\u2019 disagreement shows', () => {
    expect(fresh().checkClaim('The July attack on Albanian government servers wiped their data.').verdict).toBe('mixed');
  });
});

describe('kinds of a thing', () => {
  it('takes ransomware as a cyberattack for the topic, but not as stated where the sources only say cyberattack', () => {
    const checker = fresh();
    expect(checker.checkClaim('Iranian hackers hit Albania\u2019s government with ransomware in July 2022.').verdict).toBe('partly');
    expect(checker.checkClaim('Iranian hackers hit Albania\u2019s government with a cyberattack in July 2022.').verdict).toBe('supported');
  });
});

describe('who acts for whom', () => {
  it('takes a spokeswoman\u2019s act as her government\u2019s, not as another doer\u2019s', () => {
    expect(fresh().checkClaim('Adrienne Watson of the National Security Council strongly condemned the Iranian cyberattack against Albania.').verdict).toBe('supported');
  });
});

describe('opposite outcomes', () => {
  it('contradicts attacks told as carried out where the source tells them thwarted, whatever words stand next to each', () => {
    const checker = fresh();
    expect(checker.checkClaim('In 2022 Albania said Iranian agents had succeeded in staging several attacks on the MEK.').verdict).toBe('contradicted');
    expect(checker.checkClaim('In 2022 Albania said it had foiled several attacks by Iranian agents on the MEK.').verdict).toBe('supported');
  });

  it('does not need a source to give "several" of something, though it may clash', () => {
    expect(fresh().checkClaim('The July 15 cyberattack shut down several Albanian government websites.').verdict).toBe('supported');
  });

  it('contradicts a single attack foiled where the sources say several', () => {
    expect(fresh().checkClaim('In 2022 Albania said it had foiled a single attack by Iranian agents on the MEK.').verdict).toBe('contradicted');
  });
});

describe('an event called off or held', () => {
  it('contradicts a summit told as held where the sources tell it called off', () => {
    const checker = fresh();
    expect(checker.checkClaim('The MEK went ahead with its July summit in Albania despite the government\u2019s advice.').verdict).toBe('contradicted');
    expect(checker.checkClaim('The MEK called off its July summit in Albania on the government\u2019s advice.').verdict).toBe('supported');
  });
});

describe('clearing someone', () => {
  it('contradicts a claim that clears whom the sources blame', () => {
    expect(fresh().checkClaim('Rama cleared Iran of any part in the July cyberattack on Albania\u2019s government.').verdict).toBe('contradicted');
  });
});

describe('another name in a name\u2019s place', () => {
  it('contradicts another country among the words where the sources name one the claim gives elsewhere', () => {
    const checker = fresh();
    expect(checker.checkClaim('In 2018 Albania expelled two Iranian diplomats over a plot against an Israel-Croatia football match.').verdict).toBe('contradicted');
    expect(checker.checkClaim('In 2018 Albania expelled two Iranian diplomats over a plot against an Israel-Albania football match.').verdict).toBe('supported');
  });

  it('contradicts another government advising where the claim names the sources\u2019 country elsewhere', () => {
    const checker = fresh();
    expect(checker.checkClaim('The MEK called off its July summit in Albania at the recommendation of the US government, citing security reasons.').verdict).toBe('contradicted');
    expect(checker.checkClaim('The MEK called off its July summit in Albania at the recommendation of the Albanian government, citing security reasons.').verdict).toBe('supported');
  });

  it('contradicts a name nobody knows that stands where the sources name someone, and only there', () => {
    const checker = fresh();
    const firm = checker.checkClaim('The US cybersecurity firm Volexity had publicly attributed the July attack to Iran in August.');
    expect(firm.verdict).toBe('contradicted');
    expect(firm.reason).toContain('Mandiant');
    // The same words on the other side of the name put it somewhere else.
    expect(checker.checkClaim('In 2018 Albania expelled two Iranian diplomats, including the ambassador, over a plot against a football match at the Loro Borici stadium.').verdict).not.toBe('contradicted');
  });

  it('contradicts a stranger given the office of the person the sources name in that place, but not one who only narrows a place', () => {
    const checker = fresh();
    expect(checker.checkClaim('Prime Minister Ilir Dervishi on Wednesday accused Iran of conducting a July 15 cyberattack on Albanian institutions.').verdict).toBe('contradicted');
    // Ghent is in Belgium, whose police the sources name: no other police.
    expect(checker.checkClaim('In 2018, police in Ghent foiled a terrorist attack aimed at an Iranian opposition rally outside Paris.').verdict).not.toBe('contradicted');
  });

  it('reads a name nobody knows as a name, not as a word the sources use', () => {
    const checker = fresh();
    // "Future" is not the sources' "digital future", nor "Berat" their "scolded" (berated).
    expect(checker.checkClaim('The cybersecurity firm Recorded Future had publicly attributed the July attack to Iran in August.').verdict).not.toBe('supported');
    expect(checker.checkClaim('Prime Minister Edi Rama, speaking in Berat, accused Iran of conducting a July 15 cyberattack on Albanian institutions.').verdict).not.toBe('supported');
  });

  it('does not count an office held once, or another office, as the place of the one who holds it', () => {
    const checker = fresh();
    expect(checker.checkClaim('Former Prime Minister Sali Berisha on Wednesday accused Iran of conducting a July 15 cyberattack on Albanian institutions.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Deputy Prime Minister Belinda Balluku on Wednesday accused Iran of conducting a July 15 cyberattack on Albanian institutions.').verdict).not.toBe('contradicted');
  });

  it('reads a city as a place in its country, neither the country itself nor another one', () => {
    const checker = fresh();
    const cities = checker.checkClaim('The groups behind the attack on Albania had also attacked Tel Aviv and Dubai.').verdict;
    expect(cities).not.toBe('supported');
    expect(cities).not.toBe('contradicted');
    // Where the diplomats flew is no other country than the one they had to leave.
    expect(checker.checkClaim('Iranian diplomats and embassy staff left Tirana for Istanbul within 24 hours.').verdict).not.toBe('contradicted');
  });

  it('does not set a reporter who relays the break against the prime minister who announced it', () => {
    const checker = fresh();
    expect(checker.checkClaim('Correspondent Ardit Hoxha said Albania cut diplomatic ties with Iran on Wednesday.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Columnist Maria Lopez wrote that Albania had severed ties with Iran over the July cyberattack.').verdict).not.toBe('contradicted');
  });

  it('contradicts another region of the world where the sources name the Middle East', () => {
    const checker = fresh();
    const claim = (region: string) => `Mandiant's John Hultquist said the attack on Albania is a reminder that the most aggressive Iranian cyber activity, generally focused in ${region}, is by no means limited to it.`;
    expect(checker.checkClaim(claim('Latin America')).verdict).toBe('contradicted');
    expect(checker.checkClaim(claim('the Middle East region')).verdict).toBe('supported');
  });

  it('contradicts another Albanian town where the sources place the MEK\u2019s compound near Tirana', () => {
    expect(fresh().checkClaim('About 1,000 MEK members live in a closed, heavily guarded compound 40km outside of Elbasan.').verdict).toBe('contradicted');
  });

  it('reads West Asia as the Middle East, and a region added to it as no other region', () => {
    const checker = fresh();
    expect(checker.checkClaim('In January, the US military implicated Iran in several cyberattacks across West Asia.').verdict).toBe('supported');
    expect(checker.checkClaim('In January, the US military implicated Iran in several cyberattacks across the Middle East and Central Asia.').verdict).not.toBe('contradicted');
  });

  it('contradicts a country or body in the very place of another party in the sentence that states the rest', () => {
    const checker = fresh();
    expect(checker.checkClaim('Albania agreed to accept members of the MEK in 2013 at the request of NATO and the United Nations.').verdict).toBe('contradicted');
    expect(checker.checkClaim('In 2022, Albania said it had thwarted several attacks that Turkish agents had planned against the Iranian opposition group.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Albania agreed to accept members of the MEK in 2013 at the request of Washington and the United Nations.').verdict).toBe('supported');
  });

  it('reads another country condemning the attack as another voice, not another name in the United States\u2019 place', () => {
    const checker = fresh();
    expect(checker.checkClaim('Norway strongly condemned Iran\u2019s cyberattack on its NATO ally Albania.').verdict).not.toBe('contradicted');
    // A deed the sources give one party is still another's only in its place.
    expect(checker.checkClaim('Albania agreed to accept members of the MEK in 2013 at the request of NATO and the United Nations.').verdict).toBe('contradicted');
  });

  it('does not read a country that describes a company as a party in a body\u2019s place', () => {
    expect(fresh().checkClaim('Experts from the FBI and Microsoft helped Albania bring its systems back online.').verdict).not.toBe('contradicted');
  });

  it('does not set a country of a list against another of the same list', () => {
    expect(fresh().checkClaim('NATO allies including the United States, Britain and Canada condemned the Iranian state over the attack on Albania.').verdict).not.toBe('contradicted');
  });
});

describe('casualties told with "were"', () => {
  it('backs the toll of the 1981 crackdown told in other words, and contradicts another toll', () => {
    const checker = fresh();
    expect(checker.checkClaim('The Revolutionary Guards crushed the MEK\u2019s 20 June 1981 protests; 50 people were killed and 1,000 were arrested.').verdict).toBe('supported');
    expect(checker.checkClaim('The Revolutionary Guards crushed the MEK\u2019s 20 June 1981 protests, and 90 people were killed.').verdict).toBe('contradicted');
  });
});

describe('the embassy\u2019s people', () => {
  it('takes embassy employees and diplomatic representatives as the diplomats the sources tell', () => {
    expect(fresh().checkClaim('Tirana gave the Iranian embassy employees 24 hours to leave Albania.').verdict).toBe('supported');
  });
});

describe('other names for Iran\u2019s state', () => {
  it('reads "the theocracy" and "the clerical regime" as Iran', () => {
    expect(fresh().checkClaim('Albania accused the theocracy of the July cyberattack on its government.').verdict).toBe('supported');
  });
});

describe('finding something out', () => {
  it('takes "ascertained" or "determined" that Iran was behind it as the sources\u2019 "concluded"', () => {
    expect(fresh().checkClaim('US officials ascertained that Tehran was responsible for the July 15 cyberattack.').verdict).toBe('supported');
  });
});

describe('giving evidence', () => {
  it('takes evidence "produced" as the sources\u2019 evidence provided', () => {
    expect(fresh().checkClaim('Rama said investigators had produced indisputable evidence that Iran sponsored the attack through four groups.').verdict).toBe('supported');
  });
});

describe('titles', () => {
  it('takes a title beside a person\u2019s name as saying who the person is, not as a detail a source must give', () => {
    expect(fresh().checkClaim('Adrienne Watson, spokeswoman for the National Security Council, said the United States had concluded that Iran was responsible for the July 15 attack that knocked Albanian government websites offline.').verdict).toBe('supported');
  });
});

describe('epithets', () => {
  it('takes an adjective before a name as what the writer makes of the party, and one before a plain noun as part of the claim', () => {
    const checker = fresh();
    expect(checker.checkClaim('The hardline Tehran government rejected the accusation.').verdict).toBe('supported');
    expect(checker.checkClaim('The Tehran government rejected the written accusation.').verdict).toBe('partly');
  });
});

describe('parts of a month', () => {
  it('contradicts "the end of September" where the sources give the 8th, and agrees with "mid-July" for the 15th', () => {
    const checker = fresh();
    expect(checker.checkClaim('Iranian diplomats were told they had until the end of September to leave Albania.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Rama blamed Iran for the mid-July cyberattack on government systems.').verdict).toBe('supported');
  });
});

describe('ranks', () => {
  it('needs a source that ranks the same thing: a first time of something else does not make Albania the first state to do it', () => {
    expect(verdictsOf(
      'Albania was the first state ever to sever relations with another country because of a hacking attack.',
      'Albania severed relations with Iran because of a hacking attack.',
    )).toEqual(['partly', 'supported']);
  });
});

describe('an opposite act of another thing set aside', () => {
  it('backs "backed the decision" by support for it, once the condemnation of the other side is no answer to it', () => {
    const checker = fresh();
    expect(checker.checkClaim('The US and Britain backed Albania\u2019s decision and condemned Iran over the attack.').verdict).toBe('supported');
    expect(checker.checkClaim('The US and Britain declined to back Albania\u2019s decision and condemned Iran over the attack.').verdict).not.toBe('supported');
  });
});

describe('offices', () => {
  it('backs "the prime minister said" by what Rama said, and not another office', () => {
    const checker = fresh();
    expect(checker.checkClaim('The prime minister said the damage from the attack was minimal.').verdict).toBe('supported');
    expect(checker.checkClaim('The foreign minister said the damage from the attack was minimal.').verdict).not.toBe('supported');
  });

  it('does not read a quoted purpose of the attack as done by the one who accuses', () => {
    expect(fresh().checkClaim('The premier accused Tehran of hacking government data during the July attack.').verdict).toBe('supported');
  });
});

describe('seasons', () => {
  it('reads "in the summer" as the summer months: it fits a July attack, and spring does not', () => {
    expect(verdictsOf(
      'Albania cut ties with Iran over a cyberattack in the summer.',
      'Albania cut ties with Iran over a cyberattack in the spring.',
    )).toEqual(['supported', 'contradicted']);
  });
});

describe('words that only look alike', () => {
  it('does not take "severe" for "severed": damage Rama called minimal is not backed as severe by the ties cut', () => {
    expect(fresh().checkClaim('Rama said the damage from the attack was severe.').verdict).not.toBe('supported');
  });
});

describe("a party's own denial", () => {
  it('backs a party saying it did not do what it is charged with where a source has it deny the charge, and still contradicts another saying so', () => {
    const checker = fresh();
    expect(checker.checkClaim('Iran said it was not behind the cyberattack.').verdict).toBe('supported');
    expect(checker.checkClaim('Tehran insisted it had not carried out the cyberattack.').verdict).toBe('supported');
    expect(checker.checkClaim('Rama said Iran was not behind the cyberattack.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Iran said it was behind the cyberattack.').verdict).not.toBe('supported');
    // A denial of something the party is not said to deny is no denial of the charge.
    expect(checker.checkClaim('Iran said it had not cut ties with Albania.').verdict).not.toBe('supported');
  });
});

describe('a stance given while saying something', () => {
  it("reads the stance of \", saying it was ...\" as the subject's, so the sources' stance backs it and its opposite contradicts it", () => {
    const checker = fresh();
    expect(checker.checkClaim("Iran called Albania's decision rash, saying it was short-sighted.").verdict).toBe('supported');
    expect(checker.checkClaim("Iran called Albania's decision rash, saying it was wise.").verdict).toBe('contradicted');
  });
});

describe('who does what an infinitive tells', () => {
  it("sets another doer of an act told by an infinitive against the sources' doer", () => {
    const checker = fresh();
    expect(checker.checkClaim('Washington vowed to hold Tehran accountable.').verdict).toBe('supported');
    expect(checker.checkClaim('Watson said Albania would hold Iran accountable.').verdict).toBe('contradicted');
  });
});

describe('acts told as over', () => {
  it('backs "no longer" and "not ... any more" by an act the sources tell as over, and still contradicts a plain past denial, "never" and "still"', () => {
    const checker = fresh();
    expect(checker.checkClaim('The United States no longer designates the MEK as a terrorist organisation.').verdict).toBe('supported');
    expect(checker.checkClaim('The EU did not designate the MEK as a terrorist organisation.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Japan does not designate the MEK a terrorist organisation any more.').verdict).toBe('supported');
    expect(checker.checkClaim('The MEK was never designated a terrorist organisation by the EU.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Canada still designates the MEK a terrorist organisation.').verdict).toBe('contradicted');
  });
});

describe('whose side a relative clause puts a party on', () => {
  it('contradicts the MEK fighting alongside Iran, in a relative clause or not', () => {
    const checker = fresh();
    expect(checker.checkClaim('The MEK fought alongside Iranian forces against Saddam Hussein.').verdict).toBe('contradicted');
    expect(checker.checkClaim('The MEK, which fought alongside Iranian forces against Saddam Hussein, now lives in Albania.').verdict).toBe('contradicted');
    expect(checker.checkClaim('The MEK fought alongside Saddam Hussein.').verdict).toBe('supported');
  });
});

describe('sayings dated after the sources', () => {
  it('does not set the year of a later saying against the day the sources date the first, and still does for an earlier one', () => {
    const checker = fresh();
    expect(checker.checkClaim('Rama told reporters in 2024 that relations with Tehran would stay cut.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Rama said in 2021 that Albania had cut ties with Iran.').verdict).toBe('contradicted');
  });
});

describe('acts told as only possible', () => {
  it('does not set what may come, in the claim\u2019s own voice, against what the sources tell done; what someone said may come, and the act told as done, are still answered', () => {
    const checker = fresh();
    expect(checker.checkClaim('Tirana might soon mend its ties with Tehran.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Tehran said the decision might be wise.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Tirana mended its ties with Tehran.').verdict).toBe('contradicted');
  });
});

describe('headlines', () => {
  it('reads the verb of a headline with no full stop, so a swapped actor is contradicted', () => {
    const checker = fresh();
    expect(checker.checkClaim('Iran cuts diplomatic ties with Albania over cyberattack').verdict).toBe('contradicted');
    expect(checker.checkClaim('Tehran praises Tirana\u2019s decision').verdict).toBe('contradicted');
  });
});

describe('affirming what a source denies', () => {
  it('contradicts a claim that affirms what a sentence stating most of it denies, though another sentence states more of it', () => {
    expect(fresh().checkClaim("Hultquist said Iran's destructive cyber operations will stay confined to the Middle East.").verdict).toBe('contradicted');
  });
});

describe('ties had now', () => {
  it('contradicts ties told as had now, backs them told as no longer had, and leaves a relationship and history alone', () => {
    const checker = fresh();
    expect(checker.checkClaim('Tirana still has diplomatic relations with Tehran.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Tirana no longer has diplomatic relations with Tehran.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('The United States no longer has diplomatic relations with Albania.').verdict).not.toBe('supported');
  });

  it('reads ties had as both sides\u2019, whichever is named first, but not with a third party', () => {
    const checker = fresh();
    expect(checker.checkClaim('Tehran still has diplomatic relations with Tirana.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Tirana and Tehran have diplomatic relations.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Tehran still has diplomatic relations with Washington.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Iran cut diplomatic ties with Albania.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Tirana has no diplomatic relations with Tehran.').verdict).toBe('supported');
    expect(checker.checkClaim('Tirana has never had diplomatic relations with Tehran.').verdict).not.toBe('supported');
  });
});

describe('mends after a review', () => {
  it("backs a party's own denial only of the very thing it is said to deny, and reads 'they' after a plural speaker as the speakers", () => {
    const checker = fresh();
    expect(checker.checkClaim('Iran said it was not behind the cyberattacks on Israeli hospitals.').verdict).not.toBe('supported');
    expect(checker.checkClaim('Iranian officials said they were not behind the July cyberattack on Albania.').verdict).toBe('supported');
    expect(checker.checkClaim('Iran said it was not behind the July cyberattack on Albania.').evidence[0]?.factId).toBeDefined();
  });

  it('takes no subject from an opening phrase or a possessor', () => {
    const checker = fresh();
    expect(checker.checkClaim('After the Albanian announcement, Tehran put out a statement, saying the decision was thoughtless.').verdict).not.toBe('contradicted');
    expect(checker.checkClaim('Tehran\u2019s hackers hit Albania in July, and it expelled the Iranian envoys in September.').verdict).not.toBe('contradicted');
  });

  it('compares a share, bounded or not, with the share the sources count, and leaves "N in M hours" a count in a time', () => {
    const checker = fresh();
    expect(checker.checkClaim('More than nine in ten e-Albania services were working again after the attack.').verdict).toBe('supported');
    expect(checker.checkClaim('Fewer than nine in ten e-Albania services were working again after the attack.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Only one in ten e-Albania services was working again after the attack.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Albania told all 15 Iranian diplomats to leave within 24 hours.').verdict).toBe('supported');
  });
});

describe('contractions', () => {
  it("gives the same verdict whether a pronoun's helping verb is written out or cliticised", () => {
    const checker = fresh();
    const full = checker.checkClaim('Rama said they would have 24 hours to leave Albania.').verdict;
    expect(full).toBe('supported');
    expect(checker.checkClaim("Rama said they'd have 24 hours to leave Albania.").verdict).toBe(full);
    expect(checker.checkClaim("Rama said they'd have a week to leave Albania.").verdict).toBe('contradicted');
  });
});

describe('plain words told in related words', () => {
  it('backs a word WordNet relates to one of the sentence stating the rest of the claim, and not when another word goes unstated', () => {
    const checker = fresh();
    expect(checker.checkClaim('In 2004 the US government granted the MEK protection under the Geneva Convention.').verdict).toBe('supported');
    expect(checker.checkClaim('In 2004 the US government granted the MEK protection under the Geneva Convention as a favour to Saudi diplomats.').verdict).not.toBe('supported');
  });
});

describe('a stance on the decision, by any of its names', () => {
  it('contradicts Iran praising the move as wise, where Iran called the decision rash, and backs its scorn for "the move"', () => {
    expect(verdictsOf(
      'Iran hailed the Albanian move as wise.',
      'Tehran welcomed Albania\u2019s decision as a sensible and prudent step.',
      'Iran condemned the Albanian move as short-sighted.',
    )).toEqual(['contradicted', 'contradicted', 'supported']);
  });
});

describe('no comment yet', () => {
  it('backs the embassy not commenting on the decision by the source where it did not comment on the move, not denied by "has yet to comment"', () => {
    expect(['supported', 'partly', 'unverified']).toContain(fresh().checkClaim('The Iranian embassy in Tirana gave no immediate comment on the decision.').verdict);
    expect(fresh().checkClaim('The Iranian embassy in Tirana did not immediately comment on the decision.').verdict).toBe('supported');
  });
});

describe('passives spelt as the verb', () => {
  it('does not read "relations with Iran would be cut" as Iran cutting them', () => {
    expect(fresh().checkClaim('On Wednesday Rama announced that diplomatic relations with Iran would be cut.').verdict).toBe('supported');
  });
});

describe('a perfect denied', () => {
  it('contradicts "had not informed NATO" where Rama said Albania informed its allies and NATO', () => {
    expect(fresh().checkClaim('Rama said Albania had not informed NATO.').verdict).toBe('contradicted');
  });
});

describe('who was condemned', () => {
  it('contradicts the White House condemning Albania, where it condemned the attack on Albania, and backs the condemnation of the attack', () => {
    expect(verdictsOf(
      'The White House condemned Albania over the cyberattack.',
      'The White House condemned the cyberattack on Albania.',
    )).toEqual(['contradicted', 'supported']);
  });
});

describe('a measure of something else', () => {
  it('does not set the day the diplomats had against the weeks an investigation took', () => {
    expect(fresh().checkClaim('Albania cut ties with Iran and gave its diplomats a day to leave, after an investigation concluded that Tehran was behind a July cyberattack.').verdict).toBe('supported');
  });
});

describe('the date of a short claim', () => {
  it('contradicts the attack placed in March where sources stating the rest of it give July, and backs the summer of 2022', () => {
    expect(verdictsOf(
      'The cyberattack on Albania took place in March 2022.',
      'The cyberattack on Albania happened in the summer of 2022.',
    )).toEqual(['contradicted', 'supported']);
  });
});

describe('what an accusation is about', () => {
  it('contradicts Albania accusing Iran of hosting terrorists, where Iran accuses Albania of it, whatever Albania accused Iran of', () => {
    expect(verdictsOf(
      'Albania accuses Iran of hosting terrorists.',
      'Iran accuses Albania of hosting terrorists.',
      'Albania accused Iran of the July cyberattack.',
    )).toEqual(['contradicted', 'supported', 'supported']);
  });
});

describe('"it" and "they" for the body named before', () => {
  it('reads who fought alongside whom in a source sentence that opens with "It", and takes Saddam Hussein for Iraq', () => {
    const checker = fresh();
    expect(checker.checkClaim('The MEK fought alongside Saddam Hussein in the Iran-Iraq war.').verdict).toBe('supported');
    expect(checker.checkClaim('The MEK fought alongside Iranian forces against Saddam Hussein in the Iran-Iraq war.').verdict).toBe('contradicted');
    expect(['supported', 'partly']).toContain(checker.checkClaim('The MEK fought on Iraq\u2019s side in the Iran-Iraq war.').verdict);
  });
});

describe('facts that open with "it"', () => {
  it('note the one body the sentences before name, and none where several are named', () => {
    const facts = (text: string) => buildFacts({ id: 'own', title: 'own', text, referenceDate: null } as never);
    expect(facts('Mandiant is a security firm based in Virginia.\n\nIt blamed Iran for the July attack on Albania.')[1]?.features.refersTo).toBe('mandiant');
    expect(facts('Mandiant and Microsoft studied the July attack on Albania.\n\nIt blamed Iran for the attack.')[1]?.features.refersTo).toBeUndefined();
  });
});

describe('never against once', () => {
  it('contradicts "was never listed" where a source says it was previously designated, and backs "no longer listed"', () => {
    expect(verdictsOf(
      'The EU never listed the MEK as a terrorist organisation.',
      'The MEK is no longer listed as a terrorist organisation by the EU.',
    )).toEqual(['contradicted', 'supported']);
  });
});

describe('stance words with a hyphen', () => {
  it('contradicts Iran calling the decision well-considered, and backs it calling the decision short-sighted', () => {
    expect(verdictsOf(
      'Iran said Albania\u2019s decision was well-considered.',
      'Iran said Albania\u2019s decision was short-sighted.',
    )).toEqual(['contradicted', 'supported']);
  });
});

describe('deadlines', () => {
  it('contradicts a 48-hour deadline to leave and backs a 24-hour one', () => {
    expect(verdictsOf(
      'Tirana handed the Iranian envoys a 48-hour deadline to get out.',
      'Tirana gave the Iranian diplomats a 24-hour deadline to leave.',
    )).toEqual(['contradicted', 'supported']);
  });

  it('does not set the day the diplomats had against a weeks-long investigation the claim names', () => {
    expect(fresh().checkClaim('Albania\u2019s decision to sever ties came after a weeks-long US investigation.').verdict).toBe('supported');
  });
});

describe('refusing to act', () => {
  it('contradicts US officials refusing to help Albania recover, where they helped it', () => {
    expect(fresh().checkClaim('US officials refused to help Albania recover from the attack.').verdict).toBe('contradicted');
    expect(fresh().checkClaim('US officials helped Albania recover from the attack.').verdict).toBe('supported');
  });
});

describe('irregular forms of the sources\u2019 words', () => {
  it('meets "handed" in a source\u2019s "gave", reached through the language library\u2019s lemma', () => {
    expect(fresh().checkClaim('Rama handed Iranian diplomats 24 hours to leave Albania.').verdict).toBe('supported');
  });
});

describe('distances from a place', () => {
  it('contradicts a distance told from another place than the sources measure it from, and says from where', () => {
    expect(verdictsOf(
      'The group\u2019s members live in a guarded compound 40 kilometres outside Durres.',
      'The group\u2019s members live in a guarded compound 40 kilometres outside Tirana.',
    )).toEqual(['contradicted', 'supported']);
    expect(fresh().checkClaim('The group\u2019s members live in a guarded compound 40 kilometres outside Durres.').reason).toMatch(/from Tirana, not 40 kilometres from Durres/);
  });
});

describe('lengths that place an event', () => {
  it('does not set "three weeks after" the expulsion against the day the diplomats were given', () => {
    expect(fresh().checkClaim('Three weeks after Albania expelled the Iranian diplomats, their embassy stood empty.').verdict).not.toBe('contradicted');
  });

});

describe('another event of the kind', () => {
  it('does not contradict the date of a second or later attack with the date the sources give the first', () => {
    expect(verdictsOf(
      'A fresh cyberattack knocked out Albanian border systems on 9 September.',
      'Hackers struck the Albanian state again on 9 September.',
      'Hackers struck the Albanian state\u2019s systems on 9 September.',
      'Hackers tied to Tehran later hit the Albanian state\u2019s systems on 9 September.',
    )).toEqual(['unverified', 'unverified', 'contradicted', 'unverified']);
  });

  it('still contradicts a wrong day of the first attack told with "again" or "later" elsewhere in the sentence', () => {
    expect(verdictsOf(
      'Later, the cyberattack of 20 July was blamed on Iran.',
      'Rama again blamed Iran for the cyberattack on 20 July.',
    )).toEqual(['contradicted', 'contradicted']);
  });
});

describe('gross exaggerations', () => {
  it('contradicts a count a hundred times the sources\u2019', () => {
    expect(fresh().checkClaim('Albania expelled 2,000 Iranian diplomats.').verdict).toBe('contradicted');
  });
});

describe('bounds', () => {
  it('does not back a population "under three million" with a camp of some thousands', () => {
    expect(fresh().checkClaim('Albania took in the MEK exiles, and under three million people live in Albania.').verdict).not.toBe('supported');
  });

  it('still backs "fewer than 20 diplomats" with the sources\u2019 15 (a bound is no wider miss)', () => {
    expect(fresh().checkClaim('Fewer than 20 Iranian diplomats had to leave Albania.').verdict).toBe('supported');
  });
});

describe('a body named again by its head word', () => {
  it('takes "the ministry" for the foreign ministry the source names', () => {
    expect(fresh().checkClaim('In Tehran, the ministry called Albania\u2019s decision thoughtless and short-sighted.').verdict).toBe('supported');
  });

  it('does not take a common noun that ends a name ("the secretary", "the capital") for that name', () => {
    expect(verdictsOf(
      'The secretary said Albania had cut ties with Iran.',
      'The capital severed diplomatic ties with Iran.',
    )).not.toContain('supported');
  });
});

describe('the date of an act against the date of the attack', () => {
  it('contradicts the break dated to the attack\u2019s month, and backs it in its own', () => {
    expect(verdictsOf(
      'Albania broke off relations with Iran in July 2022.',
      'Albania severed diplomatic relations with Tehran in August 2022.',
      'Albania cut its ties with Iran in September 2022.',
    )).toEqual(['contradicted', 'contradicted', 'supported']);
  });

  it('names one date a source gives, not every date of every source', () => {
    expect(fresh().checkClaim('Hackers struck Albanian government systems on September 9.').reason).toBe('The sources say July 15, not September 9.');
  });
});

describe('idioms', () => {
  it('takes an idiom for how something came about, not a detail the sources must state', () => {
    expect(verdictsOf(
      'In the wake of the cyberattack, Albania cut diplomatic ties with Iran.',
      'Matters came to a head when Albania cut diplomatic ties with Iran over the cyberattack.',
    )).toEqual(['supported', 'supported']);
  });
});

describe('a party named by its role', () => {
  it('reads "its NATO ally Albania" as Albania, not NATO', () => {
    expect(fresh().checkClaim('The United States pledged to keep supporting NATO ally Albania\u2019s efforts to recover from the attack.').verdict).not.toBe('contradicted');
  });
});

describe('who attacked whom, told by a verb or by the attack\u2019s noun', () => {
  it('contradicts a claim that swaps the attacker or names another, and backs the sources\u2019 own account in other words', () => {
    const checker = fresh();
    for (const text of ['Washington said that Albania had attacked Iran.', 'Researchers said Albanian groups launched the attack.']) {
      const r = checker.checkClaim(text);
      expect(r.verdict, text).toBe('contradicted');
      expect(r.reason, text).toMatch(/Iran's (?:cyber ?)?attack on Albania/);
    }
    for (const text of ['The MEK launched the July cyberattack on Albania.', 'The July cyberattack on Albania was carried out by the United States.']) {
      expect(checker.checkClaim(text).reason, text).toMatch(/Iran's cyber ?attack on Albania, not/);
    }
    expect(checker.checkClaim('Washington said that Iran had attacked Albania.').verdict).toBe('supported');
    expect(checker.checkClaim('Albania launched an investigation into the cyberattack.').verdict).not.toBe('contradicted');
    // However little else of the claim a source sentence states, the sources agree on who attacked whom.
    expect(checker.checkClaim('Albania\u2019s cyberattack on Iran failed in its purpose.').verdict).toBe('contradicted');
    expect(checker.checkClaim('Iran\u2019s cyberattack on Albania failed in its purpose.').verdict).toBe('supported');
    expect(checker.checkClaim('Albania was attacked by Iran in July 2022.').verdict).toBe('supported');
  });
});

describe('the portal the attack hit', () => {
  it('takes what the e-Albania portal did for the Albanian state\u2019s doing, not another party\u2019s', () => {
    const [brought, restored] = verdictsOf('Albania brought its online services back after the cyberattack.', 'Albania restored its online services after the attack.');
    expect(brought).not.toBe('contradicted');
    expect(restored).toBe('supported');
  });
});

describe('hedges beside a date', () => {
  it('dates the same event with or without "apparently" next to the date', () => {
    expect(fresh().checkClaim('Earlier in 2022, Albania apparently said it had foiled several attacks that Iranian agents planned against the MEK.').verdict).toBe('supported');
  });
});

describe('a judgement before a date', () => {
  it('reads "a brazen July 15 cyberattack" as the July 15 cyberattack, whatever part of speech the library gives the judgement', () => {
    expect(fresh().checkClaim('Prime Minister Edi Rama blamed Iran for a brazen July 15 cyberattack on Albanian institutions.').verdict).toBe('supported');
  });
});
