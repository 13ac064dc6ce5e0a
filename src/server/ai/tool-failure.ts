import "server-only";

/**
 * A tool call that failed in words written for the model and the user (the routers' own messages, the
 * turn's write limit): the chat shows them as they are, where any other failure gets a generic sentence.
 */
export class ToolFailure extends Error {
  override name = "ToolFailure";
}
