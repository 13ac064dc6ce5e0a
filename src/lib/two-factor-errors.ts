/** The part of a Better Auth client error these messages need. */
interface AuthFailure {
  status: number;
  code?: string | undefined;
}

/** Words for a refused code, to show on the code field; null when the failure is not about the code. */
export function codeErrorMessage(error: AuthFailure): string | null {
  switch (error.code) {
    case "INVALID_CODE":
      return "That code is not right. Enter the code your authenticator app shows now.";
    case "TOTP_CODE_ALREADY_USED":
      return "This code was already used. Wait for the next code in your authenticator app.";
    case "INVALID_BACKUP_CODE":
      return "That backup code is not right, or it was already used.";
    default:
      return null;
  }
}

/** Words for a refused password, to show on the password field; null otherwise. */
export function passwordErrorMessage(error: AuthFailure): string | null {
  return error.code === "INVALID_PASSWORD" ? "That password is not right." : null;
}
