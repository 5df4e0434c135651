import { z } from 'zod';
import { NOTE_MAX } from '../limits';
import { schemaText } from '../text';
import { channel } from './define';
import { email, id, limit, offset, personName, search } from './fields';
import { role } from './groups';
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
  /** As the admin typed it, or `BULK_UPLOAD_MOVE` for a move a roster upload made (screens word that one). */
  reason: string;
  at: string;
}

/** The reason kept for a move a bulk upload made: English in the data, worded by the screens. */
export const BULK_UPLOAD_MOVE = 'Bulk upload';

export interface LearnerDetail extends Learner {
  courses: LearnerCourse[];
  moves: LearnerMove[];
}

/** A page of the roster: `total` when counted, and the marker of the page after it (null at the end). */
export interface LearnerPage {
  items: Learner[];
  /** Absent when the request said `count: false`. */
  total?: number;
  /** Set when more matched than are counted: `total` is then the cap, not the count. */
  capped?: boolean;
  /**
   * Set when only the `searched` learners who registered last were looked through (a search of short, common
   * words on a large roster): `total` counts the matches among them, and every page is of them.
   */
  searched?: number;
  next: string | null;
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
    sort: z.enum(LEARNER_SORTS, schemaText('field.learnerSort')).optional(),
    direction: z.enum(['asc', 'desc'], schemaText('field.sortDirection')).optional(),
    limit,
    /** Jump: the page starting at this position (the scrollbar), in one request. */
    offset,
    /** The page after this one: the `next` of the page before, for the same query. */
    after: z.string(schemaText('field.pageMarker')).max(2000, schemaText('field.pageMarkerTooLong')).optional(),
    /** false: skip the total (later pages of a query whose total is known). */
    count: z.boolean(schemaText('field.trueOrFalse')).optional(),
  }),
  learnersGet: z.strictObject({ id }),
  learnersAdd: z.strictObject({ name: personName, email, groupId: id }),
  learnersReassign: z.strictObject({
    learnerId: id,
    groupId: id,
    reason: z
      .string(schemaText('field.text'))
      .max(NOTE_MAX, schemaText('field.noteTooLong'))
      .transform((s) => s.trim())
      .optional(),
  }),
  learnerById: z.strictObject({ learnerId: id }),
  learnersUpdate: z
    .strictObject({ id, name: personName.optional(), email: email.optional(), role: role.optional() })
    .refine((v) => v.name !== undefined || v.email !== undefined || v.role !== undefined, {
      message: schemaText('field.learnerNoChange'),
    }),
  learnersMerge: z
    .strictObject({ keepId: id, mergeId: id })
    .refine((v) => v.keepId !== v.mergeId, { message: schemaText('field.mergeSameLearner'), path: ['mergeId'] }),
};

export const learnerChannels = {
  'learners-list': channel<LearnerPage>()('admin', learnerSchemas.learnersList),
  'learners-get': channel<LearnerDetail>()('admin', learnerSchemas.learnersGet),
  'learners-add': channel<Learner>()('admin', learnerSchemas.learnersAdd),
  'learners-reassign': channel<Learner>()('admin', learnerSchemas.learnersReassign),
  'learners-remove': channel<{ removed: true }>()('admin', learnerSchemas.learnerById),
  'learners-erase': channel<{ erased: true }>()('admin', learnerSchemas.learnerById),
  'learners-export': channel<LearnerExport>()('admin', learnerSchemas.learnerById),
  'learners-update': channel<Learner>()('admin', learnerSchemas.learnersUpdate),
  'learners-merge': channel<Learner>()('admin', learnerSchemas.learnersMerge),
};
