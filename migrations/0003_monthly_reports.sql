CREATE TABLE "monthly_reports" (
	"agency_id" text,
	"month" text NOT NULL,
	"figures" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "monthly_reports_month_agency" UNIQUE NULLS NOT DISTINCT("month","agency_id")
);
