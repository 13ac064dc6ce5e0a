// Small pieces shared by the repeat-phrase readers: a regex tried at one exact offset of the working
// text, and numbers written as digits or words ("every two weeks").

export type Read<T> = { value: T; end: number } | null;

const END = "(?![\\p{L}\\p{N}_])";
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
export const NUMBER = `(?:\\d{1,3}|${NUMBER_WORDS.join("|")})`;

/** `pattern` matched exactly at `at`; a whole word unless `wordEnd` is false (for "until " and such). */
export function sticky(working: string, at: number, pattern: string, wordEnd = true): RegExpExecArray | null {
  const regex = new RegExp(wordEnd ? `${pattern}${END}` : pattern, "iuy");
  regex.lastIndex = at;
  return regex.exec(working);
}

export function numberValue(text: string): number {
  const word = NUMBER_WORDS.indexOf(text.toLowerCase());
  return word >= 0 ? word + 1 : Number(text);
}
