import type { RoomCatalogue } from './en';

export const zhHans: RoomCatalogue = {
  'room.title': '报名 — JoinDesk',
  'room.rescan': '如需报名，请重新扫描所在小组的二维码（或重新打开其现场链接）。',
  'room.phonesOff': '此处已关闭手机报名。请询问你的讲师。',
  'room.tooManySessions': '此设备发起的报名次数过多。请等待几分钟后再试。',
  'pair.title': '配对此屏幕 — JoinDesk',
  'pair.heading': '配对此屏幕',
  'pair.code': '配对码（在管理界面的“签到终端”页面上）',
  'pair.submit': '配对',
  'pair.wrongCode': '该配对码错误、已被使用或已过期（每个配对码只能使用一次，有效期两分钟）。请获取新的配对码。',
  'pair.tooMany': '错误的配对码次数过多。请在 {seconds, plural, other {# 秒}}后重试。',
};
