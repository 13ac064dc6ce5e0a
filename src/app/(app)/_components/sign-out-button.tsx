"use client";

import { useFormStatus } from "react-dom";
import { Icon } from "@/components/icon";
import { Button } from "@/components/ui/button";
import { clearOfflineData } from "./offline/offline-storage";

/**
 * Only the icon on a phone, where the header is narrow (the bell, quick add and your name share it).
 * Signing out forgets what this browser kept for offline use (lists, pages), before the next person comes.
 */
export function SignOutButton() {
  const { pending } = useFormStatus();
  return (
    <Button
      type="submit"
      variant="secondary"
      disabled={pending}
      onClick={() => void clearOfflineData()}
      className="min-w-10 whitespace-nowrap px-3 sm:px-4"
    >
      <Icon name="log-out" className="size-4 sm:hidden" />
      <span className="sr-only sm:not-sr-only">{pending ? "Signing out…" : "Sign out"}</span>
    </Button>
  );
}
