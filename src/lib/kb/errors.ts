/** Where a problem is: a file and, where known, a line and column. */
export interface Place {
  file: string;
  line?: number;
  column?: number;
}

/** A user-facing problem with a place and a hint on how to fix it. */
export class DalilError extends Error {
  readonly place: Place;
  readonly hint: string | undefined;

  constructor(message: string, place: Place, hint?: string) {
    super(message);
    this.name = 'DalilError';
    this.place = place;
    this.hint = hint;
  }

  /** `file:line:column: message` followed by the hint, as the CLI prints it. */
  format(): string {
    const { file, line, column } = this.place;
    const where = [file, line, line !== undefined ? column : undefined].filter((x) => x !== undefined).join(':');
    return `${where}: ${this.message}${this.hint ? `\n  hint: ${this.hint}` : ''}`;
  }
}
