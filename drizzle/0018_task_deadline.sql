-- Deadlines (issue #18 item 4): a date a task must be done by, besides its due date; its changes are history.
ALTER TABLE "task" ADD COLUMN "deadline" date;--> statement-breakpoint
CREATE INDEX "task_deadline_idx" ON "task" USING btree ("user_id",coalesce("deadline", 'infinity'::date),"position","id") WHERE "task"."deleted_at" is null;--> statement-breakpoint
CREATE OR REPLACE FUNCTION task_activity_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tracked constant text[][] := ARRAY[
    ['title', 'title'], ['description', 'description'], ['priority', 'priority'],
    ['due_date', 'dueDate'], ['due_time', 'dueTime'], ['recurrence_rule', 'recurrenceRule'],
    ['recurrence_from', 'recurrenceFrom'], ['project_id', 'projectId'], ['parent_id', 'parentId'],
    ['deadline', 'deadline']
  ];
  old_row jsonb;
  new_row jsonb;
  changes jsonb := '{}';
  event text;
  i int;
  -- Who is making the change: the member the access check named (server/access), else the task's creator.
  actor uuid := coalesce(nullif(current_setting('tasklane.actor', true), '')::uuid, NEW.user_id);
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO task_activity (task_id, user_id, kind) VALUES (NEW.id, actor, 'created');
    RETURN NULL;
  END IF;

  old_row := to_jsonb(OLD);
  new_row := to_jsonb(NEW);
  FOR i IN 1 .. array_length(tracked, 1) LOOP
    IF old_row -> tracked[i][1] IS DISTINCT FROM new_row -> tracked[i][1] THEN
      changes := changes || jsonb_build_object(
        tracked[i][2], jsonb_build_object('from', old_row -> tracked[i][1], 'to', new_row -> tracked[i][1]));
    END IF;
  END LOOP;

  IF OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN
    event := 'deleted';
  ELSIF OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN
    event := 'restored';
  ELSIF NEW.occurrences_completed > OLD.occurrences_completed
     OR (OLD.completed_at IS NULL AND NEW.completed_at IS NOT NULL) THEN
    event := 'completed';
  ELSIF NEW.occurrences_completed < OLD.occurrences_completed
     OR (OLD.completed_at IS NOT NULL AND NEW.completed_at IS NULL) THEN
    event := 'uncompleted';
  ELSIF changes ? 'projectId' THEN
    event := 'moved';
  ELSIF changes <> '{}' THEN
    event := 'updated';
  ELSE
    -- Reordering and other bookkeeping are not history.
    RETURN NULL;
  END IF;

  INSERT INTO task_activity (task_id, user_id, kind, changes) VALUES (NEW.id, actor, event, changes);
  RETURN NULL;
END $$;
