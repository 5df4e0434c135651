import type { AdminCatalogue } from './en';
import app from './app/pt';
import groups from './groups/pt';
import learners from './learners/pt';
import reports from './reports/pt';
import courses from './courses/pt';
import settings from './settings/pt';
import kiosk from './kiosk/pt';
import errors from './errors/pt';
import schemas from './schemas/pt';

const pt: AdminCatalogue = {
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

export default pt;
