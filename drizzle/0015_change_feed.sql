-- The change feed (issue #17 item 7): every change to a task, project, membership, label or comment, in order,
-- for the open screens of whoever may see it.
CREATE TABLE "change" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"project_id" uuid,
	"user_id" uuid,
	"op" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "change_entity" CHECK ("change"."entity" in ('task', 'project', 'member', 'label')),
	CONSTRAINT "change_op" CHECK ("change"."op" in ('insert', 'update', 'delete'))
);
--> statement-breakpoint
CREATE INDEX "change_user_seq_idx" ON "change" USING btree ("user_id","seq") WHERE "change"."user_id" is not null;--> statement-breakpoint
CREATE INDEX "change_project_seq_idx" ON "change" USING btree ("project_id","seq") WHERE "change"."project_id" is not null;--> statement-breakpoint
CREATE INDEX "change_created_at_idx" ON "change" USING btree ("created_at");--> statement-breakpoint
-- The change feed is written by triggers, in the same transaction as the change it records, so that no
-- write path (single edits, bulk actions, undo, cascades, account deletion, later agents) can forget it.
-- Each row is announced on the 'tasklane_changes' channel with its seq as the payload: listeners read
-- the rows themselves, filtered by who may see them (NOTIFY is delivered on commit, never for a rollback).
CREATE FUNCTION change_append(entity text, entity_id uuid, project_id uuid, user_id uuid, op text)
RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  appended bigint;
BEGIN
  INSERT INTO change (entity, entity_id, project_id, user_id, op)
  VALUES (entity, entity_id, project_id, user_id, op)
  RETURNING seq INTO appended;
  PERFORM pg_notify('tasklane_changes', appended::text);
END $$;
--> statement-breakpoint
-- A task is its project's members' news, or only its creator's while in the (private) Inbox. Trashing
-- reads as a delete and restoring as an insert; a task moved between lists is news on both sides.
CREATE FUNCTION task_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  op text := lower(TG_OP);
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM change_append('task', OLD.id, OLD.project_id,
      CASE WHEN OLD.project_id IS NULL THEN OLD.user_id END, 'delete');
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF OLD.deleted_at IS NULL AND NEW.deleted_at IS NOT NULL THEN
      op := 'delete';
    ELSIF OLD.deleted_at IS NOT NULL AND NEW.deleted_at IS NULL THEN
      op := 'insert';
    END IF;
    IF OLD.project_id IS DISTINCT FROM NEW.project_id THEN
      PERFORM change_append('task', OLD.id, OLD.project_id,
        CASE WHEN OLD.project_id IS NULL THEN OLD.user_id END, 'delete');
      op := 'insert';
    END IF;
  END IF;
  PERFORM change_append('task', NEW.id, NEW.project_id,
    CASE WHEN NEW.project_id IS NULL THEN NEW.user_id END, op);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_change_feed AFTER INSERT OR UPDATE OR DELETE ON task
  FOR EACH ROW EXECUTE FUNCTION task_change_feed();
--> statement-breakpoint
-- A project is its members' news. When it is deleted its memberships go with it (cascade), and each
-- former member learns it from their own membership's row below.
CREATE FUNCTION project_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM change_append('project', OLD.id, OLD.id, NULL, 'delete');
  ELSE
    PERFORM change_append('project', NEW.id, NEW.id, NULL, lower(TG_OP));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER project_change_feed AFTER INSERT OR UPDATE OR DELETE ON project
  FOR EACH ROW EXECUTE FUNCTION project_change_feed();
--> statement-breakpoint
-- A membership is news to the project's members and always to the member themselves (user_id), so a
-- member who is removed still hears it and their screens drop the project. Moving a project in one's
-- own sidebar (position) is news to nobody else.
CREATE FUNCTION project_member_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM change_append('member', OLD.user_id, OLD.project_id, OLD.user_id, 'delete');
  ELSIF TG_OP = 'UPDATE' AND OLD.role = NEW.role AND OLD.project_id = NEW.project_id
      AND OLD.user_id = NEW.user_id THEN
    PERFORM change_append('member', NEW.user_id, NULL, NEW.user_id, 'update');
  ELSE
    PERFORM change_append('member', NEW.user_id, NEW.project_id, NEW.user_id, lower(TG_OP));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER project_member_change_feed AFTER INSERT OR UPDATE OR DELETE ON project_member
  FOR EACH ROW EXECUTE FUNCTION project_member_change_feed();
--> statement-breakpoint
-- Labels are personal: news to their owner only, as is a label put on or taken off a task (the link's
-- user_id is the label's owner). Links that go because their task is being deleted are not news.
CREATE FUNCTION label_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM change_append('label', OLD.id, NULL, OLD.user_id, 'delete');
  ELSE
    PERFORM change_append('label', NEW.id, NULL, NEW.user_id, lower(TG_OP));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER label_change_feed AFTER INSERT OR UPDATE OR DELETE ON label
  FOR EACH ROW EXECUTE FUNCTION label_change_feed();
--> statement-breakpoint
CREATE FUNCTION task_label_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link task_label;
BEGIN
  IF TG_OP = 'INSERT' THEN link := NEW; ELSE link := OLD; END IF;
  IF NOT EXISTS (SELECT 1 FROM task WHERE id = link.task_id) THEN
    RETURN NULL;
  END IF;
  PERFORM change_append('task', link.task_id, NULL, link.user_id, 'update');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_label_change_feed AFTER INSERT OR DELETE ON task_label
  FOR EACH ROW EXECUTE FUNCTION task_label_change_feed();
--> statement-breakpoint
-- A comment is news about its task (its count on the row, the details' list), to whoever may see the task.
-- Comments that go because their task is being deleted are not news.
CREATE FUNCTION comment_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  said comment;
  about task;
BEGIN
  IF TG_OP = 'DELETE' THEN said := OLD; ELSE said := NEW; END IF;
  SELECT * INTO about FROM task WHERE id = said.task_id;
  IF NOT FOUND THEN
    RETURN NULL;
  END IF;
  PERFORM change_append('task', about.id, about.project_id,
    CASE WHEN about.project_id IS NULL THEN about.user_id END, 'update');
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER comment_change_feed AFTER INSERT OR UPDATE OR DELETE ON comment
  FOR EACH ROW EXECUTE FUNCTION comment_change_feed();
