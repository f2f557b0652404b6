CREATE TABLE "attachments" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"contact_id" uuid NOT NULL,
	"message_id" bigint,
	"request_id" bigint,
	"direction" text NOT NULL,
	"channel" text NOT NULL,
	"reference" text,
	"kind" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"mime_type" text,
	"size" integer,
	"name" text,
	"sha256" text,
	"bytes" "bytea",
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"stored_at" timestamp with time zone,
	CONSTRAINT "attachments_message_id_unique" UNIQUE("message_id")
);
--> statement-breakpoint
CREATE INDEX "attachments_pending" ON "attachments" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "attachments_contact" ON "attachments" USING btree ("contact_id");--> statement-breakpoint
CREATE INDEX "attachments_request" ON "attachments" USING btree ("request_id");