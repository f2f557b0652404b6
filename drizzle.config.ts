import { defineConfig } from 'drizzle-kit';

// Only drizzle-kit writes migrations/: `npm run db:generate` after changing a table.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema.ts',
  out: './migrations',
});
