export function FormAlert({ message }: { message: string | null }) {
  // Always rendered so screen readers announce the message when it appears.
  return (
    <div
      role="alert"
      aria-live="assertive"
      className={message ? "rounded-md border border-danger px-3 py-2 text-sm text-danger" : "sr-only"}
    >
      {message}
    </div>
  );
}
