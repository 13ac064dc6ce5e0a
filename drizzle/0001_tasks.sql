CREATE TABLE "task" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"priority" smallint DEFAULT 4 NOT NULL,
	"due_date" date,
	"due_time" time,
	"completed_at" timestamp (3) with time zone,
	"position" text COLLATE "C" NOT NULL,
	"deleted_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "task_user_position_unique" UNIQUE("user_id","position"),
	CONSTRAINT "task_title_length" CHECK (char_length("task"."title") between 1 and 500),
	CONSTRAINT "task_description_length" CHECK (char_length("task"."description") <= 10000),
	CONSTRAINT "task_priority_range" CHECK ("task"."priority" between 1 and 4),
	CONSTRAINT "task_due_time_needs_date" CHECK ("task"."due_time" is null or "task"."due_date" is not null)
);
--> statement-breakpoint
ALTER TABLE "task" ADD CONSTRAINT "task_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "task_open_manual_idx" ON "task" USING btree ("user_id","position","id") WHERE "task"."deleted_at" is null and "task"."completed_at" is null;--> statement-breakpoint
CREATE INDEX "task_manual_idx" ON "task" USING btree ("user_id","position","id") WHERE "task"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "task_created_idx" ON "task" USING btree ("user_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE "task"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "task_due_idx" ON "task" USING btree ("user_id",coalesce("due_date", 'infinity'::date),coalesce("due_time", '24:00'::time),"position","id") WHERE "task"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "task_priority_idx" ON "task" USING btree ("user_id","priority","position","id") WHERE "task"."deleted_at" is null;--> statement-breakpoint
CREATE INDEX "task_title_idx" ON "task" USING btree ("user_id",lower("title"),"id") WHERE "task"."deleted_at" is null;