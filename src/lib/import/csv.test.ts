import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

const rows = (text: string) => parseCsv(text).map((record) => record.fields);

describe("parseCsv (RFC 4180)", () => {
  it.each([
    [
      "plain fields",
      "a,b,c\n1,2,3\n",
      [
        ["a", "b", "c"],
        ["1", "2", "3"],
      ],
    ],
    [
      "CRLF line ends",
      "a,b\r\n1,2\r\n",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    [
      "no final newline",
      "a,b\n1,2",
      [
        ["a", "b"],
        ["1", "2"],
      ],
    ],
    ["a byte-order mark", "\uFEFFTYPE,CONTENT\n", [["TYPE", "CONTENT"]]],
    ["quoted commas", 'a,"b, c"\n', [["a", "b, c"]]],
    ["doubled quotes", '"say ""hi""",x\n', [['say "hi"', "x"]]],
    ["a newline inside quotes", '"one\ntwo",x\n', [["one\ntwo", "x"]]],
    ["a CRLF inside quotes", '"one\r\ntwo",x\r\n', [["one\r\ntwo", "x"]]],
    ["empty fields", ",,\n", [["", "", ""]]],
    ["an empty quoted field", '"",x\n', [["", "x"]]],
    ["blank lines skipped", "a\n\nb\n", [["a"], ["b"]]],
  ])("reads %s", (_name, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it("numbers each record by the line it starts on", () => {
    const records = parseCsv('h\n"multi\nline"\nnext\n');
    expect(records.map((record) => record.line)).toEqual([1, 2, 4]);
  });

  it.each([
    ['a,b"c\n', /^line 1: a quote/],
    ['x\n"open,field\nmore\n', /^line 2: a quoted field is never closed/],
    ['x\n"done"after\n', /^line 2: text after a closing quote/],
  ])("refuses %j naming the line", (text, message) => {
    expect(() => parseCsv(text)).toThrow(message);
  });

  it("refuses more rows than the limit after the header, naming the first line over", () => {
    expect(parseCsv("h\n1\n2\n", 2)).toHaveLength(3);
    expect(() => parseCsv("h\n1\n2\n3\n", 2)).toThrow("line 4: the file has more than 2 rows");
  });
});
