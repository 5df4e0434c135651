import type { Translation } from '../types';
import type { courses as english } from './en';

const courses: Translation<typeof english> = {
  'courses.title': 'الدورات',
  'courses.intro': 'أسند الدورات إلى المجموعات من هنا أو من صفحة المجموعة. يحصل المتعلمون على دورات مجموعتهم عند انضمامهم إليها.',
  'courses.new': 'دورة جديدة',
  'courses.showArchived': 'إظهار الدورات المؤرشفة',
  'courses.table': 'الدورات',
  'courses.column.course': 'الدورة',
  'courses.column.groups': 'المجموعات',
  'courses.archived': 'مؤرشفة',
  'courses.edit': 'تعديل',
  'courses.editNamed': 'تعديل {title}',
  'courses.empty': 'لا توجد دورات بعد.',
  'courses.modal.new': 'دورة جديدة',
  'courses.modal.edit': 'تعديل الدورة',
  'courses.modal.title': 'العنوان',
  'courses.modal.description': 'الوصف',
  'courses.modal.groups': 'المجموعات التي تحصل على هذه الدورة',
  'courses.modal.searchGroups': 'البحث عن مجموعات',
  'courses.modal.noGroup': 'لا توجد مجموعة بهذا الاسم',
  'courses.modal.groupById': 'المجموعة {id}',
  'courses.modal.archived': 'مؤرشفة (مخفية عن المتعلمين وعن الإسنادات الجديدة)',
  'courses.modal.cancel': 'إلغاء',
  'courses.modal.save': 'حفظ الدورة',
  'courses.modal.create': 'إنشاء الدورة',
  'courses.saved': 'حُفظت الدورة',
  'courses.created': 'أُنشئت الدورة',
  'courses.group.title': 'دورات هذه المجموعة',
  'courses.group.intro':
    'يحصل كل أعضاء {group} على هذه الدورات. ويراها المتعلمون الذين ينضمون بالرمز فور تسجيلهم، دون الحاجة إلى رمز للدورة.',
  'courses.group.none': 'لا توجد دورات بعد. أنشئها من التدريب › الدورات.',
  'courses.group.label': 'الدورات',
  'courses.group.placeholder': 'اختر الدورات',
  'courses.group.nothingFound': 'لا توجد دورة بهذا الاسم',
  'courses.group.save': 'حفظ الدورات',
  'courses.group.saved': 'حُفظت الدورات',
  'courses.group.savedMessage':
    'أصبح لدى {group} {n, plural, zero {# دورة} one {دورة واحدة} two {دورتان} few {# دورات} many {# دورة} other {# دورة}}.',
};

export default courses;
