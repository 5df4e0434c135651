import type { AdminCatalogue } from './en';
import app from './app/ar';
import groups from './groups/ar';
import learners from './learners/ar';
import reports from './reports/ar';
import courses from './courses/ar';
import settings from './settings/ar';
import kiosk from './kiosk/ar';
import errors from './errors/ar';
import schemas from './schemas/ar';

const ar: AdminCatalogue = {
  ...app,
  ...groups,
  ...learners,
  ...reports,
  ...courses,
  ...settings,
  ...kiosk,
  ...errors,
  ...schemas,
};

export default ar;
