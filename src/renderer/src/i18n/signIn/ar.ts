import type { SignInCatalogue } from './en';

const ar: SignInCatalogue = {
  'signIn.title': 'لم يتم تسجيل الدخول في علامة التبويب هذه',
  'signIn.body':
    'افتح JoinDesk من رابط تسجيل دخول. يعمل كل رابط مرة واحدة فقط، في علامة التبويب التي تفتحه: للحصول على روابط جديدة، اضغط Enter في الطرفية التي يعمل فيها <code>npm run serve</code>، أو استخدم «تشغيل شاشة التسجيل» في شاشات الإدارة.',
};

export default ar;
