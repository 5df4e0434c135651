import type { SCHEMA_TEXT } from '../../../../../shared/textSchemas';
import type { Translation } from '../types';

// Arabic counts nouns in six forms: a limit of characters, digits or seconds is worded as a plural.
const characters = (n: string) =>
  `{${n}, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}}`;
const digits = (n: string) => `{${n}, plural, zero {# رقم} one {رقم واحد} two {رقمين} few {# أرقام} many {# رقمًا} other {# رقم}}`;
const lettersOrDigits = (n: string) =>
  `{${n}, plural, zero {# حرف أو رقم} one {حرف أو رقم واحد} two {حرفين أو رقمين} few {# أحرف أو أرقام} many {# حرفًا أو رقمًا} other {# حرف أو رقم}}`;
const seconds = (n: string) =>
  `{${n}, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}`;

/** What the shared schemas say (shared/textSchemas.ts), in this language. Values a script sends stay as they are. */
const schemas: Translation<typeof SCHEMA_TEXT> = {
  'field.text': 'يُتوقع نص.',
  'field.trueOrFalse': 'يُتوقع صواب أو خطأ.',
  'field.onOrOff': 'يُتوقع تشغيل أو إيقاف.',
  'field.yesOrNo': 'يُتوقع نعم أو لا.',
  'field.wholeNumber': 'يُتوقع عدد صحيح.',
  'field.idWholeNumber': 'يُتوقع معرّف بعدد صحيح.',
  'field.idPositive': 'يُتوقع معرّف موجب.',
  'field.idList': 'تُتوقع قائمة معرّفات.',
  'field.idListTooLong': '{max, number} على الأكثر في المرة الواحدة.',
  'field.pageSize': 'تُتوقع قيمة من {min, number} إلى {max, number}.',
  'field.offset': 'تُتوقع قيمة {min, number} أو أكثر.',
  'field.pageMarker': 'تُتوقع علامة صفحة.',
  'field.pageMarkerTooLong': 'علامة الصفحة هذه طويلة جدًا.',
  'field.dateTime': 'يُتوقع تاريخ ووقت.',
  'field.isoDateTime': 'يُتوقع تاريخ ووقت بصيغة ISO 8601.',
  'field.date': 'يُتوقع تاريخ مثل 2026-03-01.',
  'field.searchTooLong': `يمكن أن يتكوّن نص البحث من ${characters('max')} على الأكثر.`,
  'field.descriptionTooLong': `يمكن أن يتكوّن الوصف من ${characters('max')} على الأكثر.`,
  'field.noteTooLong': `${characters('max')} على الأكثر.`,

  'field.nameRequired': 'أدخل اسمك الكامل.',
  'field.nameFarTooLong': 'هذا الاسم طويل جدًا.',
  'field.nameTooLong': `يمكن أن يتكوّن الاسم من ${characters('max')} على الأكثر.`,
  'field.emailRequired': 'أدخل بريدك الإلكتروني.',
  'field.emailFarTooLong': 'عنوان البريد الإلكتروني هذا طويل جدًا.',
  'field.emailInvalid': 'أدخل بريدًا إلكترونيًا صحيحًا، مثل name@example.com.',
  'field.codeRequired': 'أدخل رمز الانضمام.',
  'field.codeTooLong': 'رمز الانضمام هذا طويل جدًا.',
  'field.codeCharacters': 'تتكوّن رموز الانضمام من الحروف اللاتينية A–Z والأرقام 0–9 فقط.',
  'field.customCodeTooShort': `يحتاج رمز الانضمام إلى ${lettersOrDigits('min')} على الأقل.`,
  'field.customCodeTooLong': `يمكن أن يتكوّن رمز الانضمام من ${lettersOrDigits('max')} على الأكثر.`,
  'field.customCodeShort': `الرموز القصيرة أسهل في التخمين: يُستحسن ألا يقل الرمز عن ${characters('min')}.`,
  'field.pinRequired': 'أدخل رمز PIN.',
  'field.pinTooLong': 'رمز PIN هذا طويل جدًا.',
  'field.adminPinDigits': `يتكوّن رمز PIN للمسؤول من {min, number} إلى ${digits('max')}.`,

  'field.groupNameRequired': 'أدخل اسم المجموعة.',
  'field.groupNameFarTooLong': 'اسم المجموعة هذا طويل جدًا.',
  'field.groupNameTooLong': `يمكن أن يتكوّن اسم المجموعة من ${characters('max')} على الأكثر.`,
  'field.role': 'اختر أحد الأدوار: learner، instructor، manager.',
  'field.codeState': 'حالة رمز غير معروفة.',
  'field.codeMinLengthLow': '{min, number} على الأقل.',
  'field.codeMinLengthHigh': '{max, number} على الأكثر.',
  'field.maxUsesLow': 'يجب ألا يقل الحد الأقصى لمرات الاستخدام عن {min, number}.',
  'field.maxUsesHigh': 'يجب ألا يزيد الحد الأقصى لمرات الاستخدام على {max, number}.',

  'field.learnerSort': 'ترتيب غير معروف.',
  'field.sortDirection': 'استخدم asc أو desc.',
  'field.learnerNoChange': 'غيّر الاسم أو البريد الإلكتروني أو الدور.',
  'field.mergeSameLearner': 'اختر متعلمًا آخر للدمج معه.',
  'field.courseTitleRequired': 'أدخل عنوان الدورة.',
  'field.courseTitleFarTooLong': 'هذا العنوان طويل جدًا.',
  'field.courseTitleTooLong': `يمكن أن يتكوّن عنوان الدورة من ${characters('max')} على الأكثر.`,
  'field.progressStatus': 'استخدم not-started أو started أو completed.',
  'field.learnersNone': 'اختر متعلمًا واحدًا على الأقل.',
  'field.completedTwice': 'حدّد تاريخ الإكمال أو التاريخ والوقت، وليس كليهما.',

  'field.csvText': 'يُتوقع ملف CSV بصيغة نصية.',
  'field.csvTooLarge': 'هذا الملف كبير جدًا (الحد الأقصى {max, number} ميغابايت).',
  'field.importExisting': 'اختر skip أو move.',
  'field.importOverLimit': 'اختر fit أو raise.',
  'field.exportKind': 'نوع تصدير غير معروف.',
  'field.auditAction': 'إجراء غير معروف.',

  'field.backupChoose': 'اختر نسخة احتياطية من القائمة.',
  'field.backupName': 'هذا ليس اسم نسخة احتياطية.',
  'field.backupsKeptLow':
    'احتفظ بـ {min, plural, zero {# نسخة} one {نسخة واحدة} two {نسختين} few {# نسخ} many {# نسخة} other {# نسخة}} على الأقل.',
  'field.backupsKeptHigh': '{max, number} على الأكثر.',

  'field.languageChoose': 'اختر لغة.',
  'field.languageUnknown': 'اختر إحدى اللغات التي يدعمها JoinDesk.',
  'field.languageList': 'تُتوقع قائمة لغات.',
  'field.languagesNone': 'وفّر لغة واحدة على الأقل.',
  'field.languagesRepeated': 'كل لغة مرة واحدة على الأكثر.',
  'field.defaultLanguageNotOffered': 'يجب أن تكون اللغة الافتراضية من اللغات التي توفّرها شاشة التسجيل.',
  'field.adminLanguage': 'اختر لغة يدعمها JoinDesk، أو لغة هذا الكمبيوتر.',
  'field.orgNameTooLong': `${characters('max')} على الأكثر.`,
  'field.idleSeconds': 'يُتوقع عدد صحيح من الثواني.',
  'field.idleSecondsLow': `${seconds('min')} على الأقل.`,
  'field.idleSecondsHigh': 'ساعة واحدة على الأكثر.',

  'field.stationNameRequired': 'أعطِ المحطة اسمًا.',
  'field.stationNameTooLong': `${characters('max')} على الأكثر.`,
  'field.address': 'يُتوقع عنوان.',
  'field.addressTooLong': 'هذا العنوان طويل جدًا.',
  'field.addressInvalid': 'أدخل عنوان IP، مثل 192.168.1.20.',
  'field.addressNotOne': 'اختر عنوانًا واحدًا لهذا الجهاز، وليس «كل العناوين» أو عنوان بث جماعي.',
  'field.port': 'يُتوقع رقم منفذ.',
  'field.portLow': 'استخدم منفذًا من {min, number, ::group-off} فما فوق.',
  'field.portHigh': '{max, number, ::group-off} على الأكثر.',
  'field.audience': 'اختر admin أو kiosk.',
};

export default schemas;
