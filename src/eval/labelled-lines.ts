// Reading a labelled set's JSON Lines. Every way a line can be wrong is named with its file
// and line number in one sentence, so that whoever wrote the set can mend it at once.
import { SCORED_LABELS, isScoredLabel, type ScoredLabel } from './scoring';

/** A labelled set that cannot be scored as written; the message is one line. */
export class SetError extends Error {
  override readonly name = 'SetError';
}

/** One labelled claim, as a set's line gives it. */
export interface LabelledClaim {
  /** Line number in its file, counting from 1, for messages and for claims without an id. */
  line: number;
  /** The line's `id`, or `line N` when it has none. */
  id: string;
  text: string;
  label: ScoredLabel;
  /** What sort of change or text the claim is (a contrast set's "negation", "date"...). */
  kind?: string;
  /** Claims that stand or fall together (a base sentence and its variants). */
  group?: string;
  /** For a page set: the page, in the set's pages/ folder, that the sentence is from. */
  file?: string;
  url?: string;
  title?: string;
  /** Which checker the line was written about, when it was exported from one. */
  checker?: string;
  comment?: string;
  /** When the line was written or labelled. */
  at?: string;
}

/** One page of a near-miss set: the sentences on it that are about the dispute, and may carry a note. */
export interface NearMissPage {
  line: number;
  file: string;
  kind?: string;
  url?: string;
  onTopic: string[];
}

/** The objects of a JSON Lines text, each with its line number; blank lines are skipped. */
function objects(name: string, text: string): { line: number; value: Record<string, unknown> }[] {
  const out: { line: number; value: Record<string, unknown> }[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((raw, i) => {
    if (!raw.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      // JSON.parse's message names the character, which is what one needs to find the fault.
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new SetError(`${name} line ${i + 1} is not JSON (${why})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new SetError(`${name} line ${i + 1} is not a JSON object`);
    out.push({ line: i + 1, value: value as Record<string, unknown> });
  });
  if (!out.length) throw new SetError(`${name} has no lines`);
  return out;
}

/** An optional field that must be text when present; an id or a group may be a number. */
function optional(name: string, line: number, value: Record<string, unknown>, field: string, numbers = false): string | undefined {
  const v = value[field];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string' || (numbers && typeof v === 'number')) return String(v);
  throw new SetError(`${name} line ${line}: "${field}" must be ${numbers ? 'text or a number' : 'text'}`);
}

/**
 * The claims of a claim file (`{"text","label"}` a line, with optional `id`, `kind`,
 * `group`, `url`, `title`, `checker`, `comment`, `at`); with `needFile`, every line must
 * also name its page (`file`), as a page set's lines do. Other fields are left alone.
 */
export function parseClaimLines(name: string, text: string, options: { needFile?: boolean } = {}): LabelledClaim[] {
  return objects(name, text).map(({ line, value }) => {
    if (typeof value.text !== 'string' || !value.text.trim()) throw new SetError(`${name} line ${line} has no "text"`);
    if (value.label === undefined || value.label === null || value.label === '') throw new SetError(`${name} line ${line} has no "label"`);
    if (!isScoredLabel(value.label)) throw new SetError(`${name} line ${line}: unknown label ${JSON.stringify(value.label)} (labels: ${SCORED_LABELS.join(', ')})`);
    const claim: LabelledClaim = { line, id: optional(name, line, value, 'id', true) ?? `line ${line}`, text: value.text, label: value.label };
    // An exported line may carry its time as a number; a group or kind may be numbered.
    for (const field of ['kind', 'group', 'at'] as const) {
      const v = optional(name, line, value, field, true);
      if (v !== undefined) claim[field] = v;
    }
    for (const field of ['url', 'title', 'checker', 'comment', 'file'] as const) {
      const v = optional(name, line, value, field);
      if (v !== undefined) claim[field] = v;
    }
    if (options.needFile && !claim.file) throw new SetError(`${name} line ${line} has no "file" (each line of a page set names its page)`);
    return claim;
  });
}

/** The pages of a near-miss set's expect.jsonl (`{"file","kind","url","on_topic":[sentences]}` a line). */
export function parseNearMissLines(name: string, text: string): NearMissPage[] {
  return objects(name, text).map(({ line, value }) => {
    const file = optional(name, line, value, 'file');
    if (!file) throw new SetError(`${name} line ${line} has no "file"`);
    const onTopic = value.on_topic ?? [];
    if (!Array.isArray(onTopic) || !onTopic.every((s) => typeof s === 'string')) throw new SetError(`${name} line ${line}: "on_topic" must be a list of sentences`);
    const page: NearMissPage = { line, file, onTopic: onTopic as string[] };
    const kind = optional(name, line, value, 'kind');
    if (kind !== undefined) page.kind = kind;
    const url = optional(name, line, value, 'url');
    if (url !== undefined) page.url = url;
    return page;
  });
}
