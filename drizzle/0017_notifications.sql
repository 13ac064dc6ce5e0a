-- Notifications (issue #17 item 6): each person's inbox of what others did that concerns them, and which
-- kinds they also get by email.
CREATE TABLE "notification" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_id" uuid,
	"project_id" uuid,
	"task_id" uuid,
	"comment_id" uuid,
	"subject" text NOT NULL,
	"excerpt" text,
	"read_at" timestamp (3) with time zone,
	"email_pending" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "notification_kind" CHECK ("notification"."kind" in ('invited', 'joined', 'assigned', 'mentioned', 'commented', 'completed'))
);
--> statement-breakpoint
CREATE TABLE "notification_preference" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"email_kinds" text[] NOT NULL,
	CONSTRAINT "notification_preference_kinds" CHECK ("notification_preference"."email_kinds" <@ array['joined', 'assigned', 'mentioned', 'commented', 'completed']::text[])
);
--> statement-breakpoint
ALTER TABLE "change" DROP CONSTRAINT "change_entity";--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "assigned_by" uuid;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_project_id_project_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."project"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification" ADD CONSTRAINT "notification_comment_id_comment_id_fk" FOREIGN KEY ("comment_id") REFERENCES "public"."comment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preference" ADD CONSTRAINT "notification_preference_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_user_created_idx" ON "notification" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "notification_unread_idx" ON "notification" USING btree ("user_id") WHERE "notification"."read_at" is null;--> statement-breakpoint
CREATE INDEX "notification_email_pending_idx" ON "notification" USING btree ("created_at") WHERE "notification"."email_pending";--> statement-breakpoint
CREATE INDEX "notification_project_idx" ON "notification" USING btree ("project_id","user_id");--> statement-breakpoint
CREATE INDEX "notification_task_idx" ON "notification" USING btree ("task_id");--> statement-breakpoint
CREATE INDEX "notification_comment_idx" ON "notification" USING btree ("comment_id");--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_assigned_by_user_id_fk" FOREIGN KEY ("assigned_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "change" ADD CONSTRAINT "change_entity" CHECK ("change"."entity" in ('task', 'project', 'member', 'label', 'notification'));--> statement-breakpoint
-- Who assigned a task (told when it is completed): whoever set its assignee, as the access check named
-- them (server/access), else its creator. Kept here so that no write path (create, edit, bulk, undo, an
-- agent) can forget it.
CREATE FUNCTION task_assigned_by() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW.assignee_id IS DISTINCT FROM OLD.assignee_id THEN
    NEW.assigned_by := CASE WHEN NEW.assignee_id IS NULL THEN NULL
      ELSE coalesce(nullif(current_setting('tasklane.actor', true), '')::uuid, NEW.user_id) END;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_assigned_by BEFORE INSERT OR UPDATE OF assignee_id ON task
  FOR EACH ROW EXECUTE FUNCTION task_assigned_by();
--> statement-breakpoint
-- A notification is news only to its recipient (their bell's count, their inbox), on the change feed.
CREATE FUNCTION notification_change_feed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    PERFORM change_append('notification', OLD.id, NULL, OLD.user_id, 'delete');
  ELSE
    PERFORM change_append('notification', NEW.id, NULL, NEW.user_id, lower(TG_OP));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- Sending its email is bookkeeping, not news.
CREATE TRIGGER notification_change_feed AFTER INSERT OR DELETE OR UPDATE OF read_at ON notification
  FOR EACH ROW EXECUTE FUNCTION notification_change_feed();
