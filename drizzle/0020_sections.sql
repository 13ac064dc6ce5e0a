-- Sections (issue #19 item 1). A task's section must be one of its own project's (composite key); deleting a
-- section clears only the task's section_id, which Drizzle's builder cannot say (it would clear project_id too).
CREATE TABLE "section" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" text COLLATE "C" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "section_project_position_unique" UNIQUE("project_id","position"),
	CONSTRAINT "section_id_project_unique" UNIQUE("id","project_id"),
	CONSTRAINT "section_name_length" CHECK (char_length("section"."name") between 1 and 120)
);
--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "section_id" uuid;--> statement-breakpoint
ALTER TABLE "section" ADD CONSTRAINT "section_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_section_id_project_id_section_id_project_id_fk" FOREIGN KEY ("section_id","project_id") REFERENCES "public"."section"("id","project_id") ON DELETE SET NULL ("section_id") ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_section_idx" ON "task" USING btree ("section_id") WHERE "task"."section_id" is not null;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_section_needs_project" CHECK ("task"."section_id" is null or "task"."project_id" is not null);