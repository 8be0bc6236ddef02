import { Checker } from '../core';
import type { SourceDb } from './schema';
import { infoOf } from './user-sources';

/** Builds a checker from every enabled source in the database and its facts, read in one transaction. */
export async function loadChecker(db: SourceDb): Promise<Checker> {
  return db.transaction('r', db.sources, db.facts, async () => {
    const sources = (await db.sources.toArray()).map(infoOf);
    const enabled = sources.filter((s) => s.enabled).map((s) => s.id);
    const facts = enabled.length ? await db.facts.where('sourceId').anyOf(enabled).toArray() : [];
    return new Checker(sources, facts);
  });
}
