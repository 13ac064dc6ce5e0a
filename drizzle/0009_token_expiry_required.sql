-- Tokens made with "never" expire a year from this migration, the longest a new token may live (issue #15).
UPDATE "personal_access_token" SET "expires_at" = now() + interval '1 year' WHERE "expires_at" IS NULL;--> statement-breakpoint
ALTER TABLE "personal_access_token" ALTER COLUMN "expires_at" SET NOT NULL;
