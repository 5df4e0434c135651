import type { AdminCatalogue } from './en';
import app from './app/de';
import groups from './groups/de';
import learners from './learners/de';
import reports from './reports/de';
import courses from './courses/de';
import settings from './settings/de';
import kiosk from './kiosk/de';
import errors from './errors/de';
import schemas from './schemas/de';

const de: AdminCatalogue = {
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

export default de;
