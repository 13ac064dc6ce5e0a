-- Tasks may be assigned to a member of their project (issue #17); an account that goes unassigns its tasks.
ALTER TABLE "task" ADD COLUMN "assignee_id" uuid;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_assignee_id_user_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_assignee_idx" ON "task" USING btree ("assignee_id","position","id") WHERE "task"."deleted_at" is null and "task"."assignee_id" is not null;