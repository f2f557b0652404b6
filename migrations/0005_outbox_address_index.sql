CREATE INDEX "outbox_address" ON "outbox" USING btree ("channel","address","id");--> statement-breakpoint
CREATE INDEX "outbox_request" ON "outbox" USING btree ("request_id");