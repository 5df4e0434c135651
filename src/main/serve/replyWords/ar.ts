import type { ReplyCatalogue } from './en';

export const ar: ReplyCatalogue = {
  'reply.linkExpired':
    'انتهت صلاحية هذا الرابط أو سبق استخدامه. يعمل كل رابط مرة واحدة فقط، خلال {minutes, plural, zero {# دقيقة} one {دقيقة واحدة} two {دقيقتين} few {# دقائق} many {# دقيقة} other {# دقيقة}}: اطلب رابطًا جديدًا.',
  'reply.signIn': 'افتح رابط تسجيل دخول من JoinDesk (يطبع الأمر `npm run serve` هذه الروابط).',
  'reply.notForYou': 'هذه الشاشة ليست مخصصة لك.',
  'reply.ownLink': 'افتح JoinDesk من رابطه الخاص.',
  'reply.unknownHost': 'مضيف غير معروف',
  'reply.foreignOrigin': 'مصدر خارجي',
  'reply.notFound': 'غير موجود',
  'reply.methodNotAllowed': 'الطريقة غير مسموح بها',
  'reply.internal': 'خطأ داخلي',
};
