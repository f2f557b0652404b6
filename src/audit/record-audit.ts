import type { Db } from '../db/client.ts';
import { auditEvents } from './audit-tables.ts';

export type AuditEvent = {
  at: Date;
  staffId: string | null;
  action: string;
  requestId?: number | null;
  targetStaffId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
};

/** Appends one staff action to the audit log (audit-tables.ts). */
export async function recordAudit(db: Db, event: AuditEvent): Promise<void> {
  await db.insert(auditEvents).values({
    at: event.at,
    staffId: event.staffId,
    action: event.action.slice(0, 100),
    requestId: event.requestId ?? null,
    targetStaffId: event.targetStaffId ?? null,
    detail: event.detail ?? null,
  });
}
