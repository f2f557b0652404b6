CREATE TABLE "published_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"question" text NOT NULL,
	"answer" text NOT NULL,
	"agency_id" text NOT NULL,
	"procedure_ref" text,
	"request_id" integer,
	"published_by" uuid,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"display_name" text,
	"language" text DEFAULT 'vi' NOT NULL,
	"language_chosen_at" timestamp with time zone,
	"requester_type" text DEFAULT 'citizen' NOT NULL,
	"tax_code" text,
	"business_name" text,
	"unreachable_reason" text,
	"unreachable_at" timestamp with time zone,
	"last_inbound_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "messages" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"contact_id" uuid NOT NULL,
	"request_id" bigint,
	"direction" text NOT NULL,
	"author" text NOT NULL,
	"staff_id" uuid,
	"channel" text NOT NULL,
	"channel_message_id" text,
	"kind" text NOT NULL,
	"text" text DEFAULT '' NOT NULL,
	"data" jsonb,
	"sent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" bigint NOT NULL,
	"type" text NOT NULL,
	"actor" text NOT NULL,
	"staff_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"data" jsonb
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"case_number" text NOT NULL,
	"contact_id" uuid NOT NULL,
	"channel" text NOT NULL,
	"reply_address" text,
	"language" text DEFAULT 'vi' NOT NULL,
	"requester_type" text DEFAULT 'citizen' NOT NULL,
	"requester_name" text,
	"tax_code" text,
	"agency_id" text NOT NULL,
	"procedure_ref" text,
	"subject" text NOT NULL,
	"status" text NOT NULL,
	"opened_at" timestamp with time zone NOT NULL,
	"handed_off_at" timestamp with time zone,
	"due_at" timestamp with time zone,
	"progress_at" timestamp with time zone,
	"warn_at" timestamp with time zone,
	"next_event_at" timestamp with time zone,
	"first_answer_at" timestamp with time zone,
	"first_answer_by" text,
	"first_human_reply_at" timestamp with time zone,
	"answer_hours" double precision,
	"answer_working_hours" double precision,
	"human_reply_hours" double precision,
	"human_reply_working_hours" double precision,
	"assignee_id" uuid,
	"progress_sent_at" timestamp with time zone,
	"warned_at" timestamp with time zone,
	"breached_at" timestamp with time zone,
	"late" boolean DEFAULT false NOT NULL,
	"apologized_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"satisfaction" smallint,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "requests_case_number_unique" UNIQUE("case_number")
);
--> statement-breakpoint
CREATE TABLE "sla_policies" (
	"agency_id" text PRIMARY KEY NOT NULL,
	"answer_hours" integer DEFAULT 48 NOT NULL,
	"progress_hours" integer DEFAULT 24 NOT NULL,
	"warning_ratio" double precision DEFAULT 0.75 NOT NULL,
	"clock" text DEFAULT 'calendar' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid
);
--> statement-breakpoint
CREATE TABLE "outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"channel" text NOT NULL,
	"address" text NOT NULL,
	"contact_id" uuid,
	"request_id" bigint,
	"kind" text NOT NULL,
	"payload" jsonb NOT NULL,
	"dedupe_key" text,
	"status" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	CONSTRAINT "outbox_dedupe_key_unique" UNIQUE("dedupe_key")
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"request_id" bigint,
	"kind" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "staff" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"agency_id" text,
	"password_hash" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"language" text DEFAULT 'vi' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "staff_email_unique" UNIQUE("email")
);
--> statement-breakpoint
CREATE TABLE "staff_sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alerts" (
	"key" text PRIMARY KEY NOT NULL,
	"message" text NOT NULL,
	"raised_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "channel_credentials" (
	"channel" text PRIMARY KEY NOT NULL,
	"data" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "messages" ADD CONSTRAINT "messages_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_channel_address" ON "contacts" USING btree ("channel","address");--> statement-breakpoint
CREATE UNIQUE INDEX "messages_channel_message" ON "messages" USING btree ("channel","channel_message_id");--> statement-breakpoint
CREATE INDEX "messages_request" ON "messages" USING btree ("request_id","id");--> statement-breakpoint
CREATE INDEX "messages_contact" ON "messages" USING btree ("contact_id","id");--> statement-breakpoint
CREATE INDEX "messages_unprocessed" ON "messages" USING btree ("id") WHERE direction = 'in' and processed_at is null;--> statement-breakpoint
CREATE INDEX "request_events_request" ON "request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE INDEX "requests_due" ON "requests" USING btree ("next_event_at") WHERE next_event_at is not null;--> statement-breakpoint
CREATE INDEX "requests_queue" ON "requests" USING btree ("agency_id","status","due_at");--> statement-breakpoint
CREATE INDEX "requests_contact" ON "requests" USING btree ("contact_id","id");--> statement-breakpoint
CREATE INDEX "requests_opened" ON "requests" USING btree ("opened_at");--> statement-breakpoint
CREATE INDEX "requests_assignee" ON "requests" USING btree ("assignee_id","status");--> statement-breakpoint
CREATE INDEX "outbox_pending" ON "outbox" USING btree ("channel","next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
CREATE INDEX "notifications_staff" ON "notifications" USING btree ("staff_id","read_at");--> statement-breakpoint
CREATE INDEX "staff_sessions_staff" ON "staff_sessions" USING btree ("staff_id");