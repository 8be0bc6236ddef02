/**
 * Why an input could not become a source, in one line a reader can act on. The message
 * names the input and never holds a stack trace or a file's content.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';
}
