import { IMPORT_MAX_ROWS } from "@/lib/limits";
import { ImportRefusal } from "./refusal";

/** One record of a CSV file and the line it starts on (1-based; a quoted field may span lines). */
export type CsvRecord = { line: number; fields: string[] };

/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF or LF; a field in double quotes may hold
 * commas, line breaks and doubled quotes (""). A leading byte-order mark is dropped. A quote that opens
 * inside a field, text after a closing quote, or a quote never closed refuses the file, naming the line.
 * More than `maxRows` records after the header is refused too, before anything else is read.
 */
export function parseCsv(text: string, maxRows = IMPORT_MAX_ROWS): CsvRecord[] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let quotedFrom: number | null = null;
  let afterQuote = false;
  let index = 0;

  const endField = () => {
    fields.push(field);
    field = "";
    afterQuote = false;
  };
  const endRecord = () => {
    endField();
    // A blank line is no record (a trailing newline, or an empty line between records).
    if (!(fields.length === 1 && fields[0] === "")) {
      if (records.length > maxRows) {
        throw new ImportRefusal(`the file has more than ${maxRows.toLocaleString("en")} rows`, recordLine);
      }
      records.push({ line: recordLine, fields });
    }
    fields = [];
  };

  while (index < input.length) {
    const char = input[index];
    if (quotedFrom !== null) {
      if (char === '"') {
        if (input[index + 1] === '"') {
          field += '"';
          index += 2;
          continue;
        }
        quotedFrom = null;
        afterQuote = true;
      } else {
        if (char === "\n") line += 1;
        field += char;
      }
      index += 1;
      continue;
    }
    if (char === ",") {
      endField();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && input[index + 1] === "\n") index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else if (char === '"') {
      if (field !== "" || afterQuote) throw new ImportRefusal('a quote (") inside an unquoted field', line);
      quotedFrom = line;
    } else {
      if (afterQuote) throw new ImportRefusal('text after a closing quote; double a quote inside a field ("")', line);
      field += char;
    }
    index += 1;
  }
  if (quotedFrom !== null) throw new ImportRefusal("a quoted field is never closed", quotedFrom);
  if (field !== "" || fields.length > 0 || afterQuote) endRecord();
  return records;
}
