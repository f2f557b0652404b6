// All tables, re-exported from the module that owns them: drizzle-kit reads this file.
export * from '../kb/kb-tables.ts';
