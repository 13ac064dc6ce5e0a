import superjson from "superjson";
import { MAX_BODY_BYTES } from "@/server/trpc/http-guards";
import type { Random } from "./random";

// Whole request bodies an attacker can send instead of the envelope superjson writes: as text, since
// some are not JSON at all and some nest deeper than JSON.stringify would go.

/** `{"a":{"a":…}}` or `[[…]]`, `depth` levels, written without recursion. */
function nestedText(depth: number, inner: string, array: boolean): string {
  return array
    ? `${"[".repeat(depth)}${inner}${"]".repeat(depth)}`
    : `${'{"a":'.repeat(depth)}${inner}${"}".repeat(depth)}`;
}

/** How many `unit`-byte pieces fill nine tenths of the largest body the route accepts. */
function filling(unitBytes: number): number {
  return Math.floor((MAX_BODY_BYTES * 0.9) / unitBytes);
}

function manyKeys(count: number, value: string): string {
  return `{${Array.from({ length: count }, (_, index) => `"k${index}":${value}`).join(",")}}`;
}

/** The envelope superjson writes for `input`, as text. */
export function envelopeText(input: unknown): string {
  return JSON.stringify(superjson.serialize(input));
}

/** A hostile replacement for the envelope of `input` (a valid input of the procedure), with a label. */
export function hostileEnvelope(input: unknown, random: Random): { label: string; text: string } {
  const json = JSON.stringify(superjson.serialize(input).json ?? null);
  const withMeta = (label: string, meta: string) => ({ label, text: `{"json":${json},"meta":${meta}}` });
  const cases: (() => { label: string; text: string })[] = [
    () => withMeta("meta.values a string", '{"values":"string"}'),
    () => withMeta("meta.values a 900 kB string", JSON.stringify({ values: "s".repeat(900 * 1024) })),
    () => withMeta("meta.values a number", '{"values":7}'),
    () => withMeta("meta.values an empty array", '{"values":[]}'),
    () => withMeta("meta.values a nested empty array", '{"values":[[]]}'),
    () =>
      withMeta("meta.values nested to the body limit", `{"values":${nestedText(filling(6), '["undefined"]', false)}}`),
    () =>
      withMeta(
        "meta.values nested in arrays to the body limit",
        `{"values":${nestedText(filling(2), '"Date"', true)}}`,
      ),
    () =>
      withMeta(
        "meta.values with annotations to the body limit",
        `{"values":${manyKeys(filling(24), '["undefined"]')}}`,
      ),
    () => withMeta("meta.values a string to the body limit", JSON.stringify({ values: "s".repeat(filling(1)) })),
    () => withMeta("meta.values for keys json lacks", '{"values":{"nope.deeper.still":["Date"]}}'),
    () => withMeta("meta.values an unknown type", '{"values":["Temporal"]}'),
    () => withMeta("meta.values a class type", '{"values":[["class","User"]]}'),
    () => withMeta("meta.values a root Date on an object", '{"values":["Date"],"v":1}'),
    () => withMeta("meta.values a root map on an object", '{"values":["map"],"v":1}'),
    () => withMeta("meta.values a prototype path", '{"values":{"__proto__.polluted":["undefined"]},"v":1}'),
    () => withMeta("meta.referentialEqualities to the root", '{"referentialEqualities":[[""]],"v":1}'),
    () => withMeta("meta.referentialEqualities a string", '{"referentialEqualities":"x"}'),
    () =>
      withMeta(
        "meta.referentialEqualities 40,000 paths",
        `{"referentialEqualities":{"":${JSON.stringify(Array.from({ length: 40_000 }, () => ""))}}}`,
      ),
    () => withMeta("meta.v a string", '{"v":"1"}'),
    () => withMeta("meta.v huge", '{"v":1e308}'),
    () => withMeta("meta null", "null"),
    () => withMeta("meta a string", '"values"'),
    () => ({
      label: "a Date annotation on a bad date",
      text: '{"json":"2026-02-30T25:61:00Z","meta":{"values":["Date"],"v":1}}',
    }),
    () => ({ label: "a bigint annotation on text", text: '{"json":"twelve","meta":{"values":["bigint"],"v":1}}' }),
    () => ({
      label: "a regexp annotation on a catastrophic pattern",
      text: '{"json":"/(a+)+$/","meta":{"values":["regexp"],"v":1}}',
    }),
    () => ({ label: "a URL annotation on text", text: '{"json":"not a url","meta":{"values":["URL"],"v":1}}' }),
    () => ({
      label: "an Error annotation",
      text: '{"json":{"message":"x","stack":"y"},"meta":{"values":["Error"],"v":1}}',
    }),
    () => ({ label: "json nested in arrays to the body limit", text: `{"json":${nestedText(filling(2), "1", true)}}` }),
    () => ({
      label: "json nested in objects to the body limit",
      text: `{"json":${nestedText(filling(6), "1", false)}}`,
    }),
    () => ({ label: "json with keys to the body limit", text: `{"json":${manyKeys(filling(12), "1")}}` }),
    () => ({ label: "json with array items to the body limit", text: `{"json":[${"0,".repeat(filling(2))}0]}` }),
    () => ({
      label: "json with a prototype key",
      text: '{"json":{"__proto__":{"isAdmin":true},"constructor":{"prototype":{}}}}',
    }),
    () => ({ label: "an envelope that is null", text: "null" }),
    () => ({ label: "an envelope that is a string", text: '"json"' }),
    () => ({ label: "an envelope that is an array", text: `[${envelopeText(input)}]` }),
    () => ({ label: "an envelope with extra keys", text: `{"json":${json},"extra":1}` }),
    () => ({ label: "an envelope without json", text: '{"meta":{"values":{"title":["undefined"]}}}' }),
    () => ({ label: "plain JSON without an envelope", text: json }),
    () => ({ label: "broken JSON: cut short", text: envelopeText(input).slice(0, -1) }),
    () => ({ label: "broken JSON: single quotes", text: "{'json':{}}" }),
    () => ({ label: "broken JSON: trailing garbage", text: `${envelopeText(input)}garbage` }),
    () => ({ label: "broken JSON: a NUL byte", text: '{"json":\u0000}' }),
    () => ({ label: "broken JSON: lone surrogate escapes", text: '{"json":"\\ud800\\udc00\\ud800"}' }),
    () => ({ label: "broken JSON: empty", text: "" }),
  ];
  return random.pick(cases)();
}

/** Bodies for a batch call (`?batch=1`): `{"0": envelope, …}` and the shapes it must refuse. */
export function batchBody(envelopes: readonly string[], random: Random): { label: string; text: string } {
  const record = `{${envelopes.map((text, index) => `"${index}":${text}`).join(",")}}`;
  return random.pick([
    { label: "a batch", text: record },
    { label: "a batch body that is an array", text: `[${envelopes.join(",")}]` },
    { label: "a batch body that is null", text: "null" },
    { label: "a batch with indices it does not call", text: `{"9999":${envelopes[0] ?? "{}"},"-1":{},"__proto__":{}}` },
    { label: "a batch with null entries", text: `{${envelopes.map((_, index) => `"${index}":null`).join(",")}}` },
  ]);
}
