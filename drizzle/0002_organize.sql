CREATE TABLE "task_activity" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"task_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"changes" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_activity_kind" CHECK ("task_activity"."kind" in ('created', 'updated', 'moved', 'completed', 'uncompleted', 'deleted', 'restored'))
);
--> statement-breakpoint
CREATE TABLE "label" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"color" text DEFAULT 'gray' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "label_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "label_name_length" CHECK (char_length("label"."name") between 1 and 60),
	CONSTRAINT "label_color" CHECK ("label"."color" in ('gray', 'red', 'orange', 'amber', 'green', 'teal', 'blue', 'indigo', 'purple', 'pink'))
);
--> statement-breakpoint
CREATE TABLE "task_label" (
	"task_id" uuid NOT NULL,
	"label_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	CONSTRAINT "task_label_task_id_label_id_pk" PRIMARY KEY("task_id","label_id")
);
--> statement-breakpoint
CREATE TABLE "project" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"color" text DEFAULT 'gray' NOT NULL,
	"position" text COLLATE "C" NOT NULL,
	"archived_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "project_user_position_unique" UNIQUE("user_id","position"),
	CONSTRAINT "project_id_user_unique" UNIQUE("id","user_id"),
	CONSTRAINT "project_name_length" CHECK (char_length("project"."name") between 1 and 120),
	CONSTRAINT "project_color" CHECK ("project"."color" in ('gray', 'red', 'orange', 'amber', 'green', 'teal', 'blue', 'indigo', 'purple', 'pink'))
);
--> statement-breakpoint
ALTER TABLE "user" ADD COLUMN "time_zone" text DEFAULT 'UTC' NOT NULL;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "project_id" uuid;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "parent_id" uuid;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "recurrence_rule" text;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "recurrence_from" text;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "occurrences_completed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "task" ADD COLUMN "search" "tsvector" GENERATED ALWAYS AS (
  setweight(to_tsvector('english'::regconfig, title), 'A') ||
  setweight(to_tsvector('simple'::regconfig, title), 'A') ||
  setweight(to_tsvector('english'::regconfig, description), 'B') ||
  setweight(to_tsvector('simple'::regconfig, description), 'B')) STORED;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_id_user_unique" UNIQUE("id","user_id");--> statement-breakpoint
ALTER TABLE "task_activity" ADD CONSTRAINT "task_activity_task_id_task_id_fk" FOREIGN KEY ("task_id") REFERENCES "public"."task"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_activity" ADD CONSTRAINT "task_activity_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "label" ADD CONSTRAINT "label_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_label" ADD CONSTRAINT "task_label_task_id_user_id_task_id_user_id_fk" FOREIGN KEY ("task_id","user_id") REFERENCES "public"."task"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task_label" ADD CONSTRAINT "task_label_label_id_user_id_label_id_user_id_fk" FOREIGN KEY ("label_id","user_id") REFERENCES "public"."label"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project" ADD CONSTRAINT "project_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_activity_task_idx" ON "task_activity" USING btree ("task_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "label_user_name_unique" ON "label" USING btree ("user_id",lower("name"));--> statement-breakpoint
CREATE INDEX "task_label_label_idx" ON "task_label" USING btree ("label_id","task_id");--> statement-breakpoint
CREATE INDEX "project_user_idx" ON "project" USING btree ("user_id","position");--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_project_id_user_id_project_id_user_id_fk" FOREIGN KEY ("project_id","user_id") REFERENCES "public"."project"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_parent_id_user_id_task_id_user_id_fk" FOREIGN KEY ("parent_id","user_id") REFERENCES "public"."task"("id","user_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_project_idx" ON "task" USING btree ("user_id","project_id","position") WHERE "task"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "task_parent_idx" ON "task" USING btree ("parent_id") WHERE "task"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "task_completed_idx" ON "task" USING btree ("user_id","completed_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "task"."deleted_at" is null and "task"."completed_at" is not null;--> statement-breakpoint
CREATE INDEX "task_search_idx" ON "task" USING gin ("search");--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_recurrence_complete" CHECK (("task"."recurrence_rule" is null) = ("task"."recurrence_from" is null) and ("task"."recurrence_rule" is null or "task"."due_date" is not null));--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_recurrence_from" CHECK ("task"."recurrence_from" in ('due', 'completion'));--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_not_own_parent" CHECK ("task"."parent_id" <> "task"."id");--> statement-breakpoint
-- A task's history, written in the same statement as the change it records, so that no write
-- path (single edits, bulk actions, undo, later agents) can forget it. Keys are the API's field names.
CREATE FUNCTION task_activity_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  tracked constant text[][] := ARRAY[
    ['title', 'title'], ['description', 'description'], ['priority', 'priority'],
    ['due_date', 'dueDate'], ['due_time', 'dueTime'], ['recurrence_rule', 'recurrenceRule'],
    ['recurrence_from', 'recurrenceFrom'], ['project_id', 'projectId'], ['parent_id', 'parentId']
  ];
  old_row jsonb;
  new_row jsonb;
  changes jsonb := '{}';
  event text;
  i int;
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO task_activity (task_id, user_id, kind) VALUES (NEW.id, NEW.user_id, 'created');
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

  INSERT INTO task_activity (task_id, user_id, kind, changes) VALUES (NEW.id, NEW.user_id, event, changes);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_activity_log AFTER INSERT OR UPDATE ON task
  FOR EACH ROW EXECUTE FUNCTION task_activity_log();
--> statement-breakpoint
-- Label changes, as "updated" events naming the label. Rows that disappear because their task or
-- label is being deleted are not history (and their task may already be gone).
CREATE FUNCTION task_label_activity_log() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  link task_label;
  label_name text;
BEGIN
  IF TG_OP = 'INSERT' THEN link := NEW; ELSE link := OLD; END IF;
  SELECT name INTO label_name FROM label WHERE id = link.label_id;
  IF label_name IS NULL OR NOT EXISTS (SELECT 1 FROM task WHERE id = link.task_id) THEN
    RETURN NULL;
  END IF;
  INSERT INTO task_activity (task_id, user_id, kind, changes)
  VALUES (link.task_id, link.user_id, 'updated', jsonb_build_object('labels', CASE TG_OP
    WHEN 'INSERT' THEN jsonb_build_object('from', null, 'to', label_name)
    ELSE jsonb_build_object('from', label_name, 'to', null) END));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER task_label_activity_log AFTER INSERT OR DELETE ON task_label
  FOR EACH ROW EXECUTE FUNCTION task_label_activity_log();
