import type { Translation } from '../types';
import type { settings as english } from './en';

const settings: Translation<typeof english> = {
  'settings.title': 'Configurações',
  'settings.language.title': 'Idioma',
  'settings.language.label': 'Idioma das telas de administração',
  'settings.language.description':
    'Somente neste computador: uma restauração não o altera. Os idiomas do quiosque são definidos na página Quiosque.',
  'settings.language.system': 'O idioma deste computador ({name})',
  'settings.language.save': 'Salvar idioma',
  'settings.language.saved.title': 'Idioma salvo',
  'settings.language.saved.message': 'A partir de agora, todas as telas de administração ficam neste idioma.',
  'settings.organisation.title': 'Organização',
  'settings.organisation.name': 'Nome da organização',
  'settings.organisation.nameHint': 'Impresso no topo de cada cartão de acesso e exibido no quiosque. Até 100 caracteres.',
  'settings.organisation.save': 'Salvar nome',
  'settings.organisation.saved.title': 'Nome da organização salvo',
  'settings.organisation.saved.message': 'Os cartões de acesso e o quiosque passam a exibi-lo.',
  'settings.policy.title': 'Regras dos códigos de acesso',
  'settings.policy.generatedOnly': 'Somente códigos gerados',
  'settings.policy.generatedOnlyHint':
    'Os administradores podem gerar novos códigos, mas não digitar os seus. Os códigos gerados têm 8 caracteres aleatórios.',
  'settings.policy.minLength': 'Tamanho mínimo de um código personalizado',
  'settings.policy.minLengthHint': 'Letras e números, sem contar espaços ou hífens. De 6 a 32.',
  'settings.policy.note':
    'Os códigos existentes continuam funcionando; as regras valem quando um código for alterado da próxima vez.',
  'settings.policy.save': 'Salvar regras',
  'settings.policy.saved.title': 'Regras dos códigos salvas',
  'settings.policy.saved.message': 'Elas valem para todos os grupos a partir de agora.',
  'settings.backup.title': 'Backup e restauração',
  'settings.backup.intro':
    'Um backup é uma cópia completa e verificada dos dados do JoinDesk, que pode ser feita com segurança enquanto o quiosque está em uso. O JoinDesk guarda os backups em uma pasta própria, ao lado dos dados; {desktop, select, yes {salve uma cópia em outro lugar} other {baixe um}} para mantê-lo fora desta máquina.',
  'settings.backup.autoDaily': 'Fazer backup automaticamente uma vez por dia',
  'settings.backup.keep': 'Backups diários a manter',
  'settings.backup.now': 'Fazer backup agora',
  'settings.backup.restoreFromFile': 'Restaurar de um arquivo…',
  'settings.backup.addFile': 'Adicionar um arquivo de backup…',
  'settings.backup.made': 'Backup feito e verificado ({size}).',
  'settings.backup.fileAdded': '“<ltr>{file}</ltr>” foi adicionado à lista. Restaure-o a partir dela.',
  'settings.backup.aFileAdded': 'O arquivo foi adicionado à lista. Restaure-o a partir dela.',
  'settings.backup.copySaved': 'Cópia salva como “<ltr>{file}</ltr>”.',
  'settings.backup.restored':
    'O backup de {when} foi restaurado. Os dados como estavam ficam guardados na lista (“Antes de uma restauração”).{erased, plural, =0 {} one { # participante apagado foi deixado de fora novamente.} many { # de participantes apagados foram deixados de fora novamente.} other { # participantes apagados foram deixados de fora novamente.}}',
  'settings.backup.confirm.title': 'Restaurar este backup?',
  'settings.backup.confirm.body':
    'Tudo o que está agora no JoinDesk será substituído pelo backup de {when}. Os dados atuais são guardados antes em um backup, então é possível desfazer restaurando-o. Os participantes apagados desde então continuam apagados.',
  'settings.backup.confirm.cancel': 'Cancelar',
  'settings.backup.confirm.restore': 'Restaurar',
  'settings.backups.empty': 'Nenhum backup ainda.',
  'settings.backups.table': 'Backups',
  'settings.backups.made': 'Data',
  'settings.backups.kind': 'Tipo',
  'settings.backups.size': 'Tamanho',
  'settings.backups.actions': 'Ações',
  'settings.backups.kind.manual': 'Manual',
  'settings.backups.kind.automatic': 'Diário',
  'settings.backups.kind.beforeRestore': 'Antes de uma restauração',
  'settings.backups.kind.beforeUpgrade': 'Antes de uma atualização',
  'settings.backups.kind.uploaded': 'Adicionado de um arquivo',
  'settings.backups.saveCopy': 'Salvar uma cópia…',
  'settings.backups.download': 'Baixar',
  'settings.backups.restore': 'Restaurar…',
  'settings.backups.restoreOne': 'Restaurar {file}',
};

export default settings;
