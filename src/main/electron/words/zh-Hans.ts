import type { DesktopCatalogue } from './en';

export const zhHans: DesktopCatalogue = {
  'dialog.backup.save': '另存备份副本',
  'dialog.backup.open': '从文件恢复',
  'dialog.filter.backup': 'JoinDesk 备份',
  'dialog.filter.all': '所有文件',
  'dialog.joinCard.save': '保存加入卡',
  'dialog.joinCard.fileName': '加入卡 - {group}.pdf',
  'startup.upgraded': 'JoinDesk 已将数据从版本 {from} 更新到 {to}；旧数据的副本保存在 {backup}。',
  'startup.damaged':
    'JoinDesk 的数据文件 {file} 未通过完整检查（{found}）。请关闭 JoinDesk 并保留该文件：下次启动时会报告此问题并保持文件原样，届时可以恢复最新的备份。',
  'startup.cannotOpen': 'JoinDesk 无法打开其数据',
  'startup.corrupt': '数据文件 {file} 未通过完整性检查（{detail}）。该文件保持原样，未作任何改动。',
  'startup.missing':
    'JoinDesk 的数据文件 {file} {state, select, empty {是空的（0 字节）} other {不见了}}，但 JoinDesk 之前在这里存有数据。最新的备份是 {backup}：将它复制到 {file} 即可从该备份继续，或将备份移到别处以重新开始。',
  'startup.missingNoBackup':
    'JoinDesk 的数据文件 {file} {state, select, empty {是空的（0 字节）} other {不见了}}，但 JoinDesk 之前在这里存有数据。旁边没有找到备份。请从你自己的副本中恢复该文件，或删除文件“{marker}”以重新开始。',
  'startup.tooNew':
    '此数据文件由较新版本的 JoinDesk 写入（架构 {found}；此版本最高支持架构 {supported}）。请更新 JoinDesk 后再打开。',
  'startup.notJoinDesk': '此文件是 SQLite 数据库，但不是 JoinDesk 的数据库。该文件保持原样，未作任何改动。',
  'startup.unknownVersion':
    '此文件是 SQLite 数据库，但不是 JoinDesk 的数据库：它标记的版本从未存在过（{version}）。该文件保持原样，未作任何改动。',
  'startup.changedOutside':
    '此文件是 SQLite 数据库，但不是 JoinDesk 的数据库：它在 JoinDesk 之外被修改过（{difference}）。该文件保持原样，未作任何改动。',
};
