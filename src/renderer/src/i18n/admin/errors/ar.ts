import type { MAIN_TEXT } from '../../../../../shared/textMain';
import type { Translation } from '../types';

// Arabic has six plural forms; counts use every one CLDR gives it.
const SECONDS = '{seconds, plural, zero {# ثانية} one {ثانية واحدة} two {ثانيتين} few {# ثوانٍ} many {# ثانية} other {# ثانية}}';
const SEATS = '{seats, plural, zero {لا مقاعد} one {مقعد واحد} two {مقعدان} few {# مقاعد} many {# مقعدًا} other {# مقعد}}';
const NOT_AS_MADE = 'هذا الملف ليس نسخة احتياطية كما ينشئها JoinDesk:';

/** What main says (shared/textMain.ts), in this language. */
const errors: Translation<typeof MAIN_TEXT> = {
  'request.invalid': 'الطلب غير صالح.',
  'request.unexpectedField': 'حقل غير متوقع: {field}.',
  'request.unknownChannel': 'قناة غير معروفة: {channel}',
  'request.forbidden': 'لا يمكن لهذه الشاشة القيام بذلك.',
  'request.internal': 'حدث خطأ ولم يتغيّر أي شيء. يُرجى المحاولة مرة أخرى.',
  'request.paused': 'لحظة من فضلك: يستعيد JoinDesk نسخة احتياطية. حاول مرة أخرى بعد بضع ثوانٍ.',
  'request.pausedKiosk': 'لحظة من فضلك: سيستمر التسجيل تلقائيًا خلال ثوانٍ.',
  'request.notFromWindow': 'لم يأتِ هذا الطلب من نافذة JoinDesk.',
  'request.noSuchChannel': 'لا توجد قناة بهذا الاسم.',
  'request.signIn': 'سجّل الدخول برابط من JoinDesk، أو أرسل رمز وصول صالحًا.',
  'request.channelForbidden': 'لا يمكن لهذه الشاشة استدعاء تلك القناة.',
  'request.usePost': 'استخدم POST.',
  'request.tooLarge': 'الطلب كبير جدًا (الحد الأقصى {size, number} {unit, select, GB {غيغابايت} MB {ميغابايت} other {كيلوبايت}}).',
  'request.notJson': 'محتوى الطلب ليس بتنسيق JSON.',
  'request.tooMany': 'طلبات كثيرة في وقت واحد من هذه الشاشة. حاول مرة أخرى بعد لحظة.',
  'request.serverBusy': 'JoinDesk مشغول. حاول مرة أخرى بعد لحظة.',
  'request.unpaired': 'لم تعد هذه الشاشة مقترنة بـ JoinDesk. اطلب من أحد المدرّبين إقرانها من جديد.',

  'files.noSuchFile': 'لا يوجد ملف بهذا الاسم.',
  'files.signIn': 'سجّل الدخول برابط من JoinDesk.',
  'files.adminOnly': 'لا يمكن القيام بذلك إلا للمسؤول.',
  'files.usage': 'للتنزيل استخدم {get}؛ وللرفع استخدم {post}.',
  'files.noBackup': 'لا توجد نسخة احتياطية بهذا الاسم.',
  'files.tooLarge':
    'هذا الملف كبير جدًا (الحد الأقصى {size, number} {unit, select, GB {غيغابايت} MB {ميغابايت} other {كيلوبايت}}).',
  'files.notStored': 'تعذّر حفظ الملف.',

  'failure.diskFull': 'القرص ممتلئ، لذا لم يُحفَظ أي شيء. أفرغ بعض المساحة على قرص هذا الكمبيوتر، ثم حاول مرة أخرى.',
  'failure.readOnly':
    'لا يستطيع JoinDesk الكتابة في مجلد بياناته (القرص أو المجلد للقراءة فقط)، لذا لم يُحفَظ أي شيء. اجعله قابلًا للكتابة، أو انقل البيانات إلى قرص قابل للكتابة.',
  'failure.busy':
    'برنامج آخر يحتجز ملف بيانات JoinDesk، لذا لم يُحفَظ أي شيء. أغلق أي برنامج قد يكون فتحه (عارض قواعد بيانات، أو أداة مزامنة أو نسخ احتياطي)، ثم حاول مرة أخرى.',
  'failure.kiosk': 'التسجيل لا يعمل الآن ولم يُحفَظ أي شيء. يُرجى التوجّه إلى أحد المدرّبين.',

  'job.busy.importPreview': 'يجري فحص عملية استيراد. حاول مرة أخرى عند انتهائها.',
  'job.busy.importCommit': 'تجري عملية استيراد. حاول مرة أخرى عند انتهائها.',
  'job.busy.backupCreate': 'يجري إنشاء نسخة احتياطية. حاول مرة أخرى عند انتهائها.',
  'job.busy.backupAuto': 'يجري إنشاء النسخة الاحتياطية اليومية. حاول مرة أخرى عند انتهائها.',
  'job.busy.backupRestore': 'تجري استعادة نسخة احتياطية. حاول مرة أخرى عند انتهائها.',
  'job.busy.export': 'يجري إنشاء ملف تصدير. حاول مرة أخرى عند انتهائه.',

  'group.notFound': 'هذه المجموعة غير موجودة.',
  'group.gone': 'لم تعد هذه المجموعة موجودة.',
  'group.nameTaken': 'توجد مجموعة بهذا الاسم بالفعل.',
  'group.someMissing': 'بعض هذه المجموعات غير موجود.',
  'course.notFound': 'هذه الدورة غير موجودة.',
  'course.someMissing': 'بعض هذه الدورات غير موجود.',

  'learner.notFound': 'هذا المتعلم غير موجود (أو لم يعد موجودًا).',
  'learner.emailTaken': 'هذا البريد الإلكتروني مسجّل بالفعل، في {group}. انقل ذلك المتعلم بدلًا من ذلك.',
  'learner.emailTakenMerge': 'هذا البريد الإلكتروني مسجّل بالفعل، في {group}. إن كان الشخص نفسه، فادمج المتعلمَين بدلًا من ذلك.',
  'learner.mergeDuringImport': 'ما زال رفع جماعي يضيف أحد هذين المتعلمَين أو ينقله. ادمجهما بعد انتهائه.',
  'learner.alreadyInGroup': '{name} موجود بالفعل في {group}.',
  'learner.pageMarker': 'علامة الصفحة هذه لا تخص هذه القائمة. ابدأ من جديد من الأعلى.',
  'learner.searchTooDeep': 'يعرض البحث أول {cap, number} نتيجة فقط. أضف إلى البحث للعثور على البقية.',
  'progress.courseNotAssigned': 'هذه الدورة ليست من دورات مجموعة المتعلم.',
  'progress.futureDate': 'لا يمكن أن يكون تاريخ الإكمال في المستقبل.',

  'joinCode.customOff': 'الرموز المخصّصة متوقفة في الإعدادات: أنشئ رمزًا جديدًا بدلًا من ذلك.',
  'joinCode.takenLive': 'تستخدم مجموعة أخرى هذا الرمز بالفعل. اختر رمزًا مختلفًا.',
  'joinCode.takenOwnRetired': 'استخدمت هذه المجموعة هذا الرمز من قبل. تبقى الرموز القديمة متقاعدة: اختر رمزًا جديدًا.',
  'joinCode.takenOtherRetired': 'كان هذا الرمز لمجموعة أخرى من قبل ويبقى محجوزًا. اختر رمزًا مختلفًا.',
  'joinCode.alreadyCurrent': 'هذا هو الرمز الحالي للمجموعة بالفعل.',
  'joinCode.otherGroups': 'هذا الرمز يخص مجموعة أخرى ويبقى محجوزًا لها.',
  'joinCode.neverHad': 'لم يكن لهذه المجموعة هذا الرمز قط: لا تعود إلا رموزها السابقة.',
  'joinCode.policyForbids': 'لم تعد سياسة الرموز في الإعدادات تسمح بهذا الرمز: أنشئ رمزًا جديدًا بدلًا من ذلك.',
  'joinCode.closeBeforeOpen': 'يجب أن يأتي وقت الإغلاق بعد وقت الفتح.',

  'signup.codeUnknown': 'لم نعثر على رمز الانضمام هذا. تحقّق منه مع مدرّبك.',
  'signup.codeRetired': 'تم تغيير رمز الانضمام هذا. اطلب الرمز الجديد من مدرّبك.',
  'signup.codeDisabled': 'التسجيل بهذا الرمز متوقّف مؤقتًا.',
  'signup.notYetOpen': 'يبدأ التسجيل بهذا الرمز في {at, date, ::dMMMMyHHmm}.',
  'signup.closed': 'انتهى التسجيل بهذا الرمز في {at, date, ::dMMMMyHHmm}.',
  'signup.groupFull': 'هذه المجموعة مكتملة. اطلب من مدرّبك فتح أماكن إضافية أو إعطاءك رمزًا آخر.',
  'signup.emailRegistered': 'هذا البريد الإلكتروني مسجّل بالفعل. اطلب المساعدة من أحد المدرّبين.',
  'signup.kioskLocked': 'تم قفل شاشة التسجيل هذه بعد محاولات خاطئة كثيرة. يُرجى التوجّه إلى أحد المسؤولين.',

  'pin.wrong': 'رمز PIN هذا غير صحيح.',
  'pin.currentWrong': 'رمز PIN الحالي غير صحيح.',
  'pin.needed': 'عيّن رمز PIN للمسؤول أولًا: فهو مطلوب للخروج من شاشة التسجيل أو فتح قفلها.',
  'attempts.throttled': `محاولات كثيرة جدًا. حاول مرة أخرى بعد ${SECONDS}.`,

  'network.noAddress': 'ليس لهذا الكمبيوتر العنوان {address} الآن. اختر شبكة من القائمة.',
  'network.portInUse': 'يستخدم برنامج آخر المنفذ {port} بالفعل. اختر منفذًا آخر.',
  'network.portDenied': 'لا يسمح هذا الكمبيوتر لـ JoinDesk باستخدام المنفذ {port}. اختر منفذًا آخر.',
  'network.openFailed': 'تعذّر على JoinDesk فتح التسجيل على تلك الشبكة. حاول مرة أخرى، أو اختر شبكة أخرى.',
  'network.noRoom': 'يحتاج التسجيل من القاعة إلى تطبيق سطح المكتب أو وضع الخادم.',
  'network.chooseAddress': 'اختر الشبكة التي يتصل بها الحاضرون في القاعة.',
  'network.roomOff': 'التسجيل من القاعة متوقف. شغّله أولًا من صفحة شاشة التسجيل.',
  'station.needsRoom': 'شغّل التسجيل من القاعة أولًا: تتصل المحطات عبر تلك الشبكة.',
  'station.tooMany': 'الحد الأقصى {max} محطات: أزِل واحدة أولًا.',
  'station.gone': 'تمت إزالة هذه المحطة بالفعل.',
  'session.serveOnly': 'روابط تسجيل الدخول موجودة في وضع الخادم فقط (npm run serve).',

  'backup.notFound': 'لا توجد نسخة احتياطية بهذا الاسم. اختر واحدة من القائمة.',
  'backup.notWhole': 'هذا الملف مقطوع أو تالف: إنه ليس نسخة احتياطية كاملة.',
  'backup.desktopOnly': 'يتم ذلك في تطبيق سطح المكتب. في المتصفح، نزّل الملف أو ارفعه بدلًا من ذلك.',

  'restore.empty': 'هذا الملف فارغ: ربما تكون نسخة احتياطية انقطعت.',
  'restore.notSqlite': 'هذا الملف ليس نسخة احتياطية من JoinDesk (ليس قاعدة بيانات SQLite).',
  'restore.unreadable': 'هذا الملف تالف ولا يمكن قراءته.',
  'restore.notJoinDesk': 'هذا الملف قاعدة بيانات SQLite، لكنه ليس من JoinDesk.',
  'restore.notUtf8': 'هذا الملف ليس نسخة احتياطية من JoinDesk (ترميز النص فيه ليس UTF-8).',
  'restore.newer': 'أُنشئت هذه النسخة الاحتياطية بإصدار أحدث من JoinDesk. حدّث JoinDesk لاستعادتها.',
  'restore.unknownVersion': 'يحمل هذا الملف رقم إصدار من JoinDesk لم يوجد قط ({version}).',
  'restore.damaged': 'هذا الملف تالف ({detail}).',
  'restore.brokenLinks': 'في هذا الملف روابط مكسورة بين سجلاته.',
  'restore.notUpgradable': 'تعذّرت ترقية هذه النسخة الاحتياطية إلى هذا الإصدار من JoinDesk.',
  'restore.schemaExtra': `${NOT_AS_MADE} فيه {type, select, table {جدول غير متوقع} index {فهرس غير متوقع} trigger {مشغّل غير متوقع} view {عرض غير متوقع} other {عنصر {type} غير متوقع}} "{name}".`,
  'restore.schemaMissing': `${NOT_AS_MADE} {type, select, table {الجدول} index {الفهرس} trigger {المشغّل} view {العرض} other {العنصر {type}}} "{name}" مفقود أو معدَّل.`,
  'restore.invalid.group': `${NOT_AS_MADE} فيه مجموعة ما كان JoinDesk ليحفظها.`,
  'restore.invalid.joinCode': `${NOT_AS_MADE} فيه رمز انضمام ما كان JoinDesk ليحفظه.`,
  'restore.invalid.retiredCode': `${NOT_AS_MADE} فيه رمز انضمام سابق ما كان JoinDesk ليحفظه.`,
  'restore.invalid.codeLiveAndRetired': `${NOT_AS_MADE} فيه رمز انضمام نشط ومتقاعد في آن واحد.`,
  'restore.invalid.learner': `${NOT_AS_MADE} فيه متعلم ما كان JoinDesk ليحفظه.`,
  'restore.invalid.merge': `${NOT_AS_MADE} فيه دمج لمتعلمين ما كان JoinDesk ليحفظه.`,
  'restore.invalid.mergedStillThere': `${NOT_AS_MADE} فيه متعلم مدموج في آخر وما زال موجودًا.`,
  'restore.invalid.course': `${NOT_AS_MADE} فيه دورة ما كان JoinDesk ليحفظها.`,
  'restore.invalid.attempts': `${NOT_AS_MADE} فيه عدد لمحاولات تسجيل فاشلة ما كان JoinDesk ليحفظه.`,
  'restore.invalid.setting': `${NOT_AS_MADE} فيه إعداد "{key}" لا يكتبه JoinDesk أبدًا.`,

  'import.empty': 'الملف فارغ.',
  'import.columnsSame': 'عمودان بالمعنى نفسه: "{first}" و"{second}". أبقِ واحدًا منهما فقط.',
  'import.columnsMissing':
    'لا يوجد عمود {missing, select, name {name} email {email} group {group} nameEmail {name أو email} nameGroup {name أو group} emailGroup {email أو group} other {name أو email أو group}}. في الصف الأول: {columns}. يقرأ JoinDesk الأعمدة: name (أو first name وlast name)، وemail، وgroup (أو join code).',
  'import.columnsMissingEmpty':
    'لا يوجد عمود {missing, select, name {name} email {email} group {group} nameEmail {name أو email} nameGroup {name أو group} emailGroup {email أو group} other {name أو email أو group}}. الصف الأول لا يحتوي على شيء. يقرأ JoinDesk الأعمدة: name (أو first name وlast name)، وemail، وgroup (أو join code).',
  'import.overLimit':
    '{count, plural, zero {سيتجاوز هذا الملف الحد الأقصى لـ {last}.} one {سيتجاوز هذا الملف الحد الأقصى لـ {last}.} two {سيتجاوز هذا الملف الحد الأقصى لـ {others} و{last}.} few {سيتجاوز هذا الملف الحد الأقصى لـ {others} و{last}.} many {سيتجاوز هذا الملف الحد الأقصى لـ {others} و{last}.} other {سيتجاوز هذا الملف الحد الأقصى لـ {others} و{last}.}} اختر استيراد ما يصل إلى الحد الأقصى فقط، أو استيراد الكل ورفع الحد.',

  'import.row.nameEmpty': 'الاسم فارغ.',
  'import.row.nameUnusable': 'لا يمكن استخدام هذا الاسم.',
  'import.row.emailEmpty': 'البريد الإلكتروني فارغ.',
  'import.row.emailUnusable': 'لا يمكن استخدام عنوان البريد الإلكتروني هذا.',
  'import.row.noGroupNamed': 'لا توجد مجموعة باسم "{group}".',
  'import.row.noGroupWithCode': 'لا توجد مجموعة لها رمز الانضمام هذا.',
  'import.row.groupEmpty': 'المجموعة فارغة: حدّدها باسمها أو برمز الانضمام.',
  'import.row.duplicate': 'هذا البريد الإلكتروني موجود بالفعل في الصف {line} من الملف.',
  'import.row.full': `بلغت {group} الحد الأقصى (${SEATS}).`,
  'import.row.member': 'موجود بالفعل في {group}.',
  'import.row.registered': 'مسجّل بالفعل، في {group}.',
};

export default errors;
