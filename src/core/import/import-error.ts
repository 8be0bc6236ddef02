/**
 * Why an input could not become a source, in one line a reader can act on. The message
 * names the input and never holds a stack trace or a file's content.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(message: string) {
    // A claim or a title quoted in the message may hold line breaks; the message stays one line.
    super(message.replace(/\s+/g, ' ').trim());
  }
}
