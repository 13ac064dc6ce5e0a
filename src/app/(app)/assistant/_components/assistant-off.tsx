import { ASSISTANT_KEY_URL, ASSISTANT_KEY_VARIABLE } from "@/lib/assistant";

/** Shown instead of the chat when the server has no model to run. */
export function AssistantOff() {
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">Assistant</h1>
      <p>The AI assistant is not enabled on this server. Everything else in Tasklane works without it.</p>
      <div className="flex flex-col gap-2 rounded-md border border-border bg-surface p-4">
        <h2 className="font-semibold">To enable it</h2>
        <ol className="list-decimal space-y-1 pl-5">
          <li>
            Get a Google Gemini API key at{" "}
            <a href={ASSISTANT_KEY_URL} className="text-accent underline" rel="noreferrer" target="_blank">
              Google AI Studio
            </a>
            .
          </li>
          <li>
            Set <code className="rounded bg-bg px-1">{ASSISTANT_KEY_VARIABLE}</code> to it in the server's environment
            (optionally <code className="rounded bg-bg px-1">ASSISTANT_MODEL</code>, default gemini-2.5-flash).
          </li>
          <li>Restart the app.</li>
        </ol>
      </div>
    </div>
  );
}
