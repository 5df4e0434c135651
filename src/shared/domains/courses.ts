import { z } from 'zod';
import { cleanName } from '../names';
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
  .string('Enter a course title.')
  .max(1000, 'That title is too long.')
  .transform(cleanName)
  .pipe(z.string().min(1, 'Enter a course title.').max(200, 'Course titles can have at most 200 characters.'));

export const courseSchemas = {
  coursesCreate: z.strictObject({ title: courseTitle, description: description.optional() }),
  coursesList: z.strictObject({ includeArchived: z.boolean('Expected true or false.').optional() }),
  coursesUpdate: z.strictObject({
    id,
    title: courseTitle.optional(),
    description: description.optional(),
    archived: z.boolean().optional(),
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
