import { TextField } from "@/components/ui/text-field";

/** The password asked again before a change that needs it (two-factor settings, deleting the account). */
export function CurrentPasswordField({ error }: { error: string | undefined }) {
  return (
    <TextField
      label="Your password"
      name="password"
      type="password"
      autoComplete="current-password"
      required
      error={error}
    />
  );
}
