import { describe, expect, it } from 'vitest';
import { assertsNothing, denialIn, ongoingIn, readFrames, speakerIn } from './frames';
import { readWords } from './nlp';

const first = (s: string) => readFrames(s)[0]!;
const denial = (s: string) => denialIn(readWords(s));
const speaker = (s: string) => speakerIn(readWords(s));

describe('frames: who did what to whom', () => {
  it('reads the doer before an active verb and the receiver after it', () => {
    expect(first('Iran blamed Albania for the July cyberattack.')).toMatchObject({ key: 'a:accuse', actor: 'iran', target: 'albania', negated: false });
  });

  it('reads a receiver named with "the" before it as the object', () => {
    expect(first('Tehran blamed the United States for the explosion.')).toMatchObject({ actor: 'iran', target: 'us' });
  });

  it('reads a long name with "of" in it as one receiver ("the Islamic Republic of Iran")', () => {
    expect(first('Albania accused the Islamic Republic of Iran of the attack.')).toMatchObject({ actor: 'albania', target: 'iran', theme: ['attack'] });
  });

  it('reads a verb of finding out before what it found as no act ("established that ...")', () => {
    expect(readFrames('Investigators established that the hackers worked for Iran.').map((f) => f.key)).not.toContain('a:resume');
    expect(readFrames('Albania established diplomatic relations with Iran.').map((f) => f.key)).toContain('a:resume');
  });

  it('reads a side\'s state before an attack\'s noun as its maker ("Iranian state aggression")', () => {
    expect(readFrames('It was an act of Iranian state aggression.').find((f) => f.key === 'v:attack')?.actor).toBe('iran');
    expect(readFrames('It was an act of Iranian aggression.').find((f) => f.key === 'v:attack')?.actor).toBeUndefined();
    expect(readFrames('It was an Iranian state-sponsored cyberattack on Albania.').find((f) => f.key === 'v:attack')?.actor).toBe('iran');
    // The attack on a side's government, as often as by it.
    expect(readFrames('Iran was blamed for the Albanian government cyberattack.').find((f) => f.key === 'v:attack')?.actor).not.toBe('albania');
  });

  it('reads a stance told by its noun: what is judged after "for" or "of", who judges after "from" or "by"', () => {
    const f = readFrames("Praise for Albania's decision came quickly from NATO.").find((x) => x.noun && x.group === 'stance');
    expect([f?.key, f?.actor, f?.target]).toEqual(['a:praise', 'nato', 'albania']);
    expect(readFrames('Support for the decision was strong.').some((x) => x.noun && x.group)).toBe(false);
  });

  it('reads "hit" and "target" in a sentence about hacking as an attack, and elsewhere as themselves', () => {
    expect(readFrames("Hackers hit Albania's government systems.")[0]?.key).toBe('v:attack');
    expect(readFrames("The news hit Tirana's markets.")[0]?.key).toBe('v:hit');
  });

  it('keeps a hyphened participle within the subject\'s phrase ("Albanian state-sponsored hackers attacked")', () => {
    expect(readFrames('Albanian state-sponsored hackers attacked the ministry.').find((f) => f.key === 'v:attack')?.actor).toBe('albania');
  });

  it('reads a participle after the object of "saw" or "had" as what befell it, done by no one named', () => {
    expect(readFrames("The attack saw Rama's emails hacked.").find((f) => f.key === 'a:hack')?.actor).toBeUndefined();
    expect(readFrames("Iran's hackers attacked Albania.").find((f) => f.key === 'v:attack')?.actor).toBe('iran');
  });

  it('gives a verb joined to another by "and" the other\'s subject ("scolded Iran and vowed to support")', () => {
    const frames = readFrames('The United States scolded Iran over the attack and vowed to support its ally.');
    expect(frames.find((f) => f.key === 'v:vow')?.actor).toBe('us');
    expect(frames.find((f) => f.key === 'a:back')?.actor).toBe('us');
    expect(readFrames('Albania cut ties and Iran denied the charge.').find((f) => f.key === 'a:deny')?.actor).toBe('iran');
  });

  it('does not take "it" for a person, nor "he" for a country', () => {
    const aimed = readFrames('Rama blamed Iran for the attack, saying it aimed to paralyse public services.').find((f) => f.key === 'v:aim');
    expect(aimed?.actor).toBeUndefined();
    expect(readFrames('Albania cut ties, and it also expelled the diplomats.').find((f) => f.key === 'a:expel')?.actor).toBe('albania');
  });

  it('reads the doer of a passive verb after "by"', () => {
    expect(first('Iranian diplomats were expelled by Albania.')).toMatchObject({ key: 'a:expel', actor: 'albania', target: 'iran' });
  });

  it('does not give a quoted verb joined by "and" the doer of the verb before the quote', () => {
    const steal = readFrames('Albania accused Tehran of a hack to \u201ccripple services and steal data\u201d.').find((f) => f.text === 'steal');
    expect(steal).toMatchObject({ key: 'v:steal', quoted: true });
    expect(steal?.actor).not.toBe('albania');
  });

  it('finds the denial of a perfect ("had not informed NATO") but not of a state ("has no relations")', () => {
    expect(denial('Rama said Albania had not informed NATO.')).toBeDefined();
    expect(denial('Albania has no relations with Iran.')).toBeUndefined();
  });

  it('takes a past tense the library reads as an adjective between doer and object for a statement, and a bare phrase for none', () => {
    expect(assertsNothing('Stuxnet infected Iran\u2019s nuclear programme in 2010.')).toBe(false);
    expect(assertsNothing('Albania\u2013Iran relations strained')).toBe(true);
  });

  it('gives a reported clause with a subject of its own no doer from the speaker', () => {
    const kept = readFrames('Britain said the attack kept Albanians from paying bills and booking appointments.').find((f) => f.text === 'kept');
    expect(kept?.actor).toBeUndefined();
    expect(readFrames('Albania said it had cut ties with Iran.')[0]).toMatchObject({ actor: 'albania', target: 'iran' });
    // A noun after a preposition or of time is no subject of the clause.
    expect(readFrames('Iran said in a statement it had expelled the diplomats.')[0]).toMatchObject({ actor: 'iran' });
    expect(readFrames('Albania said last week it had cut ties with Iran.')[0]).toMatchObject({ actor: 'albania' });
  });

  it('reads a stance word the library splits at its hyphen ("was well-considered") as the stance', () => {
    expect(readFrames('Tehran said the decision was well-considered.')[0]).toMatchObject({ key: 'a:praise', group: 'stance', actor: 'iran' });
  });

  it('reads an opening "It" as the body the sentences before named, and "alongside" as naming a receiver', () => {
    const fought = readFrames('It rejects the clerics and later fought bravely alongside Saddam Hussein in the war.', 'mek').find((f) => f.text === 'fought');
    expect(fought).toMatchObject({ actor: 'mek', target: 'saddam-hussein' });
  });

  it('gives what a statement does to the one who issued it, and marks an act done to a thing as done to no party', () => {
    const condemning = readFrames('The Kremlin released a short note condemning the bombing.').find((f) => f.text === 'condemning');
    expect(condemning).toMatchObject({ actor: 'russia', toThing: true });
    expect(condemning?.target).toBeUndefined();
  });

  it('gives a verb joined by "and" the whole list of doers of the verb it joins', () => {
    const expressed = readFrames('The US, the EU and NATO condemned the attack and expressed support for Albania.').find((f) => f.text === 'expressed');
    expect([expressed?.actor, ...(expressed?.with ?? [])].sort()).toEqual(['eu', 'nato', 'us']);
  });

  it('reads a participle spelt as its verb after "be" as passive ("ties with Iran would be cut")', () => {
    const cut = readFrames('Rama said that ties with Iran would be cut.').find((f) => f.text === 'cut');
    expect(cut).toMatchObject({ key: 'a:cut' });
    expect(cut?.actor).not.toBe('iran');
  });

  it('reads an act after a phrase that denies it ("has yet to comment") as denied', () => {
    expect(first('Tehran has yet to comment on the expulsions.').negated).toBe(true);
    expect(first('Tehran commented on the expulsions.').negated).toBe(false);
  });

  it('takes a name an act is aimed at ("an attack on Albanian institutions") as no doer of the verb after it', () => {
    const steal = readFrames('Iran mounted a cyberattack on Albanian institutions to steal government data.').find((f) => f.text === 'steal');
    expect(steal).toMatchObject({ key: 'v:steal' });
    expect(steal?.actor).not.toBe('albania');
  });

  it('takes a receiver after "with", and leaves it unknown when the object is no party', () => {
    expect(first('Albania cut diplomatic ties with Iran.')).toMatchObject({ actor: 'albania', target: 'iran' });
    expect(readFrames('Tirana cut ties, accusing it of an attack against Albania.').find((f) => f.text === 'accusing')?.target).toBeUndefined();
  });

  it('keeps a denial to its own verb, not a verb further on in the clause', () => {
    const frames = readFrames('Tehran has not commented on the decision by Albania to cut ties with Iran.');
    expect(frames.find((f) => f.text === 'cut')).toMatchObject({ actor: 'albania', negated: false });
  });

  it('marks a denied act, including a denied "be" with its complement', () => {
    expect(first('Rama said Iran was not behind the cyberattack.')).toMatchObject({ key: 'b:behind', actor: 'iran', negated: true });
  });

  it('reads calling something by a word of stance as taking that stance', () => {
    expect(readFrames('Iran called the decision rash.').map((f) => f.key)).toContain('a:condemn');
  });

  it('reads keeping ties as the opposite of cutting them', () => {
    expect(first('Albania kept its ties with Iran.')).toMatchObject({ key: 'a:resume', group: 'ties' });
  });

  it('looks past an apposition for the subject', () => {
    expect(first('Albania, a NATO member, has severed diplomatic relations with Iran.')).toMatchObject({ actor: 'albania', target: 'iran' });
  });

  it('reads a capital after "in" as a place, not as its government', () => {
    expect(first('Staff at the Iranian embassy in Tirana burned documents.').actor).toBe('iran');
    expect(first('Tirana expelled the diplomats.').actor).toBe('albania');
  });

  it('gives both verbs joined by "and" the doer after "by", past the words of a long name', () => {
    const frames = readFrames('The attack was planned and paid for by the Islamic Republic of Iran.');
    expect(frames.find((f) => f.text === 'planned')?.actor).toBe('iran');
    expect(readFrames('The hack was prepared and launched by the Islamic Republic of Iran.').map((f) => f.actor)).toEqual(['iran', 'iran']);
  });


  it('takes an unknown name after "in" for a place, not a party', () => {
    expect(first('Such attacks are common in the Far North, officials said.').actor).toBeUndefined();
  });

  it('keeps what the act is about', () => {
    expect(first('Tehran accused Albania of hosting terrorists.').theme).toEqual(expect.arrayContaining(['host', 'terrorist']));
  });
});

describe('pronoun subjects', () => {
  it('reads "it", "he" or "she" before a verb as the sentence\u2019s subject, unless the sentence opens with it', () => {
    const frames = readFrames('Tehran blamed the United States for the quarrel, and it also accused Tirana of sheltering militants.');
    expect(frames.find((f) => f.text === 'accused')).toMatchObject({ actor: 'iran', target: 'albania' });
  });
});

describe('relative clauses and two-word acts', () => {
  const frame = (s: string, verb: string) => readFrames(s).find((f) => f.text === verb);

  it('gives a relative clause set off by commas, and the verb after it, the party it hangs from, but not the last of a list', () => {
    expect(frame('The MEK, which sided with Baghdad, now lives near Tirana.', 'sided with')).toMatchObject({ actor: 'mek', target: 'iraq' });
    expect(frame('Rama, who spoke on Wednesday, blamed Tehran.', 'blamed')).toMatchObject({ actor: 'albania', target: 'iran' });
    expect(frame('Help came from the United States and Britain, which condemned Tehran.', 'condemned')?.actor).not.toBe('uk');
  });

  it('reads an act of two words the lexicon knows as that act', () => {
    expect(frame('Tirana kicked out the Iranian envoys.', 'kicked out')).toMatchObject({ key: 'a:expel', actor: 'albania' });
    expect(frame('The MEK fought alongside Baghdad in the war.', 'fought alongside')).toMatchObject({ key: 'a:back', actor: 'mek', target: 'iraq' });
    expect(frame('Washington will take action against Tehran.', 'take action')).toMatchObject({ key: 'a:act', actor: 'us', target: 'iran' });
  });
});

describe('plain noun subjects', () => {
  const actorOf = (s: string, verb: string) => readFrames(s).find((f) => f.text === verb)?.actor;

  it('takes a plain noun right before a verb as its subject, with a party inside its phrase as the doer', () => {
    expect(actorOf('As Tirana put it, three hacker crews mounted the intrusion.', 'mounted')).toBeUndefined();
    expect(actorOf('Iranian envoys quit Tirana on Thursday.', 'quit')).toBe('iran');
    expect(actorOf('Khomeini and his clerics outlawed the group.', 'outlawed')).toBe('khomeini');
  });
});

describe('what is done on someone\u2019s behalf', () => {
  it('reads the party an attack is made on behalf of as its maker, not its receiver', () => {
    const attack = (s: string) => readFrames(s).find((f) => f.noun);
    expect(attack('Three crews staged the aggression on Tehran\u2019s behalf.')).toMatchObject({ actor: 'iran' });
    expect(attack('Three crews staged the attack on Albania on behalf of Iran.')).toMatchObject({ actor: 'iran', target: 'albania' });
  });
});

describe('infinitives', () => {
  const actorOf = (s: string, verb: string) => readFrames(s).find((f) => f.text === verb)?.actor;

  it('gives an infinitive the doer of the verb it hangs from, past an aside, and of "take action to"', () => {
    expect(actorOf('Britain promised to punish Tehran for the hack.', 'punish')).toBe('uk');
    expect(actorOf('Tirana decided, after a long inquiry, to expel the envoys of Iran.', 'expel')).toBe('albania');
    expect(actorOf('Washington will take firm action to make Iran pay.', 'make')).toBe('us');
  });

  it('gives it no doer named after a preposition, nor the subject of a verb with someone between it and "to"', () => {
    expect(actorOf('Albania bowed to pressure from the United States to host the exiles.', 'host')).not.toBe('us');
    expect(actorOf('Albania told the Iranian envoys to go home.', 'go')).not.toBe('albania');
  });
});

describe('lines that assert nothing', () => {
  it('knows a heading from a statement', () => {
    expect(assertsNothing('What we know about the Albania–Iran break')).toBe(true);
    expect(assertsNothing('Albania–Iran relations')).toBe(true);
    expect(assertsNothing('Albania cut its ties with Iran.')).toBe(false);
  });
});

describe('who speaks', () => {
  it('takes the subject before an aside as the speaker when a verb after "said" tells what was said', () => {
    expect(speaker('Mandiant\u2019s John Hultquist, speaking in Berlin, said the attack on Albania was a warning.')).toBe('john-hultquist');
    expect(speaker('\u201cWe will help,\u201d said a statement by the White House.')).toBe('white-house');
  });

  it('reads the end of a quotation opened in an earlier sentence as quoted', () => {
    expect(speaker('The council ends all ties with Iran\u201d, he said.')).toBeUndefined();
  });

  it('gives a participle of saying set off by a comma to the sentence\u2019s subject, not to the name just before it', () => {
    expect(speaker('Tehran scorned the Albanian move, saying it was hasty.')).toBe('iran');
    expect(speaker('The White House backed Tirana, adding that Iran would pay.')).toBe('white-house');
  });

  it('takes the speaker from before an aside that describes them, and gives a passive verb of saying no speaker', () => {
    expect(speaker('James Cleverly, the minister who met the envoy of Iran, said the talks were over.')).toBe('james-cleverly');
    expect(speaker('Tehran, a foe of Washington for decades, told reporters the charge was false.')).toBe('iran');
    expect(speaker('Iranian envoys were told to be gone by Thursday.')).toBeUndefined();
  });

  it('gives no sentence to whoever speaks in a clause of time or cause', () => {
    expect(speaker('The rally was moved after the Albanian police warned of a threat.')).toBeUndefined();
    expect(speaker('Because Tirana said so, the rally was moved.')).toBeUndefined();
    expect(speaker('Tirana said the rally was moved after a threat.')).toBe('albania');
  });
});

describe('denials a claim makes in its own voice', () => {
  it('finds a denied act, not a state told in the negative or words in quotation marks', () => {
    expect(denial('The ministry said the hackers caused no damage.')).toBe('no damage');
    expect(denial('The two countries have no embassies now.')).toBeUndefined();
    expect(denial('The two countries have no ties at present.')).toBeUndefined();
    expect(denial('The alliance said it had no proof of a link.')).toBe('no proof');
    expect(denial('Rama said he had no doubt about it.')).toBeUndefined();
    expect(denial('Tehran now has no diplomatic presence there.')).toBeUndefined();
    expect(denial('Tehran now has no ambassador there.')).toBeUndefined();
    expect(denial('He called it "not a war" on Monday.')).toBeUndefined();
  });

  it('finds the verb an auxiliary denies, and phrases that deny what follows them', () => {
    expect(denial('Iran has never accepted the charge.')).toBe('never accepted');
    expect(denial('The ministry had yet to answer the letter.')).toBe('yet to answer');
    expect(denial('Officials stopped short of naming a culprit.')).toBe('stopped short of naming');
    expect(denial('The outage was far from brief.')).toBe('far from brief');
    expect(denial('The bank no longer funds the project.')).toBe('no longer funds');
  });

  it('finds an act the sentence says goes on, outside quotation marks', () => {
    expect(ongoingIn(readWords('Several states still ban the party.'))).toBe('still ban');
    expect(ongoingIn(readWords('He said "we still trust them" on Friday.'))).toBeUndefined();
    expect(ongoingIn(readWords('The talks were held in Vienna.'))).toBeUndefined();
  });

  it('reads "by no means" as a denial, and a denial after a preposition as a rule, not an event', () => {
    expect(denial('Its reach is by no means limited to Europe.')).toBe('by no means limited');
    expect(denial('The group keeps a policy of not paying ransoms.')).toBeUndefined();
  });

  it('takes a denial bounded in time as saying the act came later, not as a denial', () => {
    expect(denial('The ministry had not answered the letter until Friday.')).toBeUndefined();
    expect(readFrames('Until Rama spoke, Albania had not accused Iran.').every((f) => !f.negated)).toBe(true);
    expect(denial('The ministry had not answered the letter, which came until Friday.')).toBe('not answered');
  });

  it('takes a rank denied as saying there were others, not as a denial', () => {
    expect(denial('Albania is not the first country to be hit.')).toBeUndefined();
    expect(denial('Nor is Albania the only country whose systems were hit.')).toBeUndefined();
    expect(denial('The outage was not an accident.')).toBe('not an');
    expect(denial('Nor did Albania keep its embassy open.')).toBeDefined();
    // A rank after a preposition ranks something else: the involvement is denied.
    expect(denial('Iran was not involved in the very first attack on Albania.')).toBeDefined();
  });
});

describe('who a sentence gives its words to', () => {
  it('names the party beside the verb of saying, outside the quotation marks', () => {
    expect(speaker('"Iran must answer for this," Rama said.')).toBe('albania');
    expect(speaker('According to Washington, Iran was behind it.')).toBe('us');
    expect(speaker('Iran was behind the attack.')).toBeUndefined();
  });
});

describe('who speaks for whom', () => {
  it('gives a body every country has to the country named before it', () => {
    expect(speaker('Iran’s foreign ministry said the move was rash.')).toBe('iran');
    expect(speaker('The Albanian foreign ministry said the move was rash.')).toBe('albania');
  });

  it('takes a party after the verb of saying as the speaker only when what was said came first', () => {
    expect(speaker('The ministry said Tehran rejects any such use of cyberspace.')).toBeUndefined();
    expect(speaker('"It is over," said Rama.')).toBe('albania');
  });

  it('reads a country after "in" as where the speaker is, not who speaks', () => {
    expect(speaker('Dissidents in Albania said the summit was off.')).toBeUndefined();
  });
});

describe('verbs joined by "and"', () => {
  it('joins a verb after "and" to the clause\u2019s own verb, not to one hanging from a word', () => {
    const frames = readFrames('Tirana charged Tehran with planning the hack and broke off relations with it.');
    expect(frames.find((f) => f.text === 'broke off')?.actor).toBe('albania');
    const gerunds = readFrames('Tirana accused Tehran of attacking its systems and stealing official data.');
    expect(gerunds.find((f) => f.text === 'stealing')?.actor).toBe('iran');
  });

  it('reads a person named with "the" after the verb as its receiver', () => {
    expect(first('The MEK backed the Shah.')).toMatchObject({ actor: 'mek', target: 'shah' });
  });

  it('reads a party after "the attack on" as what the attack befell, unless the verb lays blame', () => {
    expect(first('Washington condemned the attack on Albania.').target).toBeUndefined();
    expect(first('Tirana blamed the attack on Tehran.')).toMatchObject({ actor: 'albania', target: 'iran' });
  });

  it('reads a name in a compound modifier as describing the word after it, not as a party', () => {
    expect(readFrames('The exiles set out to topple the Soviet-backed Shah.').find((f) => f.text === 'topple')?.target).toBe('shah');
    expect(readFrames('The rebels fought the US-backed Shah for years.').find((f) => f.text === 'fought')?.target).toBe('shah');
    // ... and the participle describes the Shah: it is no act of the sentence with the Shah as receiver.
    expect(readFrames('The rebels fought the US-backed Shah for years.').map((f) => f.text)).not.toContain('backed');
  });

  it('reads "the country" further on as the country named before it', () => {
    expect(readFrames('Albanian officials said on Monday that the small Balkan country was expelling the Iranian envoys.').find((f) => f.text === 'expelling')).toMatchObject({ actor: 'albania' });
    expect(readFrames('Tirana said an Iranian group had struck again, months after the attack that led the country to cut its ties with Tehran.').find((f) => f.text === 'cut')).toMatchObject({ actor: 'albania' });
  });

  it('gives a stance told in the passive to its speaker, about the nouns of its subject', () => {
    expect(first('Canada said the Albanian decision was justified.')).toMatchObject({ actor: 'canada', target: 'albania', theme: ['decision'] });
  });

  it('gives a participle set off by a comma the doer of the clause it hangs from', () => {
    expect(readFrames('Albania broke off relations with Tehran, blaming it for the July attack.').find((f) => f.text === 'blaming')).toMatchObject({ actor: 'albania' });
  });

  it('keeps the others named in a list with the doer', () => {
    expect(first('Canada, the Arab League and the EU condemned the attack.')).toMatchObject({ actor: 'eu', with: ['name:arab-league', 'canada'] });
  });

  it('leave the second verb unnamed when the first has no named doer', () => {
    const frames = readFrames('Later they made a pact with Iraq and fought beside it in the war.');
    expect(frames.find((f) => f.text === 'fought')?.actor).toBeUndefined();
  });
});

describe('attacks told by their noun', () => {
  const attack = (s: string) => readFrames(s).find((f) => f.noun);
  it('reads whose attack it is and on whom, as the verb "attack" would tell it', () => {
    expect(attack('Washington condemned Iran\u2019s cyber attack on its ally Albania.')).toMatchObject({ key: 'v:attack', actor: 'iran', target: 'albania' });
    expect(attack('It was a hacking attack by Tehran against Albania\u2019s ministries.')).toMatchObject({ actor: 'iran', target: 'albania' });
    expect(attack('The Iranian cyberattack on Albania lasted hours.')).toMatchObject({ actor: 'iran', target: 'albania' });
  });

  it('does not take a side\'s adjective alone for the doer: "the Albanian cyberattack" may be on Albania', () => {
    expect(attack('Experts studied the Albanian cyberattack for months.')).toBeUndefined();
  });

  it('takes who launched, carried out or sponsored an attack for its doer, in the active, the passive and a cleft', () => {
    expect(attack('Israel launched the cyberattack, officials said.')).toMatchObject({ key: 'v:attack', actor: 'israel' });
    expect(attack('The cyberattack was sponsored by the United States.')).toMatchObject({ actor: 'us' });
    expect(attack('It was the MEK that carried out the attack.')).toMatchObject({ actor: 'mek' });
  });

  it('takes no maker from an attack named further on, an object cleft, a noun the attack only describes, or a denied making', () => {
    expect(attack('Albania launched an investigation into the attack.')?.actor).toBeUndefined();
    expect(attack('An investigation into the attack was launched by Albania.')?.actor).toBeUndefined();
    expect(attack('It was Albania that the hackers attacked.')?.actor).toBeUndefined();
    expect(readFrames('Iran rejected Albania\u2019s attack claims.').some((f) => f.noun)).toBe(false);
    expect(attack('Albania did not carry out the attack on Iran.')?.actor).toBeUndefined();
    expect(attack('Washington vowed to answer for attacks on its NATO ally.')?.target).toBeUndefined();
  });
});
