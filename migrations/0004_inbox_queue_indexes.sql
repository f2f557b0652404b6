-- Inbox queues and search (src/inbox/queries). Hand-written: drizzle cannot express a stored
-- generated column on another module's table, a partial index with DESC keys, or an optional extension.
-- search_text is the requester's name and the subject folded like src/kb/normalize.ts fold():
-- no tone marks, đ -> d, lower case; the search box folds its text the same way.
ALTER TABLE "requests" ADD COLUMN "search_text" text GENERATED ALWAYS AS (
  lower(translate(regexp_replace(normalize(coalesce("requester_name", '') || E'\n' || "subject", NFD), '[\u0300-\u036f]', '', 'g'), 'Đđ', 'dd'))
) STORED;
--> statement-breakpoint
-- Waiting on the person and closed: newest first, per agency and for admins across agencies.
CREATE INDEX "requests_waiting" ON "requests" ("agency_id", "updated_at" DESC, "id" DESC) WHERE "status" = 'answered';
--> statement-breakpoint
CREATE INDEX "requests_closed" ON "requests" ("agency_id", "closed_at" DESC NULLS LAST, "id" DESC) WHERE "status" = 'closed';
--> statement-breakpoint
CREATE INDEX "requests_closed_all" ON "requests" ("closed_at" DESC NULLS LAST, "id" DESC) WHERE "status" = 'closed';
--> statement-breakpoint
-- Trigram index for "contains" search where the server has pg_trgm (PGlite does not load it by
-- default): without it the search is a filter on the queue's own index scan, still correct.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE INDEX "requests_search_trgm" ON "requests" USING gin ("search_text" gin_trgm_ops);
EXCEPTION WHEN OTHERS THEN
  RAISE NOTICE 'pg_trgm unavailable: requests.search_text has no trigram index';
END
$$;
