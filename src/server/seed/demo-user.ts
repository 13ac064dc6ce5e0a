import "server-only";
import { DEMO_ACCOUNT } from "@/lib/demo-account";
import { auth } from "@/server/auth/auth";

/**
 * The demo user, made (or put back) through Better Auth's own adapter and password hasher: the rows
 * are the ones sign-up writes, without sign-up's side effects (a verification email, a session).
 * An existing demo account keeps its id; whatever a visitor changed that would stop the next one from
 * signing in (password, two-factor, email verification) is reset.
 */
export async function ensureDemoUser(timeZone: string): Promise<{ id: string; created: boolean }> {
  const context = await auth.$context;
  const hash = await context.password.hash(DEMO_ACCOUNT.password);
  const existing = await context.internalAdapter.findUserByEmail(DEMO_ACCOUNT.email, { includeAccounts: true });

  if (!existing) {
    const created = await context.internalAdapter.createUser(
      { email: DEMO_ACCOUNT.email, name: DEMO_ACCOUNT.name, emailVerified: true, timeZone },
      { method: "email-password" },
    );
    await context.internalAdapter.linkAccount({
      userId: created.id,
      providerId: "credential",
      accountId: created.id,
      password: hash,
    });
    return { id: created.id, created: true };
  }

  const { id } = existing.user;
  await context.internalAdapter.updateUser(id, {
    name: DEMO_ACCOUNT.name,
    emailVerified: true,
    timeZone,
    twoFactorEnabled: false,
  });
  await context.adapter.deleteMany({ model: "twoFactor", where: [{ field: "userId", value: id }] });
  if (existing.accounts.some((account) => account.providerId === "credential")) {
    await context.internalAdapter.updatePassword(id, hash);
  } else {
    await context.internalAdapter.linkAccount({ userId: id, providerId: "credential", accountId: id, password: hash });
  }
  return { id, created: false };
}
