import type { KioskCatalogue } from './en';

// Arabic has six plural forms; counts use every one CLDR gives it.
const SECONDS = '{seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}';

const ar: KioskCatalogue = {
  'page.title': 'التسجيل — JoinDesk',
  'language.label': 'اللغة',

  'form.title': 'انضم إلى مجموعتك',
  'form.intro': 'أدخل بياناتك ورمز الانضمام الذي أعطاك إياه المدرّب.',
  'form.introPhone': 'أدخل اسمك وبريدك الإلكتروني. رمز الانضمام الخاص بمجموعتك مكتوب مسبقًا.',
  'form.name': 'الاسم الكامل',
  'form.email': 'البريد الإلكتروني',
  'form.code': 'رمز الانضمام',
  'form.codeHint': 'يبدو الرمز هكذا: ABCD-1234. لا يهم استخدام الأحرف الكبيرة أو المسافات أو الشَّرطات.',
  'form.submit': 'انضم إلى المجموعة',
  'form.errorTitle': 'تعذّر تسجيلك',
  'form.throttled': `محاولات كثيرة جدًا. حاول مرة أخرى بعد ${SECONDS}.`,

  'check.nameRequired': 'أدخل اسمك الكامل.',
  'check.nameTooLong':
    'يمكن أن يتكوّن الاسم من {max, plural, zero {# حرف} one {حرف واحد} two {حرفين} few {# أحرف} many {# حرفًا} other {# حرف}} على الأكثر.',
  'check.emailRequired': 'أدخل بريدك الإلكتروني.',
  'check.emailInvalid': 'أدخل بريدًا إلكترونيًا صحيحًا، مثل name@example.com.',
  'check.codeRequired': 'أدخل رمز الانضمام.',
  'check.codeCharacters': 'تتكوّن رموز الانضمام من الحروف اللاتينية A–Z والأرقام 0–9 فقط.',
  'check.codeTooLong': 'رمز الانضمام هذا طويل جدًا.',

  'error.code-unknown': 'لم نعثر على رمز الانضمام هذا. تحقّق منه مع مدرّبك.',
  'error.code-retired': 'تم تغيير رمز الانضمام هذا. اطلب الرمز الجديد من مدرّبك.',
  'error.code-disabled': 'التسجيل بهذا الرمز متوقّف مؤقتًا.',
  'error.code-not-yet-valid': 'يبدأ التسجيل بهذا الرمز في {when}.',
  'error.code-expired': 'انتهى التسجيل بهذا الرمز في {when}.',
  'error.group-full': 'هذه المجموعة مكتملة. اطلب من مدرّبك فتح أماكن إضافية أو إعطاءك رمزًا آخر.',
  'error.email-registered': 'هذا البريد الإلكتروني مسجّل بالفعل. اطلب المساعدة من أحد المدرّبين.',
  'error.kiosk-locked': 'تم قفل هذا الجهاز بعد محاولات خاطئة كثيرة. يُرجى التوجّه إلى أحد المسؤولين.',
  'error.paused': 'لحظة من فضلك: سيستمر التسجيل تلقائيًا خلال ثوانٍ.',
  'error.forbidden': 'لم تعد هذه الشاشة متصلة بـ JoinDesk. يُرجى التوجّه إلى أحد المدرّبين.',
  'error.unpaired': 'لم تعد هذه الشاشة مقترنة بـ JoinDesk. اطلب من أحد المدرّبين إقرانها من جديد.',
  'error.other': 'التسجيل لا يعمل الآن ولم يُحفَظ أي شيء. يُرجى التوجّه إلى أحد المدرّبين.',

  'success.title': 'تم تسجيلك!',
  'success.welcome': 'أهلًا بك في <b>{group}</b>.',
  'success.registeredAs': 'مسجّل بالبريد <ltr>{email}</ltr>',
  'success.courses': 'دوراتك',
  'success.noCourses': 'سيُعلمك مدرّبك عندما تبدأ دوراتك.',
  'success.done': 'تم',
  'success.closePage': 'انتهيت: يمكنك إغلاق هذه الصفحة.',

  'locked.title': 'هذا الجهاز مقفل',
  'locked.body': 'أُدخلت رموز انضمام أو أرقام PIN خاطئة كثيرة. يُرجى أن تطلب من أحد المسؤولين فتحه.',

  'idle.title': 'هل ما زلت هنا؟',
  'idle.body': `حفاظًا على خصوصيتك، سيُمسح هذا النموذج بعد ${SECONDS}.`,
  'idle.stay': 'ما زلت هنا',

  'exit.open': 'للموظفين: الخروج من وضع الكشك',
  'exit.title': 'الخروج من وضع الكشك',
  'exit.pin': 'رمز PIN للمسؤول',
  'exit.pinRequired': 'أدخل رمز PIN.',
  'exit.pinWrong': 'رمز PIN هذا غير صحيح.',
  'exit.pinShow': 'إظهار رمز PIN أو إخفاؤه',
  'exit.submit': 'الخروج من الكشك',
  'exit.lockedTitle': 'الخروج مقفل',
  'exit.lockedBody':
    'يبقى الخروج مقفلًا حتى يفتح أحد المسؤولين هذا الكشك من صفحة «شاشة التسجيل». للوصول إليها، أعد تشغيل JoinDesk (أو أعد تشغيل الحاسوب إن لم يُغلق)، ثم أدخل رمز PIN للمسؤول في صفحة «شاشة التسجيل».',
  'exit.close': 'إغلاق',
};

export default ar;
