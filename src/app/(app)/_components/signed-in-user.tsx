"use client";

import { createContext, type ReactNode, useContext } from "react";

const SignedInUserContext = createContext<string | undefined>(undefined);

/** The signed-in user's id, for what the browser decides itself ("Assigned to me", "Me" in a picker). */
export function SignedInUserProvider({ id, children }: { id: string; children: ReactNode }) {
  return <SignedInUserContext.Provider value={id}>{children}</SignedInUserContext.Provider>;
}

/** Undefined outside the signed-in shell. */
export function useSignedInUserId(): string | undefined {
  return useContext(SignedInUserContext);
}
