CREATE TABLE "case_viewers" (
	"connection_id" uuid PRIMARY KEY NOT NULL,
	"request_id" bigint NOT NULL,
	"staff_id" uuid NOT NULL,
	"seen_at" timestamp with time zone NOT NULL,
	"typing_until" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "staff" ADD COLUMN "alerts" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE INDEX "case_viewers_request" ON "case_viewers" USING btree ("request_id");