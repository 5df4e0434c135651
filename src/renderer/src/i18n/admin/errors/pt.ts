import type { MAIN_TEXT } from '../../../../../shared/textMain';
import type { Translation } from '../types';

/** What main says (shared/textMain.ts), in this language. */
const errors: Translation<typeof MAIN_TEXT> = {
  'request.invalid': 'A solicitação não era válida.',
  'request.unexpectedField': 'Campo inesperado: {field}.',
  'request.unknownChannel': 'Canal desconhecido: {channel}',
  'request.forbidden': 'Esta tela não pode fazer isso.',
  'request.internal': 'Algo deu errado e nada foi alterado. Tente de novo.',
  'request.paused': 'Um momento: o JoinDesk está restaurando um backup. Tente de novo em alguns segundos.',
  'request.pausedKiosk': 'Um momento, por favor: a inscrição vai continuar sozinha em alguns segundos.',
  'request.notFromWindow': 'Esta solicitação não veio de uma janela do JoinDesk.',
  'request.noSuchChannel': 'Esse canal não existe.',
  'request.signIn': 'Entre com um link do JoinDesk ou envie um token de acesso válido.',
  'request.channelForbidden': 'Esta tela não pode chamar esse canal.',
  'request.usePost': 'Use POST.',
  'request.tooLarge': 'A solicitação é grande demais ({size, number} {unit, select, GB {GB} MB {MB} other {KB}} no máximo).',
  'request.notJson': 'O corpo da solicitação não é JSON.',
  'request.tooMany': 'Muitas solicitações ao mesmo tempo desta tela. Tente de novo daqui a pouco.',
  'request.serverBusy': 'O JoinDesk está ocupado. Tente de novo daqui a pouco.',
  'request.unpaired': 'Esta tela não está mais pareada com o JoinDesk. Peça a um instrutor para pareá-la de novo.',

  'files.noSuchFile': 'Esse arquivo não existe.',
  'files.signIn': 'Entre com um link do JoinDesk.',
  'files.adminOnly': 'Só um administrador pode fazer isso.',
  'files.usage': 'Baixe com {get}; envie com {post}.',
  'files.noBackup': 'Não há nenhum backup com esse nome.',
  'files.tooLarge': 'Esse arquivo é grande demais ({size, number} {unit, select, GB {GB} MB {MB} other {KB}} no máximo).',
  'files.notStored': 'Não foi possível guardar o arquivo.',

  'failure.diskFull': 'O disco está cheio, então nada foi salvo. Libere espaço no disco deste computador e tente de novo.',
  'failure.readOnly':
    'O JoinDesk não consegue gravar na pasta de dados (o disco ou a pasta é somente leitura), então nada foi salvo. Permita a gravação ou mova os dados para um disco gravável.',
  'failure.busy':
    'Outro programa está bloqueando o arquivo de dados do JoinDesk, então nada foi salvo. Feche qualquer programa que possa estar com ele aberto (um visualizador de banco de dados, uma ferramenta de sincronização ou de backup) e tente de novo.',
  'failure.kiosk': 'A inscrição não está funcionando agora e nada foi salvo. Chame um instrutor.',

  'job.busy.importPreview': 'Uma importação está sendo verificada. Tente de novo quando ela terminar.',
  'job.busy.importCommit': 'Uma importação está em andamento. Tente de novo quando ela terminar.',
  'job.busy.backupCreate': 'Um backup está sendo feito. Tente de novo quando ele terminar.',
  'job.busy.backupAuto': 'O backup diário está sendo feito. Tente de novo quando ele terminar.',
  'job.busy.backupRestore': 'Um backup está sendo restaurado. Tente de novo quando ele terminar.',
  'job.busy.export': 'Uma exportação está sendo feita. Tente de novo quando ela terminar.',

  'group.notFound': 'Esse grupo não existe.',
  'group.gone': 'Esse grupo não existe mais.',
  'group.nameTaken': 'Já existe um grupo com este nome.',
  'group.someMissing': 'Alguns desses grupos não existem.',
  'course.notFound': 'Esse curso não existe.',
  'course.someMissing': 'Alguns desses cursos não existem.',

  'learner.notFound': 'Esse participante não existe (mais).',
  'learner.emailTaken': 'Este e-mail já está cadastrado, em {group}. Mude esse participante de grupo.',
  'learner.emailTakenMerge': 'Este e-mail já está cadastrado, em {group}. Se for a mesma pessoa, mescle os dois participantes.',
  'learner.mergeDuringImport':
    'Um envio em massa ainda está adicionando ou movendo um desses participantes. Mescle-os quando ele terminar.',
  'learner.alreadyInGroup': '{name} já está em {group}.',
  'learner.pageMarker': 'Esse marcador de página não pertence a esta lista. Comece de novo do início.',
  'learner.searchTooDeep':
    'Uma pesquisa lista os primeiros {cap, number} resultados. Acrescente algo à pesquisa para encontrar os outros.',
  'progress.courseNotAssigned': 'Esse curso não é um dos cursos do grupo do participante.',
  'progress.futureDate': 'A data de conclusão não pode estar no futuro.',

  'joinCode.customOff': 'Os códigos personalizados estão desativados em Configurações: gere um novo código.',
  'joinCode.takenLive': 'Outro grupo já usa este código. Escolha outro.',
  'joinCode.takenOwnRetired': 'Este grupo já usou este código. Códigos antigos continuam desativados: escolha um novo.',
  'joinCode.takenOtherRetired': 'Este código já pertenceu a outro grupo e continua reservado. Escolha outro.',
  'joinCode.alreadyCurrent': 'Este já é o código atual do grupo.',
  'joinCode.otherGroups': 'Este código pertence a outro grupo e continua reservado para ele.',
  'joinCode.neverHad': 'Este grupo nunca teve este código: só os códigos anteriores dele podem voltar.',
  'joinCode.policyForbids': 'A política de códigos em Configurações não permite mais este código: gere um novo.',
  'joinCode.closeBeforeOpen': 'O horário de fechamento deve ser depois do horário de abertura.',

  'signup.codeUnknown': 'Não encontramos esse código de acesso. Confira com seu instrutor.',
  'signup.codeRetired': 'Este código de acesso mudou. Peça o novo ao seu instrutor.',
  'signup.codeDisabled': 'As inscrições com este código estão pausadas.',
  'signup.notYetOpen': 'As inscrições com este código abrem em {at, date, ::dMMMMyHHmm}.',
  'signup.closed': 'As inscrições com este código foram encerradas em {at, date, ::dMMMMyHHmm}.',
  'signup.groupFull': 'Este grupo está lotado. Peça ao seu instrutor para abrir mais vagas ou para dar outro código a você.',
  'signup.emailRegistered': 'Este e-mail já está cadastrado. Peça ajuda a um instrutor.',
  'signup.kioskLocked': 'Este quiosque foi bloqueado depois de muitas tentativas erradas. Chame um administrador.',

  'pin.wrong': 'Esse PIN não está certo.',
  'pin.currentWrong': 'O PIN atual não está certo.',
  'pin.needed': 'Defina primeiro um PIN de administrador: ele é necessário para sair do quiosque ou desbloqueá-lo.',
  'attempts.throttled':
    'Muitas tentativas. Tente de novo em {seconds, plural, one {# segundo} many {# de segundos} other {# segundos}}.',

  'network.noAddress': 'Este computador não tem o endereço {address} agora. Escolha uma rede da lista.',
  'network.portInUse': 'Outro programa já usa a porta {port}. Escolha outra porta.',
  'network.portDenied': 'Este computador não deixa o JoinDesk usar a porta {port}. Escolha outra porta.',
  'network.openFailed': 'O JoinDesk não conseguiu abrir as inscrições nessa rede. Tente de novo ou escolha outra.',
  'network.noRoom': 'A inscrição pela sala precisa do aplicativo para computador ou do modo servidor.',
  'network.chooseAddress': 'Escolha a rede em que estão as pessoas da sala.',
  'network.roomOff': 'A inscrição pela sala está desligada. Ligue-a primeiro na página Quiosque.',
  'station.needsRoom': 'Ligue primeiro a inscrição pela sala: as estações se conectam por essa rede.',
  'station.tooMany': 'No máximo {max} estações: remova uma primeiro.',
  'station.gone': 'Essa estação já foi removida.',
  'session.serveOnly': 'Links de acesso só existem no modo servidor (npm run serve).',

  'backup.notFound': 'Não há nenhum backup com esse nome. Escolha um da lista.',
  'backup.notWhole': 'Esse arquivo está incompleto ou danificado: não é um backup inteiro.',
  'backup.desktopOnly': 'Isso é feito no aplicativo para computador. Em um navegador, baixe ou envie o arquivo.',

  'restore.empty': 'Esse arquivo está vazio: pode ser um backup que foi interrompido.',
  'restore.notSqlite': 'Esse arquivo não é um backup do JoinDesk (não é um banco de dados SQLite).',
  'restore.unreadable': 'Esse arquivo está danificado e não pode ser lido.',
  'restore.notJoinDesk': 'Esse arquivo é um banco de dados SQLite, mas não do JoinDesk.',
  'restore.notUtf8': 'Esse arquivo não é um backup do JoinDesk (a codificação de texto não é UTF-8).',
  'restore.newer': 'Esse backup foi feito por uma versão mais nova do JoinDesk. Atualize o JoinDesk para restaurá-lo.',
  'restore.unknownVersion': 'Esse arquivo indica uma versão do JoinDesk que nunca existiu ({version}).',
  'restore.damaged': 'Esse arquivo está danificado ({detail}).',
  'restore.brokenLinks': 'Esse arquivo tem vínculos quebrados entre os registros.',
  'restore.notUpgradable': 'Não foi possível atualizar esse backup para esta versão do JoinDesk.',
  'restore.schemaExtra':
    'Esse arquivo não é um backup do JoinDesk como ele faz: tem {type, select, table {uma tabela inesperada} index {um índice inesperado} trigger {um gatilho inesperado} view {uma visão inesperada} other {um objeto {type} inesperado}} "{name}".',
  'restore.schemaMissing':
    'Esse arquivo não é um backup do JoinDesk como ele faz: {type, select, table {a tabela} index {o índice} trigger {o gatilho} view {a visão} other {o objeto {type}}} "{name}" está faltando ou foi alterado.',
  'restore.invalid.group':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém um grupo que o JoinDesk não teria salvado.',
  'restore.invalid.joinCode':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém um código de acesso que o JoinDesk não teria salvado.',
  'restore.invalid.retiredCode':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém um código de acesso antigo que o JoinDesk não teria salvado.',
  'restore.invalid.codeLiveAndRetired':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém um código de acesso que está ativo e desativado ao mesmo tempo.',
  'restore.invalid.learner':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém um participante que o JoinDesk não teria salvado.',
  'restore.invalid.merge':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém uma mesclagem de participantes que o JoinDesk não teria salvado.',
  'restore.invalid.mergedStillThere':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém um participante mesclado com outro que ainda está lá.',
  'restore.invalid.course':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém um curso que o JoinDesk não teria salvado.',
  'restore.invalid.attempts':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém uma contagem de inscrições com falha que o JoinDesk não teria salvado.',
  'restore.invalid.setting':
    'Esse arquivo não é um backup do JoinDesk como ele faz: contém uma configuração "{key}" que o JoinDesk nunca grava.',

  'import.empty': 'O arquivo está vazio.',
  'import.columnsSame': 'Duas colunas significam a mesma coisa: “{first}” e “{second}”. Mantenha só uma delas.',
  'import.columnsMissing':
    'Falta a coluna {missing, select, name {name} email {email} group {group} nameEmail {name ou email} nameGroup {name ou group} emailGroup {email ou group} other {name, email ou group}}. A primeira linha tem: {columns}. O JoinDesk lê: name (ou first name e last name), email e group (ou join code).',
  'import.columnsMissingEmpty':
    'Falta a coluna {missing, select, name {name} email {email} group {group} nameEmail {name ou email} nameGroup {name ou group} emailGroup {email ou group} other {name, email ou group}}. A primeira linha não tem nada. O JoinDesk lê: name (ou first name e last name), email e group (ou join code).',
  'import.overLimit':
    '{count, plural, one {Este arquivo faria {last} passar do máximo.} many {Este arquivo faria {others} e {last} passarem do máximo.} other {Este arquivo faria {others} e {last} passarem do máximo.}} Escolha importar só até o máximo ou importar tudo e aumentá-lo.',

  'import.row.nameEmpty': 'O nome está vazio.',
  'import.row.nameUnusable': 'Este nome não pode ser usado.',
  'import.row.emailEmpty': 'O e-mail está vazio.',
  'import.row.emailUnusable': 'Este endereço de e-mail não pode ser usado.',
  'import.row.noGroupNamed': 'Não há nenhum grupo chamado “{group}”.',
  'import.row.noGroupWithCode': 'Nenhum grupo tem esse código de acesso.',
  'import.row.groupEmpty': 'O grupo está vazio: informe-o pelo nome ou pelo código de acesso.',
  'import.row.duplicate': 'Este e-mail já está na linha {line} do arquivo.',
  'import.row.full': '{group} está no máximo ({seats, plural, one {# vaga} many {# de vagas} other {# vagas}}).',
  'import.row.member': 'Já está em {group}.',
  'import.row.registered': 'Já cadastrado, em {group}.',
};

export default errors;
