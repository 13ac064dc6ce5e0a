import { signOut } from "./sign-out";
import { SignOutButton } from "./sign-out-button";

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <div className="flex min-w-0 items-center gap-3">
      <div className="min-w-0 text-right">
        <p className="truncate text-sm font-medium" data-testid="user-name">
          {name}
        </p>
        <p className="hidden truncate text-xs text-muted sm:block">{email}</p>
      </div>
      <form action={signOut}>
        <SignOutButton />
      </form>
    </div>
  );
}
