/** A member of a project, as `project.members` names them: what assigning a task needs. */
export type AssignableMember = { userId: string; name: string };

/**
 * Whom a task of a project can be given to, from its members (undefined while they load): nobody in a
 * project no one else is in (like the Inbox), else every member, by their name without outer spaces.
 * Quick add's `+Name` and the bulk "Assign" offer the same people.
 */
export function assignableMembers(members: readonly AssignableMember[] | undefined): AssignableMember[] {
  if (!members || members.length < 2) return [];
  return members.map((member) => ({ userId: member.userId, name: member.name.trim() })).filter((member) => member.name);
}
