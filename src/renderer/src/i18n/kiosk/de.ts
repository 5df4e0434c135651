import type { KioskCatalogue } from './en';

const de: KioskCatalogue = {
  'page.title': 'Anmeldung — JoinDesk',
  'language.label': 'Sprache',

  'form.title': 'Treten Sie Ihrer Gruppe bei',
  'form.intro': 'Geben Sie Ihre Daten und den Beitrittscode ein, den Sie von Ihrer Kursleitung bekommen haben.',
  'form.introPhone': 'Geben Sie Ihren Namen und Ihre E-Mail-Adresse ein. Der Beitrittscode Ihrer Gruppe ist schon eingetragen.',
  'form.name': 'Vor- und Nachname',
  'form.email': 'E-Mail-Adresse',
  'form.code': 'Beitrittscode',
  'form.codeHint': 'Er sieht so aus: ABCD-1234. Groß- und Kleinschreibung, Leerzeichen und Bindestriche spielen keine Rolle.',
  'form.submit': 'Gruppe beitreten',
  'form.errorTitle': 'Die Anmeldung hat nicht geklappt',
  'form.throttled':
    'Zu viele Versuche. Bitte versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} noch einmal.',

  'check.nameRequired': 'Geben Sie Ihren Vor- und Nachnamen ein.',
  'check.nameTooLong': 'Namen dürfen höchstens {max, number} Zeichen lang sein.',
  'check.emailRequired': 'Geben Sie Ihre E-Mail-Adresse ein.',
  'check.emailInvalid': 'Geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@beispiel.de.',
  'check.codeRequired': 'Geben Sie einen Beitrittscode ein.',
  'check.codeCharacters': 'Beitrittscodes bestehen nur aus den Buchstaben A–Z und den Ziffern 0–9.',
  'check.codeTooLong': 'Dieser Beitrittscode ist zu lang.',

  'error.code-unknown': 'Diesen Beitrittscode gibt es nicht. Bitte prüfen Sie ihn mit Ihrer Kursleitung.',
  'error.code-retired': 'Dieser Beitrittscode wurde geändert. Fragen Sie Ihre Kursleitung nach dem neuen.',
  'error.code-disabled': 'Die Anmeldung mit diesem Code ist gerade pausiert.',
  'error.code-not-yet-valid': 'Die Anmeldung mit diesem Code ist ab {when} möglich.',
  'error.code-expired': 'Die Anmeldung mit diesem Code wurde am {when} geschlossen.',
  'error.group-full':
    'Diese Gruppe ist voll. Bitten Sie Ihre Kursleitung, weitere Plätze freizugeben oder Ihnen einen anderen Code zu geben.',
  'error.email-registered': 'Diese E-Mail-Adresse ist bereits angemeldet. Bitte wenden Sie sich an Ihre Kursleitung.',
  'error.kiosk-locked': 'Dieser Kiosk ist nach zu vielen Fehlversuchen gesperrt. Bitte wenden Sie sich an die Administration.',
  'error.paused': 'Einen Moment bitte: Die Anmeldung geht in wenigen Sekunden von selbst weiter.',
  'error.forbidden': 'Dieser Bildschirm ist nicht mehr mit JoinDesk verbunden. Bitte wenden Sie sich an Ihre Kursleitung.',
  'error.unpaired': 'Dieser Bildschirm ist nicht mehr mit JoinDesk gekoppelt. Bitten Sie Ihre Kursleitung, ihn neu zu koppeln.',
  'error.other':
    'Die Anmeldung funktioniert gerade nicht, es wurde nichts gespeichert. Bitte wenden Sie sich an Ihre Kursleitung.',

  'success.title': 'Geschafft!',
  'success.welcome': 'Willkommen in der Gruppe <b>{group}</b>.',
  'success.registeredAs': 'Angemeldet mit <ltr>{email}</ltr>',
  'success.courses': 'Ihre Kurse',
  'success.noCourses': 'Ihre Kursleitung sagt Ihnen Bescheid, wenn Ihre Kurse beginnen.',
  'success.done': 'Fertig',
  'success.closePage': 'Alles erledigt: Sie können diese Seite jetzt schließen.',

  'locked.title': 'Dieser Kiosk ist gesperrt',
  'locked.body':
    'Es wurden zu viele falsche Beitrittscodes oder PINs eingegeben. Bitte lassen Sie ihn von der Administration entsperren.',

  'idle.title': 'Sind Sie noch da?',
  'idle.body': 'Zum Schutz Ihrer Daten wird dieses Formular in {seconds, plural, one {# Sekunde} other {# Sekunden}} geleert.',
  'idle.stay': 'Ich bin noch da',

  'exit.open': 'Personal: Kiosk beenden',
  'exit.title': 'Kioskmodus beenden',
  'exit.pin': 'Admin-PIN',
  'exit.pinRequired': 'Geben Sie die PIN ein.',
  'exit.pinWrong': 'Diese PIN ist nicht richtig.',
  'exit.pinShow': 'PIN ein- oder ausblenden',
  'exit.submit': 'Kiosk beenden',
  'exit.lockedTitle': 'Beenden ist gesperrt',
  'exit.lockedBody':
    'Der Kiosk lässt sich erst wieder beenden, wenn die Administration ihn auf der Seite „Kiosk“ entsperrt. Starten Sie dazu JoinDesk neu (oder den Computer, falls es sich nicht schließen lässt) und geben Sie dann auf der Seite „Kiosk“ die Admin-PIN ein.',
  'exit.close': 'Schließen',
};

export default de;
