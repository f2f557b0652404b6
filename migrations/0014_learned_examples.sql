CREATE TABLE "learned_examples" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"procedure_ref" text NOT NULL,
	"text" text NOT NULL,
	"language" text NOT NULL,
	"staff_id" uuid NOT NULL,
	"request_id" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"removed_at" timestamp with time zone,
	"removed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "learned_examples_changed" ON "learned_examples" USING btree ("changed_at");--> statement-breakpoint
CREATE INDEX "learned_examples_request" ON "learned_examples" USING btree ("request_id");