import type { ReplyCatalogue } from './en';

export const zhHans: ReplyCatalogue = {
  'reply.linkExpired':
    '该链接已过期或已被使用。每个链接只能使用一次，且须在 {minutes, plural, other {# 分钟}}内使用：请索取新链接。',
  'reply.signIn': '请打开 JoinDesk 的登录链接（`npm run serve` 会输出这些链接）。',
  'reply.notForYou': '此界面不供你使用。',
  'reply.ownLink': '请通过 JoinDesk 自己的链接打开它。',
  'reply.unknownHost': '未知主机',
  'reply.foreignOrigin': '外部来源',
  'reply.notFound': '未找到',
  'reply.methodNotAllowed': '不允许使用此方法',
  'reply.internal': '内部错误',
};
