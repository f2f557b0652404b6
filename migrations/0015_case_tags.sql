CREATE TABLE "case_tags" (
	"request_id" bigint NOT NULL,
	"tag" text NOT NULL,
	"added_by" uuid NOT NULL,
	"added_at" timestamp with time zone NOT NULL,
	CONSTRAINT "case_tags_request_id_tag_pk" PRIMARY KEY("request_id","tag")
);
--> statement-breakpoint
CREATE INDEX "case_tags_tag" ON "case_tags" USING btree ("tag","request_id");