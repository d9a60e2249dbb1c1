/**
 * A problem with one input (a file, a row of a file, a manifest row). The ingest stage turns
 * these into rows of the `rejects` table and goes on; any other error stops the run.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
    readonly line: number | null = null,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'InputError';
  }
}
