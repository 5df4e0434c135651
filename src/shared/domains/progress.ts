import { z } from 'zod';
import { schemaText } from '../text';
import { channel } from './define';
import { id, idList, instant } from './fields';

export const PROGRESS_STATUSES = ['not-started', 'started', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

/** One learner's status in one course. */
export interface ProgressEntry {
  status: ProgressStatus;
  completedAt: string | null;
}

export interface ProgressGrid {
  groupId: number;
  courses: { id: number; title: string; completed: number; percent: number }[];
  learners: {
    id: number;
    name: string;
    email: string;
    completed: number;
    percent: number;
    /** By course id; a course with no entry is not started. */
    statuses: Record<number, ProgressEntry>;
  }[];
  /** Completed learner × course pairs out of all of them. */
  percent: number;
}

const status = z.enum(PROGRESS_STATUSES, schemaText('field.progressStatus'));

export const progressSchemas = {
  progressSet: z.strictObject({ learnerId: id, courseId: id, status, completedAt: instant.optional() }),
  progressSetMany: z
    .strictObject({
      learnerIds: idList.min(1, schemaText('field.learnersNone')),
      courseId: id,
      status,
      completedAt: instant.optional(),
      /** The day the admin picked, on this computer's calendar: main gives it the time of marking. */
      completedOn: z.iso.date(schemaText('field.date')).optional(),
    })
    .refine((v) => !(v.completedAt && v.completedOn), {
      message: schemaText('field.completedTwice'),
      path: ['completedOn'],
    }),
  progressGroup: z.strictObject({ groupId: id }),
};

export const progressChannels = {
  'progress-set': channel<ProgressEntry>()('admin', progressSchemas.progressSet),
  'progress-set-many': channel<{ updated: number }>()('admin', progressSchemas.progressSetMany),
  'progress-group': channel<ProgressGrid>()('admin', progressSchemas.progressGroup),
};
