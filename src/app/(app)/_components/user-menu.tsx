import { Icon } from "@/components/icon";
import { NavLink } from "./sidebar/nav-link";
import { signOut } from "./sign-out";
import { SignOutButton } from "./sign-out-button";

export function UserMenu({ name, email }: { name: string; email: string }) {
  return (
    <div className="flex min-w-0 items-center gap-2 sm:gap-3">
      <div className="min-w-0 text-right">
        <p className="truncate text-sm font-medium" data-testid="user-name">
          {name}
        </p>
        <p className="hidden truncate text-xs text-muted sm:block">{email}</p>
      </div>
      <NavLink
        href="/settings"
        className="inline-flex min-h-10 shrink-0 items-center gap-2 rounded-md px-3 text-sm font-medium text-fg hover:bg-surface aria-[current=page]:bg-surface aria-[current=page]:underline"
      >
        <Icon name="settings" className="size-4" />
        <span className="sr-only sm:not-sr-only">Settings</span>
      </NavLink>
      <form action={signOut}>
        <SignOutButton />
      </form>
    </div>
  );
}
