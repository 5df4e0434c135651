import type { AdminCatalogue } from './en';
import app from './app/zh-Hans';
import groups from './groups/zh-Hans';
import learners from './learners/zh-Hans';
import reports from './reports/zh-Hans';
import courses from './courses/zh-Hans';
import settings from './settings/zh-Hans';
import kiosk from './kiosk/zh-Hans';
import errors from './errors/zh-Hans';
import schemas from './schemas/zh-Hans';

const zhHans: AdminCatalogue = {
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

export default zhHans;
