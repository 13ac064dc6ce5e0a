CREATE TABLE "saved_filter" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"color" text DEFAULT 'gray' NOT NULL,
	"position" text COLLATE "C" NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_filter_user_position_unique" UNIQUE("user_id","position"),
	CONSTRAINT "saved_filter_name_length" CHECK (char_length("saved_filter"."name") between 1 and 60),
	CONSTRAINT "saved_filter_query_length" CHECK (char_length("saved_filter"."query") between 1 and 1000),
	CONSTRAINT "saved_filter_color" CHECK ("saved_filter"."color" in ('gray', 'red', 'orange', 'amber', 'green', 'teal', 'blue', 'indigo', 'purple', 'pink'))
);
--> statement-breakpoint
ALTER TABLE "saved_filter" ADD CONSTRAINT "saved_filter_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "saved_filter_user_name_unique" ON "saved_filter" USING btree ("user_id",lower("name"));