import { z } from 'zod';
import { COURSE_TITLE_MAX } from '../limits';
import { cleanName } from '../names';
import { schemaText } from '../text';
import { channel } from './define';
import { description, id, idList } from './fields';

export interface Course {
  id: number;
  title: string;
  description: string;
  archived: boolean;
  createdAt: string;
  /** Groups whose members get this course. */
  groupIds: number[];
}

const courseTitle = z
  .string(schemaText('field.courseTitleRequired'))
  .max(1000, schemaText('field.courseTitleFarTooLong'))
  .transform(cleanName)
  .pipe(z.string().min(1, schemaText('field.courseTitleRequired')).max(COURSE_TITLE_MAX, schemaText('field.courseTitleTooLong')));

export const courseSchemas = {
  coursesCreate: z.strictObject({ title: courseTitle, description: description.optional() }),
  coursesList: z.strictObject({ includeArchived: z.boolean(schemaText('field.trueOrFalse')).optional() }),
  coursesUpdate: z.strictObject({
    id,
    title: courseTitle.optional(),
    description: description.optional(),
    archived: z.boolean(schemaText('field.trueOrFalse')).optional(),
  }),
  groupCoursesSet: z.strictObject({ groupId: id, courseIds: idList }),
  courseGroupsSet: z.strictObject({ courseId: id, groupIds: idList }),
};

export const courseChannels = {
  'courses-create': channel<Course>()('admin', courseSchemas.coursesCreate),
  'courses-list': channel<Course[]>()('admin', courseSchemas.coursesList),
  'courses-update': channel<Course>()('admin', courseSchemas.coursesUpdate),
  'group-courses-set': channel<Course[]>()('admin', courseSchemas.groupCoursesSet),
  'course-groups-set': channel<Course>()('admin', courseSchemas.courseGroupsSet),
};
