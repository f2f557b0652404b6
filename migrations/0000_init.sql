CREATE TABLE "content_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hash" text NOT NULL,
	"procedures" integer NOT NULL,
	"documents" integer NOT NULL,
	"first_loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_loaded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "content_versions_hash_unique" UNIQUE("hash")
);
