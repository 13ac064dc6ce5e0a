-- Completed read the occurrences of others' tasks in a member's shared projects from one index of everyone's,
-- newest first, keeping those of the member's projects: beside a stranger's 10 000 newer ones, a member read
-- all 10 000 for a page. An occurrence's row now carries its task's project too, and Completed reads each
-- shared project's from a range of its own; everyone's index has no reader left.
DROP INDEX "task_activity_occurrence_idx";--> statement-breakpoint
ALTER TABLE "task_activity" ADD COLUMN "task_project_id" uuid;--> statement-breakpoint
UPDATE "task_activity" SET "task_project_id" = "task"."project_id" FROM "task"
  WHERE "task"."id" = "task_activity"."task_id" AND "task_activity"."task_creator_id" IS NOT NULL;--> statement-breakpoint
CREATE INDEX "task_activity_project_occurrence_idx" ON "task_activity" USING btree ("task_project_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "task_activity"."task_project_id" is not null;--> statement-breakpoint
-- Set on every completed occurrence however it is written, with its creator (migration 0028).
CREATE OR REPLACE FUNCTION task_activity_occurrence_creator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT user_id, project_id INTO NEW.task_creator_id, NEW.task_project_id FROM task WHERE id = NEW.task_id;
  RETURN NEW;
END $$;
--> statement-breakpoint
-- A task's occurrences follow it when it passes to an heir (leave-all.ts) and when it moves to another
-- project or to the Inbox, or they would be read under the creator or project it left.
DROP TRIGGER task_creator_follows ON task;--> statement-breakpoint
DROP FUNCTION task_creator_follows();--> statement-breakpoint
CREATE FUNCTION task_occurrences_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE task_activity SET task_creator_id = NEW.user_id, task_project_id = NEW.project_id
    WHERE task_id = NEW.id AND task_creator_id IS NOT NULL;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_occurrences_follow AFTER UPDATE OF user_id, project_id ON task
  FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id OR OLD.project_id IS DISTINCT FROM NEW.project_id)
  EXECUTE FUNCTION task_occurrences_follow();
