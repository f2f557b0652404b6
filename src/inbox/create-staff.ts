import type { Db } from '../db/client.ts';
import { staff } from './inbox-tables.ts';
import { checkPassword } from './check-password.ts';
import { hashPassword } from './password.ts';

export type NewStaff = {
  email: string;
  name: string;
  role: 'agent' | 'supervisor' | 'admin';
  agencyId: string | null;
  password: string;
};

/**
 * Creates a staff account; null when the email is taken. A weak password throws: the form and
 * the CLI check it first with checkPassword to say why, this is the guarantee behind them.
 */
export async function createStaff(db: Db, input: NewStaff): Promise<{ id: string } | null> {
  const weak = checkPassword(input.password, [input.email, input.name]);
  if (weak) throw new Error(`password refused: ${weak}`);
  const [row] = await db
    .insert(staff)
    .values({
      email: input.email.trim().toLowerCase(),
      name: input.name,
      role: input.role,
      agencyId: input.agencyId,
      passwordHash: await hashPassword(input.password),
    })
    .onConflictDoNothing({ target: staff.email })
    .returning({ id: staff.id });
  return row ?? null;
}
