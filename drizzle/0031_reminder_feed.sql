-- A reminder is news about its task, to the reminder's owner only (reminders are personal): the row's bell
-- chip and the details' list of reminders follow on the owner's other screens, as a label put on a task does.
-- Both are one function: a row of a user's own that hangs on a task is news about the task to that user.
-- Setting, moving, sending, re-arming and removing a reminder are news. Its computed instant (next_at) alone is
-- not: it moves with the task's due date (the task's own news) or the owner's time zone, and a new reminder sets
-- it right after its insert (one row per change, not two). Nor is a delivery run's lease (claim_id,
-- locked_until, attempts). Rows that go because their task is being deleted are not news either.
CREATE FUNCTION personal_task_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed record;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF NOT EXISTS (SELECT 1 FROM task WHERE id = changed.task_id) THEN
    RETURN NULL;
  END IF;
  PERFORM change_append('task', changed.task_id, NULL, changed.user_id, 'update');
  RETURN NULL;
END $$;
--> statement-breakpoint
DROP TRIGGER task_label_change_feed ON task_label;--> statement-breakpoint
DROP FUNCTION task_label_change_feed();--> statement-breakpoint
CREATE TRIGGER task_label_change_feed AFTER INSERT OR DELETE ON task_label
  FOR EACH ROW EXECUTE FUNCTION personal_task_change_feed();
--> statement-breakpoint
CREATE TRIGGER reminder_change_feed AFTER INSERT OR DELETE ON reminder
  FOR EACH ROW EXECUTE FUNCTION personal_task_change_feed();
--> statement-breakpoint
CREATE TRIGGER reminder_update_change_feed AFTER UPDATE OF remind_at, sent_at ON reminder
  FOR EACH ROW WHEN (
    OLD.remind_at IS DISTINCT FROM NEW.remind_at
    OR OLD.sent_at IS DISTINCT FROM NEW.sent_at
  )
  EXECUTE FUNCTION personal_task_change_feed();
