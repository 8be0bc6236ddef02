import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { disputeTopic, isAboutDispute, speaksOfAttackOnly } from './topic';

const topic = (s: string) => disputeTopic(analyse(s, null, true));

describe('topic by what a sentence says', () => {
  it('reads an attack on websites or portals in Albania as the cyberattack, and an attack on people, a network or a site as something else', () => {
    expect(topic('The websites of the Albanian parliament were attacked and went dark.')).toBe('states');
    expect(topic('Albanian fans attacked a bus after the match.')).toBe('none');
    expect(topic('A bomb attack hit an Albanian rail network in 2019.')).toBe('none');
  });

  it('reads envoys told to be gone as the expulsion', () => {
    expect(topic('The Iranian envoys had to be gone from Albania by the next day.')).toBe('states');
  });

  it('reads an attack on data in Albania as the cyberattack', () => {
    expect(topic('Rama admitted the attack had erased a great deal of state data.')).toBe('states');
    expect(topic('Albanian police said an attack on a shopkeeper had left him hurt.')).toBe('none');
  });

  it('takes others standing by Albania over an attack as the dispute, but not backing for something else', () => {
    expect(topic('Several allies backed Albania after the hack.')).toBe('states');
    expect(topic('The EU backed Albania in its bid to join the union.')).toBe('none');
  });

  it('takes a sentence that tells the break, the expulsion, the attack or the answers to them as about the dispute', () => {
    for (const s of [
      'Iran blamed Albania for the July cyberattack.',
      'Tehran praised the Albanian decision.',
      'Albania kept its ties with Iran despite the cyberattack.',
      'Albania cut diplomatic ties with Iran.',
      'Tirana ordered the embassy staff to leave within a day.',
      'Hackers knocked Albanian government websites offline in July.',
      'Iran dismissed the accusations as baseless.',
      'Norway offered to mediate between Albania and Iran.',
      'Hundreds of MEK members live in a camp near Tirana.',
      'The hackers knocked the e-Albania portal offline for days.',
      'The July cyberattack on Albania disrupted government services and businesses.',
      'The cyberattack on Albania in July shut down government websites, banks and hospitals.',
    ]) expect(topic(s), s).toBe('states');
  });

  it('does not take naming Albania, Iran, Rama or Tirana for the dispute', () => {
    for (const s of [
      'Rama opened a new bridge in Tirana on Monday.',
      'Albania\u2019s prime minister won a fourth term in Sunday\u2019s election.',
      'The opposition leader accused Rama of rigging the vote in Tirana.',
      'Iran\u2019s football team beat Wales in the World Cup on Friday.',
      'An Iranian dissident film director won a prize in Cannes on Saturday.',
      'Albania and Iran both trace their cultures to ancient peoples.',
      'Iranian fans gathered for a rally before the match on Tuesday.',
      'Students can now enrol for the autumn term through the e-Albania portal.',
      'The e-Albania portal will be offline for maintenance on Saturday.',
      'Hackers broke into a bank in Durres and stole card details from its customers in March.',
    ]) expect(topic(s), s).toBe('none');
  });

  it('does not take guarding against cyberattacks in general for the attack', () => {
    expect(topic('Albania will tighten its cyber security rules next year.')).toBe('none');
    expect(topic('Albania will do more to protect its networks against cyber attacks.')).toBe('none');
    expect(topic('The hackers demanded a ransom of two million dollars from Tirana.')).toBe('states');
  });

  it('leaves another country\u2019s expulsion or break to that country', () => {
    for (const s of [
      'Albania expelled a Russian diplomat for breaking lockdown rules.',
      'Sudan severed relations with Iran in 2016.',
      'Moroccan officials said the Iranian embassy in Rabat would close.',
      'Bulgaria ordered 40 Russian diplomats out of the Balkan country.',
    ]) expect(topic(s), s).toBe('none');
    // The countries that answered the attack do not make it another story.
    expect(topic('The US backed Albania\u2019s decision to cut diplomatic relations.')).toBe('states');
  });

  it('leaves the MEK named alone, or an Iranian cyberattack, to the page, and the MEK elsewhere off', () => {
    expect(topic('The MEK accused Tehran of plotting against its members.')).toBe('may');
    expect(topic('Iranian hackers stole data from a water utility last year.')).toBe('may');
    expect(topic('The MEK held a rally in Paris on Saturday.')).toBe('none');
    expect(isAboutDispute(analyse('The MEK accused Tehran of plotting against its members.'))).toBe(false);
  });
});

describe('a lone line about a cyberattack', () => {
  const only = (s: string) => speaksOfAttackOnly(analyse(s, null, true));

  it('is the dispute\u2019s attack when it places it nowhere else', () => {
    for (const s of [
      'In August 2022 the intruders set off ransomware across the networks.',
      'The officials said the cyber-attacks had failed and every system was working again.',
    ]) expect(only(s), s).toBe(true);
  });

  it('is another story when it names another victim, place, piece of malware or an earlier year', () => {
    for (const s of [
      'A ransomware attack shut down a hospital chain in Ohio last spring.',
      'A ransomware attack on a small hotel locked it out of its booking system for a week.',
      'Hackers hit the Lisbon metro with a cyberattack in 2022.',
      'The Shamoon malware wiped thousands of computers at a Saudi oil company.',
      'A cyberattack on the power grid left thousands without electricity in 2015.',
      'Montenegro said its government networks were hit by hackers.',
      'The new phone has a faster chip and a larger battery.',
    ]) expect(only(s), s).toBe(false);
  });
});

describe('Iran on the decision', () => {
  it('takes Iran judging "the decision" as the dispute, and Iran deciding something as nothing of it', () => {
    expect(disputeTopic(analyse('Tehran described the decision as wise.', null, true))).toBe('states');
    expect(disputeTopic(analyse('Tehran announced a decision on fuel prices.', null, true))).toBe('none');
  });
});
