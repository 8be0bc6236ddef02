import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../core/types';
import { evaluate, type ClaimChecker } from './evaluate';
import { escapeHtml, htmlReport } from './html-report';

const HOSTILE = 'The mayor said "<img src=x onerror=alert(1)>" & <script>alert(2)</script> left.';

/** A checker that calls everything supported, quoting a source whose words hold markup too. */
const checker: ClaimChecker = {
  checkClaim: (text): CheckResult => ({
    text,
    start: 0,
    end: text.length,
    verdict: 'supported',
    reason: 'One source says so.',
    evidence: [{ factId: 's#1', sourceId: 's', sourceTitle: 'The <b>Gazette</b>', sourceDate: '2022-09-07', quote: 'It was <i>so</i>.', stance: 'supports', points: [] }],
    details: [{ text: 'mayor', kind: 'name', outcome: 'backed', quotes: ['The <u>mayor</u> spoke.'], sources: 1 }],
  }),
  checkText: () => [],
};

function read(html: string): Document {
  const win = new Window();
  return new win.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('the HTML report', () => {
  it('escapes every character that could start markup', () => {
    expect(escapeHtml(`<a href="x">Tom's & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&#39;s&lt;/a&gt;');
  });

  it('shows claims, quotes and source titles holding markup as the text they are, adding no element', () => {
    const ev = evaluate(checker, { type: 'claims', name: 'mine <set>', claims: [{ line: 1, id: 'x<1>', text: HOSTILE, label: 'contradicted' }] });
    const doc = read(htmlReport(ev));
    expect(doc.querySelectorAll('script, img, b, i, u')).toHaveLength(0);
    const error = doc.querySelector('article.error')!;
    expect(error.textContent).toContain(HOSTILE);
    expect(error.textContent).toContain('The <b>Gazette</b>');
    expect(error.textContent).toContain('It was <i>so</i>.');
    expect(error.textContent).toContain('The <u>mayor</u> spoke.');
    expect(doc.title).toBe('Scores: mine <set>');
  });

  it('needs nothing from outside the file: no script, stylesheet link or image', () => {
    const ev = evaluate(checker, { type: 'claims', name: 'mine', claims: [{ line: 1, id: 'a', text: 'A ferry sank.', label: 'supported' }] });
    const html = htmlReport(ev);
    expect(html).not.toMatch(/<script|<link|<img|src=|href=/i);
    expect(read(html).querySelector('style')).not.toBeNull();
  });
});
