/**
 * The words a CSV export writes, in English: the header row and the words in cells (states,
 * statuses, roles, how a learner joined, audit actions, why a sign-up failed). Main writes them in
 * the language the admin reads; each other language translates these keys, and a missing or extra
 * one does not compile. Plain text, not ICU: no cell counts anything in words. `{…}` marks a value.
 */
export const exportWords = {
  'header.group': 'Group',
  'header.description': 'Description',
  'header.role': 'Role',
  'header.joinCode': 'Join code',
  'header.state': 'State',
  'header.placesUsed': 'Places used',
  'header.places': 'Places',
  'header.members': 'Members',
  'header.opens': 'Opens',
  'header.closes': 'Closes',
  'header.cohortStart': 'Cohort start',
  'header.created': 'Created',
  'header.name': 'Name',
  'header.email': 'Email',
  'header.joinedVia': 'Joined via',
  'header.registered': 'Registered',
  'header.course': 'Course',
  'header.status': 'Status',
  'header.completed': 'Completed',
  'header.when': 'When',
  'header.who': 'Who',
  'header.action': 'Action',
  'header.fromGroup': 'From group',
  'header.learner': 'Learner',
  'header.failedSignUp': 'Failed sign-up',
  'header.attempts': 'Attempts',
  'header.kiosk': 'Kiosk',

  'state.active': 'Open',
  'state.paused': 'Paused',
  'state.scheduled': 'Not open yet',
  'state.expired': 'Closed',
  'state.full': 'Full',
  'state.archived': 'Archived',

  'status.not-started': 'Not started',
  'status.started': 'Started',
  'status.completed': 'Completed',

  'source.kiosk': 'Kiosk',
  'source.bulk': 'Bulk upload',
  'source.admin': 'Added by admin',

  'role.learner': 'Learner',
  'role.instructor': 'Instructor',
  'role.manager': 'Manager',

  'actor.admin': 'Admin',
  'actor.kiosk': 'Kiosk',

  'action.group-created': 'Group created',
  'action.group-updated': 'Group changed',
  'action.group-cloned': 'Group copied',
  'action.join-code-generated': 'Join code created',
  'action.join-code-changed': 'Join code changed',
  'action.join-code-regenerated': 'Join code regenerated',
  'action.join-code-restored': 'Previous join code brought back',
  'action.join-code-settings-changed': 'Join code settings changed',
  'action.code-policy-changed': 'Code rules changed',
  'action.learner-registered': 'Signed up at the kiosk',
  'action.learner-added': 'Learner added',
  'action.learner-updated': 'Learner changed',
  'action.learners-merged': 'Learners merged',
  'action.learner-reassigned': 'Learner moved',
  'action.learner-removed': 'Learner removed',
  'action.learner-erased': 'Learner erased',
  'action.learners-imported': 'Learners uploaded',
  'action.course-created': 'Course created',
  'action.course-updated': 'Course changed',
  'action.courses-assigned': 'Courses assigned',
  'action.progress-set': 'Progress marked',
  'action.admin-pin-set': 'Admin PIN set',
  'action.kiosk-settings-changed': 'Kiosk settings changed',
  'action.kiosk-unlocked': 'Kiosk unlocked',
  'action.kiosk-exited': 'Kiosk closed',
  'action.backup-created': 'Backup made',
  'action.backup-restored': 'Backup restored',
  'action.backup-settings-changed': 'Backup settings changed',
  'action.language-settings-changed': 'Admin language changed',
  'action.sign-up-failed': 'Sign-up failed',
  /** `learner-updated:email,name`: the action, then the fields it changed (listed as the language lists). */
  'action.withFields': '{action} ({fields})',
  'field.name': 'name',
  'field.email': 'email',
  'field.role': 'role',

  'attempt.code-unknown': 'Unknown code',
  'attempt.code-retired': 'Old code (changed since)',
  'attempt.code-disabled': 'Sign-up paused',
  'attempt.code-not-yet-valid': 'Code not open yet',
  'attempt.code-expired': 'Code closed',
  'attempt.group-full': 'Group full',
  'attempt.email-registered': 'Email already registered',
  'attempt.throttled': 'Too many attempts (waiting)',
  'attempt.kiosk-locked': 'Kiosk locked',

  // What became of a record an audit entry names.
  'gone.erasedLearner': 'erased learner',
  'gone.removedLearner': 'removed learner',
  'gone.removedGroup': 'removed group',
  'gone.removedCourse': 'removed course',

  // Where failed sign-ups came from; a paired station keeps the name the admin gave it.
  'station.desktop': 'Kiosk window on this computer',
  'station.phones': 'Phones (room network)',
  'station.browser': 'Browser kiosk on this computer',
  'station.script': 'Other (scripts)',
  'station.removed': 'Removed station #{n}',
  'station.other': 'Other',
};

export type ExportWordId = keyof typeof exportWords;

/** One language's export words: exactly English's keys. */
export type ExportWords = Record<ExportWordId, string>;
