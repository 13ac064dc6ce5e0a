import { TRPCError } from "@trpc/server";

/** The TRPCError a call fails with; throws if it succeeds or fails otherwise. */
export async function failure(promise: Promise<unknown>): Promise<TRPCError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(error)}`);
  return error;
}

/** "OK", or the TRPCError code a call fails with. */
export async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return "OK";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `not a TRPCError: ${String(error)}`;
  }
}

/** A failure's message together with its zod issues (where input validation put the words). */
export function messagesOf(error: TRPCError): string {
  return `${error.message} ${JSON.stringify(error.cause ?? null)}`;
}
