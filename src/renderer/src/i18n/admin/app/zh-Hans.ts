import type { Translation } from '../types';
import type { app as english } from './en';

const app: Translation<typeof english> = {
  'app.failed': '操作未成功',
  'app.menu.open': '打开菜单',
  'app.menu.close': '关闭菜单',
  'app.header.badge': '管理',
  'app.nav.label': '主菜单',
  'app.nav.users': '用户',
  'app.nav.groups': '小组',
  'app.nav.learners': '学员',
  'app.nav.training': '培训',
  'app.nav.courses': '课程',
  'app.nav.reports': '报告',
  'app.nav.signUp': '报名',
  'app.nav.kiosk': '签到终端',
  'app.nav.admin': '管理',
  'app.nav.settings': '设置',
  'app.close': '关闭',
  'app.clearDate': '清除日期',
  'app.groupPicker.nothingFound': '没有这个名称的小组',
};

export default app;
