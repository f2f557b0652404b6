// npm run admin:create -- --email admin@example.vn [--name "Quản trị"] [--password-stdin]
// First run: creates the first admin (or any admin later). Without --password-stdin a strong
// password is generated and printed once; it is never logged.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { loadConfigOrExit } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { checkPassword } from '../inbox/check-password.ts';
import { createStaff } from '../inbox/create-staff.ts';

const { values } = parseArgs({
  options: { email: { type: 'string' }, name: { type: 'string' }, 'password-stdin': { type: 'boolean' } },
});
const email = z.email().safeParse(values.email);
if (!email.success) {
  console.error(
    'admin:create: --email is required and must be an email address, e.g. npm run admin:create -- --email admin@example.vn',
  );
  process.exit(2);
}
let password = randomBytes(12).toString('base64url');
if (values['password-stdin']) {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk));
  password = Buffer.concat(chunks).toString('utf8').trim();
  const weak = checkPassword(password, [email.data, values.name ?? 'Admin']);
  if (weak) {
    console.error(`admin:create: password refused: ${weak}`);
    process.exit(2);
  }
}
const config = loadConfigOrExit();
try {
  const database = await openDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const created = await createStaff(database.db, {
    email: email.data,
    name: values.name ?? 'Admin',
    role: 'admin',
    agencyId: null,
    password,
  });
  await database.close();
  if (!created) {
    console.error(`admin:create: ${email.data} already has an account`);
    process.exit(1);
  }
  console.log(
    `Admin ${email.data} created. Sign in at /inbox/login${values['password-stdin'] ? '.' : ` with the password: ${password}`}`,
  );
} catch (error) {
  console.error(error);
  process.exit(1);
}
