-- Issue #18 item 8: each user's 12/24-hour choice, and an index for Completed's list of repeating tasks' completions.
ALTER TABLE "user" ADD COLUMN "time_format" text DEFAULT 'auto' NOT NULL;--> statement-breakpoint
CREATE INDEX "task_activity_occurrence_idx" ON "task_activity" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "task_activity"."kind" = 'completed' and "task_activity"."changes" ? 'dueDate';--> statement-breakpoint
ALTER TABLE "user" ADD CONSTRAINT "user_time_format" CHECK ("user"."time_format" in ('auto', '12h', '24h'));