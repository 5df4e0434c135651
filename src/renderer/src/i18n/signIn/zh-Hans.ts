import type { SignInCatalogue } from './en';

const zhHans: SignInCatalogue = {
  'signIn.title': '此标签页尚未登录',
  'signIn.body':
    '请通过登录链接打开 JoinDesk。每个链接只能使用一次，且只在打开它的标签页中有效：如需新链接，请在运行 <code>npm run serve</code> 的终端中按 Enter 键，或在管理界面中使用“启动签到终端”。',
};

export default zhHans;
