import type { Translation } from '../types';
import type { learners as english } from './en';

// Arabic counts take all six CLDR forms; the noun after a number changes with each.
const rows = (n: string) => `{${n}, plural, zero {# صف} one {صف واحد} two {صفان} few {# صفوف} many {# صفًا} other {# صف}}`;
const rowsAfter = (n: string) => `{${n}, plural, zero {# صف} one {صف واحد} two {صفين} few {# صفوف} many {# صفًا} other {# صف}}`;
const DELETED_FROM = '{fromGroup, select, deleted {مجموعة محذوفة} other {{from}}}';
const DELETED_TO = '{toGroup, select, deleted {مجموعة محذوفة} other {{to}}}';

const learners: Translation<typeof english> = {
  'learners.page.title': 'المتعلمون',
  'learners.page.intro': 'كل من انضم إلى مجموعة. ابحث بأي جزء من الاسم أو البريد الإلكتروني، مع علامات التشكيل أو بدونها.',
  'learners.page.bulkUpload': 'رفع جماعي',
  'learners.page.add': 'إضافة متعلم',
  'learners.page.search.label': 'البحث عن متعلمين',
  'learners.page.search.placeholder': 'ابحث بالاسم أو البريد الإلكتروني',
  'learners.page.groupFilter.label': 'تصفية حسب المجموعة',
  'learners.page.groupFilter.placeholder': 'كل المجموعات',
  'learners.page.empty.filtered': 'لا يوجد متعلم مطابق.',
  'learners.page.empty.none': 'لا يوجد متعلمون بعد.',

  'learners.role.learner': 'متعلم',
  'learners.role.instructor': 'مدرّب',
  'learners.role.manager': 'مدير',
  'learners.source.kiosk': 'شاشة التسجيل',
  'learners.source.bulk': 'رفع جماعي',
  'learners.source.admin': 'المسؤول',
  'learners.status.not-started': 'لم يبدأ',
  'learners.status.started': 'بدأ',
  'learners.status.completed': 'مكتمل',

  'learners.table.label': 'المتعلمون',
  'learners.column.name': 'الاسم',
  'learners.column.email': 'البريد الإلكتروني',
  'learners.column.group': 'المجموعة',
  'learners.column.role': 'الدور',
  'learners.column.source': 'انضم عبر',
  'learners.column.registered': 'تاريخ التسجيل',
  'learners.table.loading': 'جارٍ التحميل…',
  'learners.table.count':
    '{n, plural, zero {لا يوجد متعلمون} one {متعلم واحد} two {متعلمان} few {# متعلمين} many {# متعلمًا} other {# متعلم}}',
  'learners.table.searched':
    '{n, plural, zero {لا يطابق أي متعلم} one {يطابق متعلم واحد} two {يطابق متعلمان} few {يطابق # متعلمين} many {يطابق # متعلمًا} other {يطابق # متعلم}} من بين آخر {searched, number} متعلم سجّلوا. اكتب المزيد من اسم أو بريد إلكتروني للبحث في الجميع.',
  'learners.table.capped': 'يطابق البحث أكثر من {n, number} متعلم؛ تُعرض أول {n, number} نتيجة. أضف كلمة لتضييق البحث.',

  'learners.drawer.title': 'متعلم',
  'learners.drawer.details': 'بيانات المتعلم',
  'learners.drawer.source.kiosk': 'شاشة التسجيل (رمز الانضمام)',
  'learners.drawer.source.bulk': 'رفع جماعي',
  'learners.drawer.source.admin': 'أضافه المسؤول',
  'learners.drawer.courses': 'الدورات',
  'learners.drawer.noCourses': 'لا توجد دورات في {group} بعد.',
  'learners.drawer.moves': 'تغييرات المجموعة',
  'learners.drawer.move': `{when}: ${DELETED_FROM} ← ${DELETED_TO}`,
  'learners.drawer.moveWithReason': `{when}: ${DELETED_FROM} ← ${DELETED_TO} ({reason})`,
  'learners.drawer.edit': 'تعديل',
  'learners.drawer.reassign': 'نقل إلى مجموعة',
  'learners.drawer.merge': 'دمج مع…',
  'learners.drawer.export': 'تصدير البيانات',
  'learners.drawer.remove': 'إزالة',
  'learners.drawer.erase': 'محو',
  'learners.action.cancel': 'إلغاء',

  'learners.field.name': 'الاسم الكامل',
  'learners.field.email': 'البريد الإلكتروني',
  'learners.field.group': 'المجموعة',
  'learners.field.role': 'الدور',

  'learners.reassign.title': 'نقل {name} إلى مجموعة أخرى',
  'learners.reassign.now':
    'حاليًا في <b>{group}</b>. يحصل المتعلم على دور المجموعة الجديدة ودوراتها؛ ويُحتفظ بالتقدّم في الدورات المشتركة بين المجموعتين.',
  'learners.reassign.group': 'المجموعة الجديدة',
  'learners.reassign.chooseGroup': 'اختر المجموعة التي سيُنقل إليها.',
  'learners.reassign.reason': 'السبب (اختياري)',
  'learners.reassign.submit': 'نقل المتعلم',
  'learners.reassign.done.title': 'تم نقل المتعلم',
  'learners.reassign.done.message': '{name} الآن في {group}.',

  'learners.remove.title': 'إزالة هذا المتعلم؟',
  'learners.remove.body': 'يُحذف سجله وتقدّمه. ويحتفظ سجل التدقيق بأنه تمت إزالة متعلم.',
  'learners.remove.done': 'تمت إزالة المتعلم',
  'learners.erase.title': 'محو هذا المتعلم نهائيًا؟',
  'learners.erase.body':
    'كل ما يحتفظ به JoinDesk عنه — سجله وتقدّمه وتغييرات مجموعته وإدخالاته في سجل التدقيق — يُحذف ويُستبدل في ملف البيانات. لا يمكن التراجع عن ذلك. إذا طلب نسخة من بياناته، فصدّرها أولًا.',
  'learners.erase.word': 'محو',
  'learners.erase.confirm': 'اكتب «{word}» للتأكيد',
  'learners.erase.done': 'تم محو المتعلم',

  'learners.add.title': 'إضافة متعلم',
  'learners.add.chooseGroup': 'اختر المجموعة.',
  'learners.add.submit': 'إضافة المتعلم',
  'learners.add.done.title': 'تمت إضافة المتعلم',
  'learners.add.done.message': '{name} في {group}.',

  'learners.edit.title': 'تعديل {name}',
  'learners.edit.emailHint': 'متعلم واحد لكل بريد إلكتروني: يُرفض أي عنوان يستخدمه متعلم آخر.',
  'learners.edit.roleHint':
    'يحصل المتعلم على دور مجموعته عند الانضمام. يبقى الدور المحدد هنا إلى أن ينتقل إلى مجموعة أخرى، فيحصل على دورها.',
  'learners.edit.submit': 'حفظ التغييرات',
  'learners.edit.done': 'تم حفظ المتعلم',

  'learners.merge.title': 'دمج {name} مع متعلم آخر',
  'learners.merge.intro':
    'ابحث عن السجل الآخر للشخص نفسه — الذي نتج عن خطأ في كتابة البريد الإلكتروني مثلًا. تختار أيّ السجلين يُحتفظ به قبل أن يتغير أي شيء.',
  'learners.merge.find.label': 'البحث عن السجل الآخر',
  'learners.merge.find.placeholder': 'الاسم أو البريد الإلكتروني',
  'learners.merge.matches': 'المتعلمون المطابقون',
  'learners.merge.candidate': '<ltr>{email}</ltr> · {group}',
  'learners.merge.choose': 'اختيار',
  'learners.merge.chooseName': 'اختيار {name}',
  'learners.merge.noMatch': 'لا يوجد متعلم آخر يطابق «{search}».',
  'learners.merge.chooseAnother': 'اختيار متعلم آخر',
  'learners.merge.keepOther': 'الاحتفاظ بـ {name} بدلًا منه',
  'learners.merge.whatHappens': 'ما الذي سيحدث',
  'learners.merge.keeps': 'يحتفظ <b>{name}</b> باسمه وبريده الإلكتروني ومجموعته ودوره.',
  'learners.merge.progress': 'في كل دورة، يُحتفظ بالتقدّم الأبعد بين الاثنين (مكتمل، ثم بدأ)، مع تاريخ الإكمال الفعلي.',
  'learners.merge.history': 'تنتقل تغييرات المجموعة وإدخالات سجل التدقيق الخاصة بـ {merged} إلى {kept}.',
  'learners.merge.removed': 'ثم تتم إزالة {name}، ويمكن استخدام <ltr>{email}</ltr> من جديد.',
  'learners.merge.otherGroup':
    'هما في مجموعتين مختلفتين: يبقى المتعلم في {keptGroup}. ويُحتفظ بالتقدّم في دورات {mergedGroup} ويظهر إذا انتقل إليها يومًا ما.',
  'learners.merge.final': 'لا يمكن التراجع عن ذلك. للاحتفاظ بعنوان البريد الإلكتروني الآخر، عدّل {name} بعد الدمج.',
  'learners.merge.submit': 'الدمج في {name}',
  'learners.merge.done.title': 'تم دمج المتعلمَين',
  'learners.merge.done.message': 'أصبح {merged} جزءًا من {kept}.',
  'learners.merge.kept.label': 'المتعلم المحتفَظ به',
  'learners.merge.merged.label': 'المتعلم المدمج والمُزال',
  'learners.merge.kept': 'يُحتفظ به',
  'learners.merge.merged': 'يُدمج ثم يُزال',
  'learners.merge.groupRole': '{group} · {role}',
  'learners.merge.registered': 'سُجّل في {when}',
  'learners.merge.courses':
    'أكمل {done, number} من {total, plural, zero {# دورة} one {دورة واحدة} two {دورتين} few {# دورات} many {# دورة} other {# دورة}}',
  'learners.merge.noCourses': 'لا توجد دورات في هذه المجموعة',

  'learners.import.title': 'رفع جماعي',
  'learners.import.intro':
    'للمجموعات المعروفة مسبقًا: ملف CSV يحتوي على عمود <b>name</b> (أو <b>first name</b> و<b>last name</b>) و<b>email</b> و<b>group</b> (أو <b>join code</b> بدلًا من group)؛ تُكتب أسماء الأعمدة بالإنجليزية. تصلح أيضًا عناوين مثل «E-mail» و«Email address» و«Full name»؛ وتُترك الأعمدة الأخرى كما هي. يصلح تنسيق «CSV UTF-8» من Excel.',
  'learners.import.template': 'تنزيل القالب',
  'learners.import.choose': 'اختيار ملف CSV',
  'learners.import.problem.title': 'لا يمكن استيراد هذا الملف',
  'learners.import.problem.body': '{problem} لم يُستورد أي شيء.',
  'learners.import.preview.title': 'معاينة <ltr>{file}</ltr>',
  'learners.import.counts.none': `${rows('total')}: {added, number} للإضافة؛ لم يُتخطَّ أي صف.`,
  'learners.import.counts.some': `${rows('total')}: {added, number} للإضافة؛ تم تخطي {skipped, number} ({reasons}).`,
  'learners.import.counts.movesNone': `${rows('total')}: {added, number} للإضافة، و{moved, number} للنقل؛ لم يُتخطَّ أي صف.`,
  'learners.import.counts.movesSome': `${rows('total')}: {added, number} للإضافة، و{moved, number} للنقل؛ تم تخطي {skipped, number} ({reasons}).`,
  'learners.import.skipped.registered': '{n, number} مسجّل مسبقًا',
  'learners.import.skipped.full': '{n, number} تجاوز الحد الأقصى لمجموعة',
  'learners.import.skipped.duplicates':
    '{n, plural, zero {# مكرر} one {صف مكرر واحد} two {صفان مكرران} few {# صفوف مكررة} many {# صفًا مكررًا} other {# صف مكرر}}',
  'learners.import.skipped.invalid': '{n, number} بها مشكلات',
  'learners.import.limit.one': 'ستتجاوز {group} حدها الأقصى',
  'learners.import.limit.many':
    '{n, plural, zero {لن تتجاوز أي مجموعة حدها الأقصى} one {ستتجاوز مجموعة واحدة حدها الأقصى} two {ستتجاوز مجموعتان حدهما الأقصى} few {ستتجاوز # مجموعات حدها الأقصى} many {ستتجاوز # مجموعة حدها الأقصى} other {ستتجاوز # مجموعة حدها الأقصى}}',
  'learners.import.limit.group':
    '{group}: {seats, plural, zero {# مقعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}}، المشغول منها {taken, number}. يضع هذا الملف فيها {incoming, number}: {over, number} فوق الحد الأقصى.',
  'learners.import.limit.explain':
    'الحد الأقصى للمجموعة هو الحد الأقصى لاستخدامات رمز الانضمام الخاص بها: كل من يوضع في المجموعة يشغل مقعدًا، سواء عبر شاشة التسجيل أو بالرفع.',
  'learners.import.limit.question': 'ماذا يجب أن يحدث؟',
  'learners.import.limit.fit': `الاستيراد حتى الحد الأقصى فقط: استبعاد آخر ${rowsAfter('n')} {groups, plural, zero {لهذه المجموعات} one {لهذه المجموعة} two {لهاتين المجموعتين} few {لهذه المجموعات} many {لهذه المجموعات} other {لهذه المجموعات}}`,
  'learners.import.limit.raise': 'استيراد الكل ورفع الحد الأقصى ({changes})',
  'learners.import.limit.change': '{group}: {from, number} ← {to, number}',
  'learners.import.limit.or': 'أو ألغِ، وعدّل الملف أو المجموعة أولًا.',
  'learners.import.problems.heading': 'صفوف بها مشكلات (ستُستبعد)',
  'learners.import.problems.label': 'صفوف بها مشكلات',
  'learners.import.problems.column': 'المشكلة',
  'learners.import.registered.heading': 'مسجّلون مسبقًا',
  'learners.import.registered.column': 'ما الذي سيحدث',
  'learners.import.registered.member': 'موجود في {group} مسبقًا: تم التخطي',
  'learners.import.registered.moves': 'يُنقل من {from} إلى {to}',
  'learners.import.registered.stays': 'يبقى في {from}: تم التخطي',
  'learners.import.existing.label': 'متعلمون مسجّلون في مجموعة أخرى',
  'learners.import.existing.skip': 'تخطيهم: إبقاؤهم في مجموعتهم الحالية',
  'learners.import.existing.move': 'نقلهم إلى المجموعة المحددة في هذا الملف (يُحتفظ بالتقدّم في الدورات المشتركة)',
  'learners.import.chooseLimit': 'اختر ما يحدث عند الحد الأقصى',
  'learners.import.submit': `استيراد ${rowsAfter('n')}`,
  'learners.import.progress.label': 'تقدّم الاستيراد',
  'learners.import.progress': `جارٍ الاستيراد… {done, number} من ${rowsAfter('total')}`,
  'learners.import.done.title': 'اكتمل الاستيراد',
  'learners.import.summary.none': 'أُضيف {added, number}، ونُقل {moved, number}؛ لم يُتخطَّ أي صف.',
  'learners.import.summary.some': 'أُضيف {added, number}، ونُقل {moved, number}؛ تم تخطي {skipped, number} ({reasons}).',
  'learners.import.raised': 'رُفع الحد الأقصى لـ {group} من {from, number} إلى {to, number}.',
  'learners.import.rejected.heading':
    '{n, plural, zero {لم يُستورد # صف} one {لم يُستورد صف واحد} two {لم يُستورد صفان} few {لم تُستورد # صفوف} many {لم يُستورد # صفًا} other {لم يُستورد # صف}}',
  'learners.import.rejected.download': 'تنزيل الصفوف غير المستوردة (CSV)',
  'learners.import.rejected.explain': 'يحتوي الملف المنزَّل على أعمدة الملف الأصلي وسبب لكل صف: صحّحها ثم ارفع الملف مرة أخرى.',
  'learners.import.rejected.label': 'الصفوف غير المستوردة',
  'learners.import.rejected.column': 'السبب',
  'learners.import.rejected.file': '{name}-غير-مستورد.csv',
  'learners.import.rejected.rowColumn': 'الصف',
  'learners.import.rejected.reasonColumn': 'السبب',

  'learners.rows.row': 'الصف',
  'learners.rows.empty': '(فارغ)',
  'learners.rows.more':
    '…و{n, plural, zero {# صف آخر} one {صف آخر} two {صفان آخران} few {# صفوف أخرى} many {# صفًا آخر} other {# صف آخر}}.',
};

export default learners;
