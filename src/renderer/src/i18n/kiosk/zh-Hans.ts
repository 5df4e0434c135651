import type { KioskCatalogue } from './en';

// Chinese has one plural form; counts still go through `plural` so every catalogue takes the same values.
const zhHans: KioskCatalogue = {
  'page.title': '报名 — JoinDesk',
  'language.label': '语言',

  'form.title': '加入您的小组',
  'form.intro': '请填写您的信息，以及讲师给您的加入码。',
  'form.introPhone': '请填写您的姓名和电子邮箱。小组的加入码已经自动填好。',
  'form.name': '姓名',
  'form.email': '电子邮箱',
  'form.code': '加入码',
  'form.codeHint': '格式类似 ABCD-1234，不区分大小写，空格和短横线可有可无。',
  'form.submit': '加入小组',
  'form.errorTitle': '未能为您报名',
  'form.throttled': '尝试次数过多。请在 {seconds, plural, other {# 秒}}后重试。',

  'check.nameRequired': '请输入您的姓名。',
  'check.nameTooLong': '姓名最多 {max, number} 个字符。',
  'check.emailRequired': '请输入您的电子邮箱。',
  'check.emailInvalid': '请输入有效的电子邮箱，例如 name@example.com。',
  'check.codeRequired': '请输入加入码。',
  'check.codeCharacters': '加入码只包含字母 A–Z 和数字 0–9。',
  'check.codeTooLong': '这个加入码太长了。',

  'error.code-unknown': '找不到这个加入码，请向讲师核对。',
  'error.code-retired': '这个加入码已更换，请向讲师索取新的加入码。',
  'error.code-disabled': '此加入码的报名已暂停。',
  'error.code-not-yet-valid': '此加入码将于 {when} 开放报名。',
  'error.code-expired': '此加入码已于 {when} 截止报名。',
  'error.group-full': '这个小组已满。请让讲师增加名额，或给您另一个加入码。',
  'error.email-registered': '这个电子邮箱已经注册过了。请向讲师求助。',
  'error.kiosk-locked': '错误尝试次数过多，本机已锁定。请联系管理员。',
  'error.paused': '请稍候：几秒钟后报名会自动继续。',
  'error.forbidden': '此屏幕已不再连接 JoinDesk。请联系讲师。',
  'error.unpaired': '此屏幕已不再与 JoinDesk 配对。请讲师重新配对。',
  'error.other': '报名暂时无法进行，所填信息未保存。请联系讲师。',

  'success.title': '报名成功！',
  'success.welcome': '欢迎加入<b>{group}</b>。',
  'success.registeredAs': '注册邮箱：<ltr>{email}</ltr>',
  'success.courses': '您的课程',
  'success.noCourses': '课程开始时，讲师会通知您。',
  'success.done': '完成',
  'success.closePage': '全部完成，您可以关闭此页面了。',

  'locked.title': '本机已锁定',
  'locked.body': '输入错误的加入码或 PIN 次数过多。请让管理员解锁。',

  'idle.title': '您还在吗？',
  'idle.body': '为保护您的隐私，此表单将在 {seconds, plural, other {# 秒}}后清空。',
  'idle.stay': '我还在',

  'exit.open': '工作人员：退出自助模式',
  'exit.title': '退出自助模式',
  'exit.pin': '管理员 PIN',
  'exit.pinRequired': '请输入 PIN。',
  'exit.pinWrong': 'PIN 不正确。',
  'exit.pinShow': '显示或隐藏 PIN',
  'exit.submit': '退出自助模式',
  'exit.lockedTitle': '退出已锁定',
  'exit.lockedBody':
    '在管理员于 “签到终端”页面解锁本机之前，无法退出。请重新启动 JoinDesk（如果无法关闭，请重启电脑），然后在 “签到终端”页面输入管理员 PIN。',
  'exit.close': '关闭',
};

export default zhHans;
