// Each area's English words, to check no two share a key.
export { app } from '../../../src/renderer/src/i18n/admin/app/en';
export { groups } from '../../../src/renderer/src/i18n/admin/groups/en';
export { learners } from '../../../src/renderer/src/i18n/admin/learners/en';
export { reports } from '../../../src/renderer/src/i18n/admin/reports/en';
export { courses } from '../../../src/renderer/src/i18n/admin/courses/en';
export { settings } from '../../../src/renderer/src/i18n/admin/settings/en';
export { kiosk } from '../../../src/renderer/src/i18n/admin/kiosk/en';
export { MAIN_TEXT } from '../../../src/shared/textMain';
export { SCHEMA_TEXT } from '../../../src/shared/textSchemas';
