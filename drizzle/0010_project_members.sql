-- Projects are reached through their members (issue #17): every existing project gets its creator as owner,
-- keeping its place in the sidebar, which is now each member's own.
CREATE TABLE "project_member" (
	"project_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"position" text COLLATE "C" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_member_project_id_user_id_pk" PRIMARY KEY("project_id","user_id"),
	CONSTRAINT "project_member_user_position_unique" UNIQUE("user_id","position"),
	CONSTRAINT "project_member_role" CHECK ("project_member"."role" in ('owner', 'editor', 'viewer'))
);
--> statement-breakpoint
ALTER TABLE "project" DROP CONSTRAINT "project_user_position_unique";--> statement-breakpoint
DROP INDEX "project_user_idx";--> statement-breakpoint
ALTER TABLE "project_member" ADD CONSTRAINT "project_member_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_member" ADD CONSTRAINT "project_member_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
INSERT INTO "project_member" ("project_id", "user_id", "role", "position", "created_at")
  SELECT "id", "user_id", 'owner', "position", "created_at" FROM "project";--> statement-breakpoint
ALTER TABLE "project" DROP COLUMN "position";