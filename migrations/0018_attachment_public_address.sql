ALTER TABLE "attachments" ADD COLUMN "public_token" text;--> statement-breakpoint
ALTER TABLE "attachments" ADD CONSTRAINT "attachments_public_token_unique" UNIQUE("public_token");