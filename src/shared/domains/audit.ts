import { z } from 'zod';
import { channel } from './define';
import type { Page } from './fields';
import { id, instant, limit, offset } from './fields';

export interface AuditEntry {
  id: number;
  at: string;
  actor: 'admin' | 'kiosk';
  action: string;
  groupId: number | null;
  learnerId: number | null;
  fromGroupId: number | null;
  courseId: number | null;
}

export const auditSchemas = {
  auditList: z.strictObject({
    action: z.string().max(64).optional(),
    groupId: id.optional(),
    from: instant.optional(),
    to: instant.optional(),
    limit,
    offset,
  }),
};

export const auditChannels = {
  'audit-list': channel<Page<AuditEntry>>()('admin', auditSchemas.auditList),
};
