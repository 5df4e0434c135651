import type { AdminCatalogue } from './en';
import app from './app/es';
import groups from './groups/es';
import learners from './learners/es';
import reports from './reports/es';
import courses from './courses/es';
import settings from './settings/es';
import kiosk from './kiosk/es';
import errors from './errors/es';
import schemas from './schemas/es';

const es: AdminCatalogue = {
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

export default es;
