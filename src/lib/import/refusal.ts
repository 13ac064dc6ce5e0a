/**
 * A file the import cannot read at all (malformed CSV, a missing column, too many rows): the whole import is
 * refused with this message, which names the line where there is one. Problems that only lose a detail are
 * not refusals: they are listed in the answer's `problems` and the rest is imported.
 */
export class ImportRefusal extends Error {
  override name = "ImportRefusal";

  constructor(
    readonly reason: string,
    readonly line: number | null = null,
    /** Which file of several ("Work.csv: "). */
    readonly where = "",
  ) {
    super(`${where}${line === null ? "" : `line ${line}: `}${reason}`);
  }
}

/** Something the import changed or left out, at a line of the file (0 when it concerns the whole file). */
export type ImportProblem = { line: number; message: string };
