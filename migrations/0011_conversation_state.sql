CREATE TABLE "dialogues" (
	"contact_id" uuid PRIMARY KEY NOT NULL,
	"language" text,
	"topic_id" text,
	"topic_at" timestamp with time zone,
	"offered" jsonb,
	"offered_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "rating_asked_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "requests" ADD COLUMN "turn" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "dialogues" ADD CONSTRAINT "dialogues_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE no action ON UPDATE no action;