import type { KioskCatalogue } from './en';

const es: KioskCatalogue = {
  'page.title': 'Registro — JoinDesk',
  'language.label': 'Idioma',

  'form.title': 'Únete a tu grupo',
  'form.intro': 'Escribe tus datos y el código de acceso que te dio tu instructor.',
  'form.introPhone': 'Escribe tu nombre y tu correo electrónico. El código de acceso de tu grupo ya está puesto.',
  'form.name': 'Nombre completo',
  'form.email': 'Correo electrónico',
  'form.code': 'Código de acceso',
  'form.codeHint': 'Tiene esta forma: ABCD-1234. Da igual si usas mayúsculas, espacios o guiones.',
  'form.submit': 'Unirme al grupo',
  'form.errorTitle': 'No hemos podido registrarte',
  'form.throttled':
    'Demasiados intentos. Vuelve a intentarlo dentro de {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',

  'check.nameRequired': 'Escribe tu nombre completo.',
  'check.nameTooLong': 'El nombre puede tener como máximo {max, number} caracteres.',
  'check.emailRequired': 'Escribe tu correo electrónico.',
  'check.emailInvalid': 'Escribe un correo electrónico válido, como nombre@ejemplo.com.',
  'check.codeRequired': 'Escribe un código de acceso.',
  'check.codeCharacters': 'Los códigos de acceso solo llevan letras de la A a la Z y cifras del 0 al 9.',
  'check.codeTooLong': 'Ese código de acceso es demasiado largo.',

  'error.code-unknown': 'No encontramos ese código de acceso. Compruébalo con tu instructor.',
  'error.code-retired': 'Este código de acceso ha cambiado. Pide el nuevo a tu instructor.',
  'error.code-disabled': 'El registro con este código está en pausa.',
  'error.code-not-yet-valid': 'El registro con este código se abre el {when}.',
  'error.code-expired': 'El registro con este código se cerró el {when}.',
  'error.group-full': 'Este grupo está completo. Pide a tu instructor que abra más plazas o que te dé otro código.',
  'error.email-registered': 'Este correo electrónico ya está registrado. Pide ayuda a un instructor.',
  'error.kiosk-locked': 'Este quiosco se ha bloqueado tras demasiados intentos fallidos. Avisa a un administrador.',
  'error.paused': 'Un momento, por favor: el registro continuará solo en unos segundos.',
  'error.forbidden': 'Esta pantalla ya no está conectada a JoinDesk. Avisa a un instructor.',
  'error.unpaired': 'Esta pantalla ya no está vinculada a JoinDesk. Pide a un instructor que la vuelva a vincular.',
  'error.other': 'El registro no funciona en este momento y no se ha guardado nada. Avisa a un instructor.',

  'success.title': '¡Ya estás dentro!',
  'success.welcome': 'Te damos la bienvenida a <b>{group}</b>.',
  'success.registeredAs': 'Correo registrado: <ltr>{email}</ltr>',
  'success.courses': 'Tus cursos',
  'success.noCourses': 'Tu instructor te avisará cuando empiecen tus cursos.',
  'success.done': 'Listo',
  'success.closePage': 'Todo listo: ya puedes cerrar esta página.',

  'locked.title': 'Este quiosco está bloqueado',
  'locked.body': 'Se han introducido demasiados códigos o PIN incorrectos. Pide a un administrador que lo desbloquee.',

  'idle.title': '¿Sigues ahí?',
  'idle.body':
    'Por tu privacidad, este formulario se borrará dentro de {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
  'idle.stay': 'Sigo aquí',

  'exit.open': 'Personal: salir del quiosco',
  'exit.title': 'Salir del modo quiosco',
  'exit.pin': 'PIN de administrador',
  'exit.pinRequired': 'Escribe el PIN.',
  'exit.pinWrong': 'Ese PIN no es correcto.',
  'exit.pinShow': 'Mostrar u ocultar el PIN',
  'exit.submit': 'Salir del quiosco',
  'exit.lockedTitle': 'La salida está bloqueada',
  'exit.lockedBody':
    'La salida seguirá bloqueada hasta que un administrador desbloquee este quiosco en la página Quiosco. Para llegar a ella, reinicia JoinDesk (o el ordenador, si no se cierra) y escribe el PIN de administrador en la página Quiosco.',
  'exit.close': 'Cerrar',
};

export default es;
