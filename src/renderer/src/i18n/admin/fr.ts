import type { AdminCatalogue } from './en';
import app from './app/fr';
import groups from './groups/fr';
import learners from './learners/fr';
import reports from './reports/fr';
import courses from './courses/fr';
import settings from './settings/fr';
import kiosk from './kiosk/fr';
import errors from './errors/fr';
import schemas from './schemas/fr';

const fr: AdminCatalogue = {
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

export default fr;
