import { Checker, type FactBundle } from '../core';
import bundle from '../generated/seed-facts.json';

/** Builds a checker from the fact bundle shipped with the extension (no database needed). */
export async function loadBundledChecker(): Promise<Checker> {
  const facts = bundle as unknown as FactBundle;
  return new Checker(facts.sources, facts.facts);
}
