import "server-only";

/** The tag every tool result reaches the model in; the system prompt says what is inside is data. */
export const TOOL_DATA_TAG = "tool-data";

/**
 * A tool's result as the model reads it: its JSON inside <tool-data tool="…">…</tool-data>. `<` and `>`
 * are written as JSON escapes (the same JSON once parsed), so no title or description can close the
 * envelope and go on as if it were the app talking.
 */
export function toolDataEnvelope(toolName: string, output: unknown): { type: "text"; value: string } {
  const json = JSON.stringify(output ?? null)
    .replaceAll("<", "\\u003c")
    .replaceAll(">", "\\u003e");
  return { type: "text", value: `<${TOOL_DATA_TAG} tool="${toolName}">\n${json}\n</${TOOL_DATA_TAG}>` };
}

const ENVELOPE = new RegExp(`^<${TOOL_DATA_TAG} tool="[a-z_]+">\\n(.*)\\n</${TOOL_DATA_TAG}>$`, "s");

/** The JSON inside an envelope (the scripted test model reads results as a model would); null if none. */
export function readToolData(text: string): unknown {
  const json = ENVELOPE.exec(text)?.[1];
  if (json === undefined) return null;
  try {
    return JSON.parse(json);
  } catch {
    return null;
  }
}
