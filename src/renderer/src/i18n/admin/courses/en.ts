/** The words of the admin's courses screens in English: the source each other language translates, key for key. */
export const courses = {
  'courses.title': 'Courses',
  'courses.intro': 'Assign courses to groups here or on a group’s page. Learners get their group’s courses when they join.',
  'courses.new': 'New course',
  'courses.showArchived': 'Show archived courses',
  'courses.table': 'Courses',
  'courses.column.course': 'Course',
  'courses.column.groups': 'Groups',
  'courses.archived': 'Archived',
  'courses.edit': 'Edit',
  'courses.editNamed': 'Edit {title}',
  'courses.empty': 'No courses yet.',

  'courses.modal.new': 'New course',
  'courses.modal.edit': 'Edit course',
  'courses.modal.title': 'Title',
  'courses.modal.description': 'Description',
  'courses.modal.groups': 'Groups that get this course',
  'courses.modal.searchGroups': 'Search groups',
  'courses.modal.noGroup': 'No group by that name',
  // A chosen group whose name has not been read yet.
  'courses.modal.groupById': 'Group {id}',
  'courses.modal.archived': 'Archived (hidden from learners and new assignments)',
  'courses.modal.cancel': 'Cancel',
  'courses.modal.save': 'Save course',
  'courses.modal.create': 'Create course',
  'courses.saved': 'Course saved',
  'courses.created': 'Course created',

  // A group's courses tab.
  'courses.group.title': 'Courses for this group',
  'courses.group.intro':
    'Everyone in {group} gets these. Learners who join with the code see them as soon as they have signed up — no course code needed.',
  'courses.group.none': 'No courses yet. Create them under Training › Courses.',
  'courses.group.label': 'Courses',
  'courses.group.placeholder': 'Choose courses',
  'courses.group.nothingFound': 'No course by that name',
  'courses.group.save': 'Save courses',
  'courses.group.saved': 'Courses saved',
  'courses.group.savedMessage': '{group} now has {n, plural, one {# course} other {# courses}}.',
};
