CREATE TABLE "worker_leases" (
	"name" text PRIMARY KEY NOT NULL,
	"holder" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "outbox_pending";--> statement-breakpoint
CREATE INDEX "outbox_pending" ON "outbox" USING btree ("channel","next_attempt_at") WHERE status in ('pending', 'sending');