import { appRoute } from "@/app/(app)/_components/sidebar/app-route";
import { TextLink } from "./text-link";

/** For a page reached from a link while signed out: sign in and come back here, or make an account first. */
export function SignInToContinue({ here, signUpHint }: { here: `/${string}`; signUpHint: string }) {
  return (
    <div className="flex flex-col gap-3 text-sm">
      <p>
        <TextLink href={appRoute(`/sign-in?next=${encodeURIComponent(here)}`)}>Sign in to continue</TextLink>
      </p>
      <p className="text-muted">
        No account yet? <TextLink href="/sign-up">Create one</TextLink>. {signUpHint}
      </p>
    </div>
  );
}
