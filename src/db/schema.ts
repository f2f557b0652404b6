// All tables, re-exported from the module that owns them: drizzle-kit reads this file.
export * from '../kb-store/kb-store-tables.ts';
export * from '../conversations/conversation-tables.ts';
export * from '../tracker/tracker-tables.ts';
export * from '../tracker/calendar-tables.ts';
export * from '../outbox/outbox-tables.ts';
export * from '../inbox/inbox-tables.ts';
export * from '../settings/settings-tables.ts';
export * from '../reports/report-tables.ts';
export * from '../rejected-updates/rejected-update-tables.ts';
export * from '../audit/audit-tables.ts';
export * from '../rate-limits/rate-limit-tables.ts';
export * from '../inbox/macros/macro-tables.ts';
export * from '../inbox/tags/tag-tables.ts';
export * from '../attachments/attachment-tables.ts';
