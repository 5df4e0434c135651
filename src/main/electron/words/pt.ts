import type { DesktopCatalogue } from './en';

export const pt: DesktopCatalogue = {
  'dialog.backup.save': 'Salvar uma cópia do backup',
  'dialog.backup.open': 'Restaurar de um arquivo',
  'dialog.filter.backup': 'Backup do JoinDesk',
  'dialog.filter.all': 'Todos os arquivos',
  'dialog.joinCard.save': 'Salvar cartão de acesso',
  'dialog.joinCard.fileName': 'Cartão de acesso - {group}.pdf',
  'startup.upgraded':
    'O JoinDesk atualizou seus dados da versão {from} para a {to}; uma cópia dos dados antigos está em {backup}.',
  'startup.damaged':
    'O arquivo de dados do JoinDesk {file} não passou na verificação completa ({found}). Feche o JoinDesk e guarde o arquivo: na próxima inicialização, o problema será informado e o arquivo ficará como está, e o backup mais recente poderá ser restaurado.',
  'startup.cannotOpen': 'O JoinDesk não consegue abrir seus dados',
  'startup.corrupt': 'O arquivo de dados {file} não passou na verificação de integridade ({detail}). Ele foi deixado intacto.',
  'startup.missing':
    'O arquivo de dados do JoinDesk {file} {state, select, empty {está vazio (0 bytes)} other {não foi encontrado}}, embora o JoinDesk já tivesse dados aqui. O backup mais recente é {backup}: copie-o para {file} para continuar a partir dele, ou mova os backups para outro lugar para começar do zero.',
  'startup.missingNoBackup':
    'O arquivo de dados do JoinDesk {file} {state, select, empty {está vazio (0 bytes)} other {não foi encontrado}}, embora o JoinDesk já tivesse dados aqui. Nenhum backup foi encontrado ao lado dele. Restaure o arquivo a partir das suas próprias cópias ou exclua o arquivo “{marker}” para começar do zero.',
  'startup.tooNew':
    'Este arquivo de dados foi gravado por uma versão mais nova do JoinDesk (esquema {found}; esta versão conhece até o {supported}). Atualize o JoinDesk para abri-lo.',
  'startup.notJoinDesk': 'Este arquivo é um banco de dados SQLite, mas não do JoinDesk. Ele foi deixado intacto.',
  'startup.unknownVersion':
    'Este arquivo é um banco de dados SQLite, mas não do JoinDesk: ele está marcado com uma versão que nunca existiu ({version}). Ele foi deixado intacto.',
  'startup.changedOutside':
    'Este arquivo é um banco de dados SQLite, mas não do JoinDesk: ele foi alterado fora do JoinDesk ({difference}). Ele foi deixado intacto.',
};
