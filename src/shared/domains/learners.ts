import { z } from 'zod';
import { channel } from './define';
import type { Page } from './fields';
import { email, id, limit, offset, personName, search } from './fields';
import type { ProgressStatus } from './progress';

export type LearnerSource = 'kiosk' | 'bulk' | 'admin';

export interface Learner {
  id: number;
  name: string;
  email: string;
  groupId: number;
  groupName: string;
  role: string;
  source: LearnerSource;
  registeredAt: string;
}

export interface LearnerCourse {
  id: number;
  title: string;
  status: ProgressStatus;
  completedAt: string | null;
}

export interface LearnerMove {
  fromGroupId: number;
  fromGroupName: string | null;
  toGroupId: number;
  toGroupName: string | null;
  reason: string;
  at: string;
}

export interface LearnerDetail extends Learner {
  courses: LearnerCourse[];
  moves: LearnerMove[];
}

export const LEARNER_SORTS = ['registeredAt', 'name', 'email', 'group'] as const;
export type LearnerSort = (typeof LEARNER_SORTS)[number];

/** Everything JoinDesk holds about one learner, for a subject-access request. */
export interface LearnerExport {
  exportedAt: string;
  learner: LearnerDetail;
  /** Audit entries about this learner: ids and actions only. */
  audit: { at: string; actor: string; action: string; groupId: number | null }[];
}

export const learnerSchemas = {
  learnersList: z.strictObject({
    groupId: id.optional(),
    search,
    sort: z.enum(LEARNER_SORTS, 'Unknown sort.').optional(),
    direction: z.enum(['asc', 'desc'], 'Use asc or desc.').optional(),
    limit,
    offset,
  }),
  learnersGet: z.strictObject({ id }),
  learnersAdd: z.strictObject({ name: personName, email, groupId: id }),
  learnersReassign: z.strictObject({
    learnerId: id,
    groupId: id,
    reason: z
      .string('Expected text.')
      .max(500, 'At most 500 characters.')
      .transform((s) => s.trim())
      .optional(),
  }),
  learnerById: z.strictObject({ learnerId: id }),
};

export const learnerChannels = {
  'learners-list': channel<Page<Learner>>()('admin', learnerSchemas.learnersList),
  'learners-get': channel<LearnerDetail>()('admin', learnerSchemas.learnersGet),
  'learners-add': channel<Learner>()('admin', learnerSchemas.learnersAdd),
  'learners-reassign': channel<Learner>()('admin', learnerSchemas.learnersReassign),
  'learners-remove': channel<{ removed: true }>()('admin', learnerSchemas.learnerById),
  'learners-erase': channel<{ erased: true }>()('admin', learnerSchemas.learnerById),
  'learners-export': channel<LearnerExport>()('admin', learnerSchemas.learnerById),
};
