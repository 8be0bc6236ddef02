import { COMPLEMENTARY_GROUPS } from '../knowledge/dispute';

/**
 * How a claim's act stands to a source's act of the same kind, each told done or denied. The
 * same act told the same way agrees, told the other way clashes. Another act of the kind
 * (cutting ties against resuming them) clashes told the same way; of two complementary acts
 * (failing and succeeding), the one denied is the other done, so told the other way they
 * agree. Anything else says nothing either way.
 */
export function polarity(sameAct: boolean, claimDenied: boolean, sourceDenied: boolean, group: string | undefined): 'agrees' | 'clashes' | undefined {
  const sameWay = claimDenied === sourceDenied;
  if (sameAct) return sameWay ? 'agrees' : 'clashes';
  if (sameWay) return 'clashes';
  return group && COMPLEMENTARY_GROUPS.has(group) ? 'agrees' : undefined;
}
