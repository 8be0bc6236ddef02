import { describe, expect, it } from 'vitest';
import { ENTITIES } from './dispute';

describe('the dispute\u2019s people and bodies', () => {
  it('gives each person an office that is one of the titles a claim can name, and each speaker a party that exists', () => {
    const ids = new Set(ENTITIES.map((e) => e.id));
    const roles = new Set(ENTITIES.filter((e) => e.kind === 'role').map((e) => e.id));
    for (const e of ENTITIES) {
      if (e.office) expect(roles.has(e.office), `${e.id}: office ${e.office}`).toBe(true);
      if (e.speaksFor) expect(ids.has(e.speaksFor), `${e.id}: speaks for ${e.speaksFor}`).toBe(true);
    }
  });
});
