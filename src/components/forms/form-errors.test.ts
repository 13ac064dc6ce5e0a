import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { firstMessages, formErrorsFor, isSessionNotFresh } from "./form-errors";

/** A tRPC error as the client builds it from the server's answer. */
function trpcError(message: string, data: Record<string, unknown>) {
  return TRPCClientError.from({ error: { code: -32600, message, data } });
}

function zodRefusal(fieldErrors: Record<string, string[]>, formErrors: string[] = []) {
  return trpcError("Invalid input", { code: "BAD_REQUEST", httpStatus: 400, zodError: { formErrors, fieldErrors } });
}

const fields = new Set(["name", "expiresInDays"]);

describe("firstMessages", () => {
  it("keeps the first message of each field", () => {
    expect(firstMessages({ name: ["Enter your name.", "Too long."], email: ["Enter a valid email address."] })).toEqual(
      { name: "Enter your name.", email: "Enter a valid email address." },
    );
  });
});

describe("formErrorsFor", () => {
  it("puts a tRPC input refusal about one of the form's fields on that field", () => {
    expect(formErrorsFor(zodRefusal({ name: ["Use at most 100 characters.", "Other."] }), fields)).toEqual({
      fieldErrors: { name: "Use at most 100 characters." },
      formError: null,
    });
  });

  it("puts messages about no field of the form on the form, the fields' on the fields", () => {
    expect(formErrorsFor(zodRefusal({ name: ["Enter a name."], id: ["Not a token id."] }), fields)).toEqual({
      fieldErrors: { name: "Enter a name." },
      formError: "Not a token id.",
    });
    expect(formErrorsFor(zodRefusal({}, ["Nothing to change."]), fields)).toEqual({
      fieldErrors: {},
      formError: "Nothing to change.",
    });
  });

  it("words any other tRPC failure for the form, with the reference of a server failure", () => {
    const conflict = trpcError("A token with that name exists.", { code: "CONFLICT", httpStatus: 409 });
    expect(formErrorsFor(conflict, fields)).toEqual({ fieldErrors: {}, formError: "A token with that name exists." });
    const failure = trpcError("boom", { code: "INTERNAL_SERVER_ERROR", httpStatus: 500, requestId: "req-1" });
    expect(formErrorsFor(failure, fields).formError).toMatch(
      /^Something went wrong\. Your change was not saved\..*req-1/,
    );
  });

  it("uses the form's own words when it has them", () => {
    const conflict = trpcError("Taken.", { code: "CONFLICT", httpStatus: 409 });
    expect(formErrorsFor(conflict, fields, { describe: () => "No token was created." }).formError).toBe(
      "No token was created.",
    );
  });

  it("words a Better Auth failure with describeAuthError, unless the form reads it as about one field", () => {
    const wrong = { status: 401, code: "INVALID_EMAIL_OR_PASSWORD" };
    expect(formErrorsFor(wrong, fields)).toEqual({ fieldErrors: {}, formError: "Wrong email or password." });
    const taken = { status: 422, code: "USER_ALREADY_EXISTS" };
    const fieldErrorFor = (error: { code: string }) =>
      error.code === "USER_ALREADY_EXISTS" ? { email: "An account with this email already exists." } : null;
    expect(formErrorsFor(taken, fields, { fieldErrorFor })).toEqual({
      fieldErrors: { email: "An account with this email already exists." },
      formError: null,
    });
  });

  it("words a failure that is neither as a change that did not happen", () => {
    expect(formErrorsFor(new TypeError("Failed to fetch"), fields).formError).toBe(
      "Something went wrong. Your change was not saved.",
    );
  });
});

describe("isSessionNotFresh", () => {
  it("reads Better Auth's code and tRPC's reason", () => {
    expect(isSessionNotFresh({ status: 403, code: "SESSION_NOT_FRESH" })).toBe(true);
    expect(isSessionNotFresh(trpcError("Sign in again.", { code: "FORBIDDEN", reason: "SESSION_NOT_FRESH" }))).toBe(
      true,
    );
    expect(isSessionNotFresh(trpcError("No.", { code: "FORBIDDEN", reason: null }))).toBe(false);
  });
});
