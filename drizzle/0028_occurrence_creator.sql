-- Completed read a repeating task's completed occurrences from one index of everyone's, newest first, keeping
-- the user's: beside other users' 100 000 of them, a user with none read all 100 000 rows for a page. An
-- occurrence's row now carries its task's creator, and Completed reads a user's own from an index of theirs.
ALTER TABLE "task_activity" ADD COLUMN "task_creator_id" uuid;--> statement-breakpoint
UPDATE "task_activity" SET "task_creator_id" = "task"."user_id" FROM "task"
  WHERE "task"."id" = "task_activity"."task_id"
    AND "task_activity"."kind" = 'completed' AND "task_activity"."changes" ? 'dueDate';--> statement-breakpoint
CREATE INDEX "task_activity_creator_occurrence_idx" ON "task_activity" USING btree ("task_creator_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "task_activity"."task_creator_id" is not null;--> statement-breakpoint
-- Whether an occurrence's completion was undone: the task's "uncompleted" rows after it, one probe each (the
-- check used to read the whole table, hashed, for every page of Completed).
CREATE INDEX "task_activity_uncompleted_idx" ON "task_activity" USING btree ("task_id","id") WHERE "task_activity"."kind" = 'uncompleted';--> statement-breakpoint
-- Set on every completed occurrence however it is written (the task_activity_log trigger, a restore, a test).
CREATE FUNCTION task_activity_occurrence_creator() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.task_creator_id := (SELECT user_id FROM task WHERE id = NEW.task_id);
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_activity_occurrence_creator BEFORE INSERT ON task_activity
  FOR EACH ROW WHEN (NEW.kind = 'completed' AND NEW.changes ? 'dueDate')
  EXECUTE FUNCTION task_activity_occurrence_creator();
--> statement-breakpoint
-- A task changes creator only when its creator's account goes and the task passes to the project's heir
-- (leave-all.ts): its occurrences follow it, or they would drop out of the heir's Completed.
CREATE FUNCTION task_creator_follows() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE task_activity SET task_creator_id = NEW.user_id
    WHERE task_id = NEW.id AND kind = 'completed' AND changes ? 'dueDate';
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_creator_follows AFTER UPDATE OF user_id ON task
  FOR EACH ROW WHEN (OLD.user_id IS DISTINCT FROM NEW.user_id)
  EXECUTE FUNCTION task_creator_follows();
