/**
 * Who may do what in a project: the one table every surface (pages, tRPC, tokens, MCP, the assistant)
 * decides by, on the server through `server/access`, in the browser to hide what a role cannot do.
 */
export const projectRoles = ["owner", "editor", "viewer"] as const;
export type ProjectRole = (typeof projectRoles)[number];

/** How a member looks at a project (each member chooses their own): its list, or its board of sections. */
export const projectLayouts = ["list", "board"] as const;
export type ProjectLayout = (typeof projectLayouts)[number];

/** The roles an invitation may give (any), and a share link (never owner: whoever holds the link joins). */
export const invitableRoles = projectRoles;
export const shareLinkRoles = ["editor", "viewer"] as const;
export type ShareLinkRole = (typeof shareLinkRoles)[number];

export type ProjectAction =
  /** See the project, its tasks and their comments. */
  | "read"
  /** Create, edit, complete, reorder, trash and restore its tasks; comment. */
  | "editTasks"
  /** Rename, recolour, archive or delete it; invite, change roles, remove members. */
  | "manage";

const allowed: Record<ProjectAction, readonly ProjectRole[]> = {
  read: ["owner", "editor", "viewer"],
  editTasks: ["owner", "editor"],
  manage: ["owner"],
};

export function roleAllows(role: ProjectRole, action: ProjectAction): boolean {
  return allowed[action].includes(role);
}

/** What a member is told when their role does not allow an action (they can see the project). */
export const refusals: Record<Exclude<ProjectAction, "read">, string> = {
  editTasks: "You can view this project but not change it: ask an owner to make you an editor.",
  manage: "Only an owner of this project can do that.",
};

/** What each role may do, in the words the sharing screens use. */
export const roleSummaries: Record<ProjectRole, string> = {
  owner: "Can change everything, including who is in the project.",
  editor: "Can add, change and complete tasks.",
  viewer: "Can see the project and its tasks.",
};
