CREATE TABLE "canned_replies" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"agency_id" text,
	"owner_id" uuid,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"updated_by" uuid NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "canned_replies_one_scope" CHECK ((agency_id is null) <> (owner_id is null))
);
--> statement-breakpoint
CREATE INDEX "canned_replies_agency" ON "canned_replies" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "canned_replies_owner" ON "canned_replies" USING btree ("owner_id");