-- Sections, continued (issue #19 item 1): a section is news to its project's members on the change feed; a
-- task's section is part of its history; each member's layout (list or board) and collapsed sections.
ALTER TABLE "change" DROP CONSTRAINT "change_entity";--> statement-breakpoint
ALTER TABLE "project_member" ADD COLUMN "layout" text DEFAULT 'list' NOT NULL;--> statement-breakpoint
ALTER TABLE "project_member" ADD COLUMN "collapsed_section_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
ALTER TABLE "change" ADD CONSTRAINT "change_entity" CHECK ("change"."entity" in ('task', 'project', 'section', 'member', 'label', 'notification'));--> statement-breakpoint
ALTER TABLE "project_member" ADD CONSTRAINT "project_member_layout" CHECK ("project_member"."layout" in ('list', 'board'));--> statement-breakpoint
-- A section is its project's members' news (its name, its place, its going); what happens to its tasks is
-- each task's own news.
CREATE FUNCTION section_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM change_append('section', OLD.id, OLD.project_id, NULL, 'delete');
  ELSE
    PERFORM change_append('section', NEW.id, NEW.project_id, NULL, lower(TG_OP));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER section_change_feed AFTER INSERT OR UPDATE OR DELETE ON section
  FOR EACH ROW EXECUTE FUNCTION section_change_feed();
--> statement-breakpoint
-- The history tracks a task's section too (the activity view names it).
CREATE OR REPLACE FUNCTION task_activity_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tracked constant text[][] := ARRAY[
    ['title', 'title'], ['description', 'description'], ['priority', 'priority'],
    ['due_date', 'dueDate'], ['due_time', 'dueTime'], ['recurrence_rule', 'recurrenceRule'],
    ['recurrence_from', 'recurrenceFrom'], ['project_id', 'projectId'], ['parent_id', 'parentId'],
    ['deadline', 'deadline'], ['section_id', 'sectionId']
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
