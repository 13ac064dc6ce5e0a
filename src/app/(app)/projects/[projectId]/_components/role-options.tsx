import { type ProjectRole, roleSummaries } from "@/lib/project-roles";

const roleNames: Record<ProjectRole, string> = { owner: "Owner", editor: "Editor", viewer: "Viewer" };

/** One <option> per role, its title saying what the role may do. */
export function RoleOptions({ roles }: { roles: readonly ProjectRole[] }) {
  return roles.map((role) => (
    <option key={role} value={role} title={roleSummaries[role]}>
      {roleNames[role]}
    </option>
  ));
}
