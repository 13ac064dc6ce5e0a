import { z } from "zod/mini";
import { invitableRoles, projectRoles, shareLinkRoles } from "../project-roles";
import { projectId } from "./project";

const role = z.enum(projectRoles, { error: "Choose owner, editor or viewer." });
const userId = z.uuid({ error: "Not a member of this project." });
const invitationId = z.uuid({ error: "This invitation is for another email address or no longer exists." });
/** What an emailed or shared link carries: base64url, 256 random bits. */
const linkToken = z.string().check(z.regex(/^[\w-]{20,100}$/, "This link is not valid."));

export const inviteInput = z.strictObject({
  projectId,
  /** Lower-cased: the invitation matches the invitee's address whatever its case. */
  email: z.pipe(
    z.string().check(z.trim(), z.toLowerCase()),
    z.email({ error: "Enter a valid email address." }).check(z.maxLength(254, "That email address is too long.")),
  ),
  role: z.enum(invitableRoles, { error: "Choose owner, editor or viewer." }),
});

export const projectOnlyInput = z.strictObject({ projectId });
export const invitationIdInput = z.strictObject({ id: invitationId });
export const invitationTokenInput = z.strictObject({ token: linkToken });
export const setRoleInput = z.strictObject({ projectId, userId, role });
export const memberInput = z.strictObject({ projectId, userId });
export const createShareLinkInput = z.strictObject({
  projectId,
  role: z.enum(shareLinkRoles, { error: "Choose editor or viewer." }),
});
export const joinInput = z.strictObject({ token: linkToken });
