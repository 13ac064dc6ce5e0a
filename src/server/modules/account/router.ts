import "server-only";
import { createTRPCRouter, protectedProcedure } from "@/server/trpc/init";

export const accountRouter = createTRPCRouter({
  /** The signed-in user, as the session read it from the database for this request. */
  me: protectedProcedure.query(({ ctx }) => {
    const { id, name, email, emailVerified, image, createdAt } = ctx.user;
    return { id, name, email, emailVerified, image, createdAt };
  }),
});
