"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { toast } from "sonner";
import { Button } from "@/components/ui/button";
import { authClient } from "@/lib/auth-client";

export function UserMenu({ name, email }: { name: string; email: string }) {
  const router = useRouter();
  const [pending, setPending] = useState(false);

  async function signOut() {
    setPending(true);
    const { error } = await authClient.signOut();
    if (error) {
      setPending(false);
      toast.error("Could not sign out. Please try again.");
      return;
    }
    router.replace("/sign-in");
    router.refresh();
  }

  return (
    <div className="flex min-w-0 items-center gap-3">
      <div className="min-w-0 text-right">
        <p className="truncate text-sm font-medium" data-testid="user-name">
          {name}
        </p>
        <p className="hidden truncate text-xs text-muted sm:block">{email}</p>
      </div>
      <Button variant="secondary" onClick={signOut} disabled={pending} className="whitespace-nowrap">
        {pending ? "Signing out…" : "Sign out"}
      </Button>
    </div>
  );
}
