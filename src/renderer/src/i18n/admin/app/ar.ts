import type { Translation } from '../types';
import type { app as english } from './en';

const app: Translation<typeof english> = {
  'app.failed': 'لم ينجح ذلك',
  'app.menu.open': 'فتح القائمة',
  'app.menu.close': 'إغلاق القائمة',
  'app.header.badge': 'الإدارة',
  'app.nav.label': 'القائمة الرئيسية',
  'app.nav.users': 'المستخدمون',
  'app.nav.groups': 'المجموعات',
  'app.nav.learners': 'المتعلمون',
  'app.nav.training': 'التدريب',
  'app.nav.courses': 'الدورات',
  'app.nav.reports': 'التقارير',
  'app.nav.signUp': 'التسجيل',
  'app.nav.kiosk': 'شاشة التسجيل',
  'app.nav.admin': 'الإدارة',
  'app.nav.settings': 'الإعدادات',
  'app.close': 'إغلاق',
  'app.clearDate': 'مسح التاريخ',
  'app.groupPicker.nothingFound': 'لا توجد مجموعة بهذا الاسم',
};

export default app;
