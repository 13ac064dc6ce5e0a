-- Tasks are reached through their project's members (issue #17): the keys that tied a task, its subtasks,
-- labels and reminders to one owner give way to plain foreign keys, and manual-order keys are unique per
-- list (a project, or its creator's Inbox) instead of per user. Existing keys were unique per user, so they
-- stay unique per list.
ALTER TABLE "task_label" DROP CONSTRAINT "task_label_task_id_user_id_task_id_user_id_fk";--> statement-breakpoint
ALTER TABLE "reminder" DROP CONSTRAINT "reminder_task_id_user_id_task_id_user_id_fk";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT "task_project_id_user_id_project_id_user_id_fk";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT "task_parent_id_user_id_task_id_user_id_fk";--> statement-breakpoint
ALTER TABLE "project" DROP CONSTRAINT "project_id_user_unique";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT "task_user_position_unique";--> statement-breakpoint
ALTER TABLE "task" DROP CONSTRAINT "task_id_user_unique";--> statement-breakpoint
DROP INDEX "task_project_idx";--> statement-breakpoint
ALTER TABLE "task_label" ADD CONSTRAINT "task_label_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reminder" ADD CONSTRAINT "reminder_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_parent_id_task_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "task_list_position_unique" ON "task" USING btree (coalesce("project_id", "user_id"),"position");--> statement-breakpoint
CREATE INDEX "task_inbox_idx" ON "task" USING btree ("user_id","position","id") WHERE "task"."deleted_at" is null and "task"."project_id" is null;--> statement-breakpoint
CREATE INDEX "task_project_idx" ON "task" USING btree ("project_id","position","id") WHERE "task"."deleted_at" is null;
--> statement-breakpoint
CREATE INDEX "task_user_position_idx" ON "task" USING btree ("user_id","position");
