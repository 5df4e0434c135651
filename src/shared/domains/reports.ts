import { z } from 'zod';
import { channel } from './define';
import { id, nothing } from './fields';

export interface Dashboard {
  registrationsByDay: { day: string; count: number }[];
  registrationsByGroup: { groupId: number; groupName: string; last30Days: number; total: number }[];
  completionByGroup: { groupId: number; groupName: string; percent: number; members: number; courses: number }[];
  completionByCourse: { courseId: number; title: string; percent: number; learners: number }[];
  codesNeedingAttention: { groupId: number; groupName: string; reason: 'expiring' | 'filling'; detail: string }[];
}

export const EXPORT_KINDS = ['groups', 'learners', 'progress', 'moodle-users'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export const reportSchemas = {
  reportsDashboard: nothing,
  exportCsv: z.strictObject({ kind: z.enum(EXPORT_KINDS, 'Unknown export.'), groupId: id.optional() }),
};

export const reportChannels = {
  'reports-dashboard': channel<Dashboard>()('admin', reportSchemas.reportsDashboard),
  'export-csv': channel<{ filename: string; content: string }>()('admin', reportSchemas.exportCsv),
};
