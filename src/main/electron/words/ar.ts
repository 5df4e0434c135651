import type { DesktopCatalogue } from './en';

export const ar: DesktopCatalogue = {
  'dialog.backup.save': 'حفظ نسخة من النسخة الاحتياطية',
  'dialog.backup.open': 'الاستعادة من ملف',
  'dialog.filter.backup': 'نسخة احتياطية من JoinDesk',
  'dialog.filter.all': 'كل الملفات',
  'dialog.joinCard.save': 'حفظ بطاقة الانضمام',
  'dialog.joinCard.fileName': 'بطاقة الانضمام - {group}.pdf',
  'startup.upgraded': 'حدّث JoinDesk بياناته من الإصدار {from} إلى {to}؛ وتوجد نسخة من البيانات القديمة في {backup}.',
  'startup.damaged':
    'لم يجتز ملف بيانات JoinDesk {file} الفحص الكامل ({found}). أغلق JoinDesk واحتفظ بالملف: سيُبلَّغ عنه عند التشغيل التالي ويُترك كما هو، ويمكن استعادة أحدث نسخة احتياطية.',
  'startup.cannotOpen': 'يتعذر على JoinDesk فتح بياناته',
  'startup.corrupt': 'لم يجتز ملف البيانات {file} فحص السلامة ({detail}). وقد تُرك كما هو دون تغيير.',
  'startup.missing':
    'ملف بيانات JoinDesk {file} {state, select, empty {فارغ (0 بايت)} other {مفقود}}، مع أن JoinDesk كانت لديه بيانات هنا من قبل. أحدث نسخة احتياطية هي {backup}: انسخها إلى {file} لمتابعة العمل منها، أو انقل النسخ الاحتياطية إلى مكان آخر للبدء من جديد.',
  'startup.missingNoBackup':
    'ملف بيانات JoinDesk {file} {state, select, empty {فارغ (0 بايت)} other {مفقود}}، مع أن JoinDesk كانت لديه بيانات هنا من قبل. لم يُعثر على أي نسخة احتياطية بجانبه. استعد الملف من نسخك الخاصة، أو احذف الملف «{marker}» للبدء من جديد.',
  'startup.tooNew':
    'كُتب ملف البيانات هذا بإصدار أحدث من JoinDesk (المخطط {found}؛ ويعرف هذا الإصدار المخططات حتى {supported}). حدّث JoinDesk لفتحه.',
  'startup.notJoinDesk': 'هذا الملف قاعدة بيانات SQLite، لكنه ليس من JoinDesk. وقد تُرك كما هو دون تغيير.',
  'startup.unknownVersion':
    'هذا الملف قاعدة بيانات SQLite، لكنه ليس من JoinDesk: فهو يحمل رقم إصدار لم يوجد قط ({version}). وقد تُرك كما هو دون تغيير.',
  'startup.changedOutside':
    'هذا الملف قاعدة بيانات SQLite، لكنه ليس من JoinDesk: فقد عُدّل خارج JoinDesk ({difference}). وقد تُرك كما هو دون تغيير.',
};
