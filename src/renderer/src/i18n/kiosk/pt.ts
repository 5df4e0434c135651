import type { KioskCatalogue } from './en';

// Brazilian Portuguese, which CLDR's plain `pt` formats dates and numbers for.
const pt: KioskCatalogue = {
  'page.title': 'Inscrição — JoinDesk',
  'language.label': 'Idioma',

  'form.title': 'Entre no seu grupo',
  'form.intro': 'Informe seus dados e o código de acesso que seu instrutor passou.',
  'form.introPhone': 'Informe seu nome e e-mail. O código de acesso do seu grupo já está preenchido.',
  'form.name': 'Nome completo',
  'form.email': 'E-mail',
  'form.code': 'Código de acesso',
  'form.codeHint': 'Ele tem este formato: ABCD-1234. Maiúsculas, espaços e hifens não fazem diferença.',
  'form.submit': 'Entrar no grupo',
  'form.errorTitle': 'Não foi possível fazer sua inscrição',
  'form.throttled':
    'Muitas tentativas. Tente de novo em {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',

  'check.nameRequired': 'Informe seu nome completo.',
  'check.nameTooLong': 'O nome pode ter no máximo {max, number} caracteres.',
  'check.emailRequired': 'Informe seu e-mail.',
  'check.emailInvalid': 'Informe um e-mail válido, como nome@exemplo.com.',
  'check.codeRequired': 'Informe um código de acesso.',
  'check.codeCharacters': 'Os códigos de acesso usam só as letras de A a Z e os números de 0 a 9.',
  'check.codeTooLong': 'Esse código de acesso é longo demais.',

  'error.code-unknown': 'Não encontramos esse código de acesso. Confira com seu instrutor.',
  'error.code-retired': 'Este código de acesso mudou. Peça o novo ao seu instrutor.',
  'error.code-disabled': 'As inscrições com este código estão pausadas.',
  'error.code-not-yet-valid': 'As inscrições com este código abrem em {when}.',
  'error.code-expired': 'As inscrições com este código foram encerradas em {when}.',
  'error.group-full': 'Este grupo está lotado. Peça ao seu instrutor para abrir mais vagas ou para dar outro código a você.',
  'error.email-registered': 'Este e-mail já está cadastrado. Peça ajuda a um instrutor.',
  'error.kiosk-locked': 'Este quiosque foi bloqueado depois de muitas tentativas erradas. Chame um administrador.',
  'error.paused': 'Um momento, por favor: a inscrição vai continuar sozinha em alguns segundos.',
  'error.forbidden': 'Esta tela não está mais conectada ao JoinDesk. Chame um instrutor.',
  'error.unpaired': 'Esta tela não está mais pareada com o JoinDesk. Peça a um instrutor para pareá-la de novo.',
  'error.other': 'A inscrição não está funcionando agora e nada foi salvo. Chame um instrutor.',

  'success.title': 'Tudo certo!',
  'success.welcome': 'Boas-vindas ao grupo <b>{group}</b>.',
  'success.registeredAs': 'Inscrição feita com <ltr>{email}</ltr>',
  'success.courses': 'Seus cursos',
  'success.noCourses': 'Seu instrutor vai avisar quando seus cursos começarem.',
  'success.done': 'Concluir',
  'success.closePage': 'Pronto: você já pode fechar esta página.',

  'locked.title': 'Este quiosque está bloqueado',
  'locked.body': 'Foram digitados muitos códigos de acesso ou PINs errados. Peça a um administrador para desbloqueá-lo.',

  'idle.title': 'Você ainda está aí?',
  'idle.body':
    'Para proteger sua privacidade, este formulário será apagado em {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',
  'idle.stay': 'Ainda estou aqui',

  'exit.open': 'Equipe: sair do quiosque',
  'exit.title': 'Sair do modo quiosque',
  'exit.pin': 'PIN de administrador',
  'exit.pinRequired': 'Digite o PIN.',
  'exit.pinWrong': 'Esse PIN não está certo.',
  'exit.pinShow': 'Mostrar ou ocultar o PIN',
  'exit.submit': 'Sair do quiosque',
  'exit.lockedTitle': 'A saída está bloqueada',
  'exit.lockedBody':
    'A saída fica bloqueada até um administrador desbloquear este quiosque na página Quiosque. Para chegar lá, reinicie o JoinDesk (ou o computador, se ele não fechar) e digite o PIN de administrador na página Quiosque.',
  'exit.close': 'Fechar',
};

export default pt;
