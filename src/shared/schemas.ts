import { auditSchemas } from './domains/audit';
import { backupSchemas } from './domains/backup';
import { courseSchemas } from './domains/courses';
import { groupSchemas } from './domains/groups';
import { joinCodeSchemas } from './domains/joinCodes';
import { kioskSchemas } from './domains/kiosk';
import { languageSchemas } from './domains/language';
import { csvImportSchemas } from './domains/csvImport';
import { learnerSchemas } from './domains/learners';
import { progressSchemas } from './domains/progress';
import { reportSchemas } from './domains/reports';
import { sessionSchemas } from './domains/session';
import { networkSchemas } from './domains/network';
import { adminPinSchemas } from './domains/adminPin';

/**
 * Every input schema by name, for forms that want one (`schemas.groupsCreate`). Each lives in its
 * domain module (src/shared/domains/*); importing that module directly keeps a page's bundle small.
 */
export const schemas = {
  ...groupSchemas,
  ...joinCodeSchemas,
  ...learnerSchemas,
  ...csvImportSchemas,
  ...courseSchemas,
  ...progressSchemas,
  ...reportSchemas,
  ...auditSchemas,
  ...kioskSchemas,
  ...languageSchemas,
  ...backupSchemas,
  ...adminPinSchemas,
  ...sessionSchemas,
  ...networkSchemas,
};
