"use client";

import { useFormStatus } from "react-dom";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
  const { pending } = useFormStatus();
  return (
    <Button type="submit" variant="secondary" disabled={pending} className="whitespace-nowrap">
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
