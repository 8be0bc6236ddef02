import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';

const numbersOf = (s: string) => analyse(s).features.numbers.map((n) => ({ min: n.min, max: n.max, unit: n.unit }));
const entitiesOf = (s: string) => analyse(s).features.entities.map((e) => e.id);

describe('amounts', () => {
  it('counts the last noun of a compound ("four hacker groups", "a single hacker group"), and leaves "one diplomat left" a count of diplomats', () => {
    const units = (s: string) => analyse(s).features.numbers.map((n) => [n.min, n.unit]);
    expect(units('Four hacker groups took part.')).toEqual([[4, 'group']]);
    expect(units('Investigators blamed a single hacker group carried by Iran.')).toEqual([[1, 'group']]);
    expect(units('Fifteen Iranian diplomats left.')).toEqual([[15, 'diplomat']]);
    expect(units('A single attack crippled the services.')).toEqual([[1, 'attack']]);
    expect(units('One diplomat left the country.')).toEqual([[1, 'diplomat']]);
  });

  it('reads "the two countries" as the two sides, not as an amount, and still counts "two countries" and "the two diplomats"', () => {
    expect(numbersOf('The two countries have been at odds for years.')).toEqual([]);
    expect(analyse('The two sides have been at odds for years.').units.map((u) => u.text)).not.toContain('two');
    expect(numbersOf('Two countries condemned the attack.').map((n) => n.min)).toEqual([2]);
    expect(numbersOf('The two diplomats left.').map((n) => n.min)).toEqual([2]);
  });

  it('reads "N in M" as a share, bounded by "more than" or "fewer than", not as a count of the thing after it, and leaves "in" before a year alone', () => {
    const numbers = (s: string) => analyse(s).features.numbers.map((n) => [n.unit, +n.min.toFixed(2), +n.max.toFixed(2)]);
    expect(numbers('Eight in ten Albanian offices were back online.')).toEqual([['share', 0.8, 0.8]]);
    expect(numbers('More than eight in ten Albanian offices were back online.')).toEqual([['share', 0.8, 1]]);
    expect(numbers('Fewer than eight in ten Albanian offices were back online.')).toEqual([['share', 0, 0.8]]);
    expect(numbers('Albania expelled two envoys in 2018.')).toEqual([['diplomat', 2, 2]]);
  });


  it('reads a day and 24 hours as the same length of time', () => {
    expect(numbersOf('They have a day to leave.')).toEqual([{ min: 24, max: 24, unit: 'hour' }]);
    expect(numbersOf('They have 24 hours to leave.')).toEqual([{ min: 24, max: 24, unit: 'hour' }]);
    expect(numbersOf('They have two days to leave.')).toEqual([{ min: 48, max: 48, unit: 'hour' }]);
  });

  it('marks a measure written in the singular before a noun as describing that noun', () => {
    const describes = (s: string) => analyse(s).features.numbers.map((n) => !!n.describes);
    expect(describes('They held a three-day congress in the camp.')).toEqual([true]);
    expect(describes('They had three days to leave.')).toEqual([false]);
    expect(describes('The camp lies 40 km west of the capital.')).toEqual([false]);
  });

  it('counts the dead, the injured and the arrested told with "were"', () => {
    expect(numbersOf('In the riot 12 people were killed and 300 were arrested.')).toEqual([
      { min: 12, max: 12, unit: 'death' },
      { min: 300, max: 300, unit: 'arrest' },
    ]);
  });

  it('reads "several" as a vague count, past a participle before the counted noun', () => {
    expect(numbersOf('The police foiled several planned raids.')).toEqual([{ min: 3, max: 9, unit: 'raid' }]);
  });

  it('splits units glued to numbers and drops thousands separators', () => {
    expect(numbersOf('a compound 40km outside of Tirana')).toEqual([{ min: 40, max: 40, unit: 'km' }]);
    expect(numbersOf('The portal offers 2,000 electronic services.')).toEqual([{ min: 2000, max: 2000, unit: 'service' }]);
  });

  it('gives both numbers of "1118 of the 1225 services" the unit they count, and reads the share they make', () => {
    const numbers = numbersOf('The portal restored 1118 of the 1225 electronic services it offers.');
    expect(numbers.filter((n) => n.unit !== 'share')).toEqual([
      { min: 1118, max: 1118, unit: 'service' },
      { min: 1225, max: 1225, unit: 'service' },
    ]);
    expect(numbers.find((n) => n.unit === 'share')?.min).toBeCloseTo(1118 / 1225);
  });

  it('turns vague amounts and hedges into ranges, even when misspelt', () => {
    expect(numbersOf('Only a few hundred members settled there.')).toEqual([{ min: 200, max: 600, unit: 'member' }]);
    expect(numbersOf('They offered asylum to hundrends of members.')).toEqual([{ min: 100, max: 999, unit: 'member' }]);
    const [some] = numbersOf('some 3,000 members settled in a camp');
    expect(some!.min).toBeLessThan(3000);
    expect(some!.max).toBeGreaterThan(3000);
  });

  it('treats counted nouns worded differently as the same unit', () => {
    expect(numbersOf('The protests left 50 dead.')[0]!.unit).toBe(numbersOf('resulting in 50 deaths')[0]!.unit);
  });

  it('does not read a year as an amount', () => {
    expect(numbersOf('Albania joined NATO in 2009.')).toEqual([]);
    expect(analyse('the 1981 protests').features.dates.map((d) => d.year)).toEqual([1981]);
  });
});

describe('dates', () => {
  it('reads day and month in either order', () => {
    const [a] = analyse('the 15 July cyber attack').features.dates;
    const [b] = analyse('a July 15 cyberattack').features.dates;
    expect({ month: a!.month, day: a!.day }).toEqual({ month: 7, day: 15 });
    expect({ month: b!.month, day: b!.day }).toEqual({ month: 7, day: 15 });
  });

  it('resolves a weekday against the article date', () => {
    const [d] = analyse('Albania on Wednesday severed ties with Iran.', '2022-09-08').features.dates;
    expect(d).toMatchObject({ year: 2022, month: 9, day: 7, weekday: 3 });
  });

  it('resolves "last year", "last December" and "this summer"', () => {
    expect(analyse('In October of last year, gas stations were hit.', '2022-09-07').features.dates[0]).toMatchObject({ year: 2021, month: 10 });
    expect(analyse('Last December, members were arrested.', '2022-09-07').features.dates[0]).toMatchObject({ year: 2021, month: 12 });
    expect(analyse('an attack this summer', '2022-09-07').features.dates[0]).toMatchObject({ year: 2022, month: 6, monthMax: 8 });
  });

  it('does not lend the report year to a month in a sentence about another year', () => {
    const dates = analyse('in June 1981 organized the 20 June protests', '2022-09-07').features.dates;
    expect(dates.map((d) => d.year)).toEqual([1981, undefined]);
  });

  it('reads decades as ranges of years', () => {
    expect(analyse('after the collapse in the early 1990s').features.dates[0]).toMatchObject({ year: 1990, yearMax: 1993 });
    expect(analyse('a regime that lasted until the mid-1970s').features.dates[0]).toMatchObject({ year: 1973, yearMax: 1976, text: 'mid-1970s' });
  });

  it('dates the act of a verb whose object is the event, and the event where the verb makes it happen', () => {
    const near = (s: string) => analyse(s).features.dates[0]!.near!;
    expect(near('A security firm pinned the attack on Tehran in August.')).not.toContain('c:attack');
    expect(near('Hackers launched the attack on the government in July.')).toContain('c:attack');
    expect(near('The rulers came to power after the revolution against the monarchy in 1979.')).toContain('c:revolution');
  });

  it('reads "within 48 hours after the break" as a length given, not as a time after it', () => {
    expect(analyse('The diplomats had to leave within 48 hours after the break.').features.numbers[0]!.offset).toBeUndefined();
    expect(analyse('Two weeks after the break, the embassy stood empty.').features.numbers[0]!.offset).toBe(true);
  });

  it('measures a distance from the place named after it, past a country\u2019s own noun', () => {
    expect(analyse('The camp lies 30 km outside Albania\u2019s capital, Tirana.').features.numbers[0]!.from?.id).toBe('tirana');
    expect(analyse('The camp lies 40 km outside Durres.').features.numbers[0]!.from?.id).toBe('durres');
  });

  it('marks a date of another event of the kind', () => {
    expect(analyse('A fresh cyberattack hit the border system on 9 September.').features.dates[0]!.another).toBe(true);
    expect(analyse('A cyberattack hit the government on 15 July.').features.dates[0]!.another).toBeUndefined();
  });
});

describe('names', () => {
  it('knows the sides and their allies under their other names', () => {
    expect(entitiesOf('Washington and the United States and the U.S.')).toEqual(['us', 'us', 'us']);
    expect(entitiesOf('Tehran and the Islamic Republic and Iranian officials')).toEqual(['tehran', 'iran', 'iran']);
    expect(entitiesOf('the MEK, the Mujahedeen-e-Khalq, the People’s Mujahideen')).toEqual(['mek', 'mek', 'mek']);
  });

  it('takes "us" for the country only when written in capitals', () => {
    expect(entitiesOf('They told us to leave.')).toEqual([]);
    expect(entitiesOf('The US told them to leave.')).toEqual(['us']);
  });

  it('reads nationalities as countries', () => {
    expect(entitiesOf('Danish police')).toEqual(['denmark']);
    expect(entitiesOf('an Iraqi refugee camp')).toEqual(['iraq']);
  });
});

describe('actions', () => {
  it('tells cutting ties from resuming them, and notices negation', () => {
    const cut = analyse('Albania severed ties with Iran.').features.actions;
    const resumed = analyse('Albania resumed ties with Iran.').features.actions;
    const not = analyse('Albania did not cut ties with Iran.').features.actions;
    expect(cut.map((a) => [a.group, a.id, a.negated])).toEqual([['ties', 'cut', false]]);
    expect(resumed.map((a) => [a.group, a.id, a.negated])).toEqual([['ties', 'resume', false]]);
    expect(not.map((a) => [a.group, a.id, a.negated])).toEqual([['ties', 'cut', true]]);
  });

  it('reads "back" after a verb or before a time as a particle, and as backing only where it is the verb', () => {
    const ids = (s: string) => analyse(s).features.actions.map((a) => a.id);
    expect(ids('The portal brought back most of its services.')).toEqual([]);
    expect(ids('Back in 2014, the camp was still being built.')).toEqual([]);
    expect(ids('The hackers came back a year later.')).toEqual([]);
    expect(ids('Washington will back Tirana.')).toEqual(['back']);
  });

  it('reads a verb of finding out before a clause as finding out, not as an act', () => {
    expect(analyse('The inquiry had established who was behind the attack.').features.actions).toEqual([]);
    expect(analyse('Investigators established that Iran was behind it.').features.actions).toEqual([]);
    expect(analyse('Albania established diplomatic relations with Iran.').features.actions.map((a) => a.id)).toEqual(['resume']);
  });

  it('does not read "not" as a form of "note"', () => {
    expect(analyse('Iran did not comment.').units.some((u) => u.alts.includes('c:say'))).toBe(false);
  });
});

describe('words that share a stem with a listed one', () => {
  it('are read only as what they are listed as: "severe" is strong, not severing', () => {
    expect(analyse('They have not been as severe or broad as this action.').features.actions).toEqual([]);
    expect(analyse('The measures were severely restricting access.').features.actions).toEqual([]);
    expect(analyse('Albania severs its ties with Iran.').features.actions.map((a) => a.id)).toEqual(['cut']);
  });
});

describe('acts denied and aimed at', () => {
  const actions = (s: string) => analyse(s).features.actions.map((a) => ({ text: a.text, negated: a.negated, modal: !!a.modal }));

  it('denies the verb of a clause whose subject "no" denies, however far on it stands, and only that one', () => {
    expect(actions('No files were ever actually deleted by the intruders.')).toEqual([{ text: 'deleted', negated: true, modal: false }]);
    expect(actions('No one was hurt and Albania expelled the diplomats.').find((a) => a.text === 'expelled')?.negated).toBe(false);
  });

  it('takes every act of a list after "to" as an aim, not a deed', () => {
    expect(actions('The hackers meant to disrupt services, erase records and steal emails.').find((a) => a.text === 'erase')?.modal).toBe(true);
    expect(actions('The hackers erased records.')[0]?.modal).toBe(false);
  });
});

describe('spans that describe', () => {
  it('reads "a weeks-long investigation" as some weeks describing the investigation, not one week', () => {
    const [n] = analyse('After a weeks-long inquiry, officials named the culprit.').features.numbers;
    expect(n).toMatchObject({ unit: 'hour', describes: true });
    expect(n!.min).toBeGreaterThan(168);
  });
});

describe('seasons at the end of a line', () => {
  it('reads "the summer of" with nothing after it without failing', () => {
    expect(analyse('They met in the summer of').features.dates).toEqual([]);
  });
});

describe('figures joined to their unit by a hyphen', () => {
  it('reads "a 48-hour deadline" as 48 hours, the span itself, and "a two-day summit" as describing the summit', () => {
    expect(analyse('They got a 48-hour deadline to go.').features.numbers).toMatchObject([{ min: 48, max: 48, unit: 'hour' }]);
    expect(analyse('They got a 48-hour deadline to go.').features.numbers[0]?.describes).toBeFalsy();
    expect(analyse('They held a two-day summit.').features.numbers[0]?.describes).toBe(true);
  });
});

describe('what is no season and no aim', () => {
  it('reads "the fall in the rial" as no date, and a deed after "and" with a new doer as no aim', () => {
    expect(analyse('The fall in the rial followed the sanctions.').features.dates).toEqual([]);
    const expels = analyse('The hackers were able to steal data and Albania expels the diplomats.').features.actions.find((a) => a.text === 'expels');
    expect(expels).toBeDefined();
    expect(expels?.modal).toBeFalsy();
  });
});
