/** A Markdown document as plain text, with the title and date its front matter or first heading give. */
export interface MarkdownText {
  text: string;
  title: string | null;
  date: string | null;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+\s*)?$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,})$/;
const QUOTE = /^\s{0,3}>\s?/;
const LIST = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const REF_DEF = /^\s{0,3}\[[^\]^]+\]:\s*\S+/;
const TABLE_RULE = /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/;

/** Strips inline Markdown (links, images, emphasis, code, HTML tags, escapes) from one line. */
export function stripInline(line: string): string {
  return line
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/!\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/\[\^[^\]]+\]/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/(`+)(.+?)\1/g, '$2')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])/g, '$1')
    .replace(/(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])/g, '$1')
    .replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&');
}

function frontMatter(lines: string[]): { end: number; title: string | null; date: string | null } {
  if (lines[0]?.trim() !== '---') return { end: 0, title: null, date: null };
  const close = lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)\s*$/.test(l));
  if (close < 0) return { end: 0, title: null, date: null };
  const field = (key: string) => {
    const line = lines.slice(1, close).find((l) => new RegExp(`^${key}\\s*:`, 'i').test(l));
    const value = line?.replace(/^[^:]*:\s*/, '').trim().replace(/^(["'])(.*)\1$/, '$2');
    return value || null;
  };
  const date = field('date');
  return { end: close + 1, title: field('title'), date: date && /^\d{4}-\d\d-\d\d/.test(date) ? date.slice(0, 10) : null };
}

/**
 * Reduces Markdown to the plain text a reader sees: one paragraph a line (soft-wrapped lines
 * joined, as Markdown itself joins them), headings and list items on lines of their own,
 * code blocks, rules and link definitions left out.
 */
export function markdownToText(markdown: string): MarkdownText {
  const lines = markdown.split('\n');
  const front = frontMatter(lines);
  let title = front.title;
  const out: string[] = [];
  // Whether the last line written is a paragraph that the next plain line continues.
  let open = false;
  let fence: string | null = null;
  const block = (text: string) => {
    out.push(text);
    open = false;
  };
  for (let i = front.end; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (fence) {
      if (f && f[1]![0] === fence[0] && f[1]!.length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f[1]!;
      block('');
      continue;
    }
    if (!line.trim() || RULE.test(line) || REF_DEF.test(line) || TABLE_RULE.test(line)) {
      block('');
      continue;
    }
    // A line under a paragraph made of = or - signs turns that paragraph into a heading.
    if (open && SETEXT.test(line)) {
      title ??= out[out.length - 1]!;
      block('');
      continue;
    }
    const heading = ATX.exec(line);
    if (heading) {
      const text = stripInline(heading[1]!).trim();
      title ??= text || null;
      block('');
      block(text);
      block('');
      continue;
    }
    let body = line;
    while (QUOTE.test(body)) body = body.replace(QUOTE, '');
    const item = LIST.test(body);
    body = body.replace(LIST, '');
    if (/^\s*\|.*\|\s*$/.test(body)) body = body.trim().slice(1, -1).split('|').map((c) => c.trim()).filter(Boolean).join('; ');
    const text = stripInline(body).trim();
    if (!text) {
      block('');
      continue;
    }
    if (open && !item) out[out.length - 1] += ` ${text}`;
    else {
      out.push(text);
      open = true;
    }
  }
  return { text: out.join('\n').replace(/\n{3,}/g, '\n\n').trim(), title, date: front.date };
}
