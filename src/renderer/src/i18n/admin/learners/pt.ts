import type { Translation } from '../types';
import type { learners as english } from './en';

const ROWS = '{n, plural, one {# linha} many {# de linhas} other {# linhas}}';
const TOTAL_ROWS = '{total, plural, one {# linha} many {# de linhas} other {# linhas}}';
const SKIPPED = '{skipped, plural, one {# ignorada} many {# ignoradas} other {# ignoradas}}';
const ADDED = '{added, plural, one {# adicionado} many {# adicionados} other {# adicionados}}';
const MOVED = '{moved, plural, one {# movido} many {# movidos} other {# movidos}}';
const DELETED_FROM = '{fromGroup, select, deleted {um grupo excluído} other {{from}}}';
const DELETED_TO = '{toGroup, select, deleted {um grupo excluído} other {{to}}}';

const learners: Translation<typeof english> = {
  'learners.page.title': 'Participantes',
  'learners.page.intro':
    'Todas as pessoas que entraram em um grupo. Pesquise por qualquer parte de um nome ou e-mail, com ou sem acentos.',
  'learners.page.bulkUpload': 'Importação em massa',
  'learners.page.add': 'Adicionar participante',
  'learners.page.search.label': 'Pesquisar participantes',
  'learners.page.search.placeholder': 'Pesquisar por nome ou e-mail',
  'learners.page.groupFilter.label': 'Filtrar por grupo',
  'learners.page.groupFilter.placeholder': 'Todos os grupos',
  'learners.page.empty.filtered': 'Nenhum participante corresponde.',
  'learners.page.empty.none': 'Ainda não há participantes.',

  'learners.role.learner': 'Participante',
  'learners.role.instructor': 'Instrutor',
  'learners.role.manager': 'Gestor',
  'learners.source.kiosk': 'Quiosque',
  'learners.source.bulk': 'Importação',
  'learners.source.admin': 'Admin',
  'learners.status.not-started': 'Não iniciado',
  'learners.status.started': 'Iniciado',
  'learners.status.completed': 'Concluído',

  'learners.table.label': 'Participantes',
  'learners.column.name': 'Nome',
  'learners.column.email': 'E-mail',
  'learners.column.group': 'Grupo',
  'learners.column.role': 'Função',
  'learners.column.source': 'Entrou por',
  'learners.column.registered': 'Inscrição',
  'learners.table.loading': 'Carregando…',
  'learners.table.count': '{n, plural, one {# participante} many {# de participantes} other {# participantes}}',
  'learners.table.searched':
    '{n, plural, =0 {Nenhum resultado} one {# resultado} many {# de resultados} other {# resultados}} entre os {searched, number} participantes inscritos por último. Digite mais de um nome ou e-mail para pesquisar todos.',
  'learners.table.capped':
    'Mais de {n, number} participantes correspondem; os primeiros {n, number} estão listados. Adicione uma palavra para refinar a pesquisa.',

  'learners.drawer.title': 'Participante',
  'learners.drawer.details': 'Dados do participante',
  'learners.drawer.source.kiosk': 'Quiosque (código de acesso)',
  'learners.drawer.source.bulk': 'Importação em massa',
  'learners.drawer.source.admin': 'Adicionado por um administrador',
  'learners.drawer.courses': 'Cursos',
  'learners.drawer.noCourses': '{group} ainda não tem cursos.',
  'learners.drawer.moves': 'Mudanças de grupo',
  'learners.drawer.move': `{when}: ${DELETED_FROM} → ${DELETED_TO}`,
  'learners.drawer.moveWithReason': `{when}: ${DELETED_FROM} → ${DELETED_TO} ({reason})`,
  'learners.drawer.edit': 'Editar',
  'learners.drawer.reassign': 'Mudar de grupo',
  'learners.drawer.merge': 'Mesclar com…',
  'learners.drawer.export': 'Exportar dados',
  'learners.drawer.remove': 'Remover',
  'learners.drawer.erase': 'Apagar',
  'learners.action.cancel': 'Cancelar',

  'learners.field.name': 'Nome completo',
  'learners.field.email': 'E-mail',
  'learners.field.group': 'Grupo',
  'learners.field.role': 'Função',

  'learners.reassign.title': 'Mover {name} para outro grupo',
  'learners.reassign.now':
    'Agora em <b>{group}</b>. A pessoa recebe a função e os cursos do novo grupo; o progresso nos cursos que os dois grupos têm em comum é mantido.',
  'learners.reassign.group': 'Novo grupo',
  'learners.reassign.chooseGroup': 'Escolha o grupo de destino.',
  'learners.reassign.reason': 'Motivo (opcional)',
  'learners.reassign.submit': 'Mover participante',
  'learners.reassign.done.title': 'Participante movido',
  'learners.reassign.done.message': '{name} agora está em {group}.',

  'learners.remove.title': 'Remover este participante?',
  'learners.remove.body':
    'O registro e o progresso são excluídos. O log de auditoria mantém a informação de que um participante foi removido.',
  'learners.remove.done': 'Participante removido',
  'learners.erase.title': 'Apagar este participante para sempre?',
  'learners.erase.body':
    'Tudo o que o JoinDesk guarda sobre a pessoa — registro, progresso, mudanças de grupo e as entradas dela no log de auditoria — é excluído e sobrescrito no arquivo de dados. Não dá para desfazer. Se a pessoa pediu uma cópia, exporte os dados antes.',
  'learners.erase.word': 'APAGAR',
  'learners.erase.confirm': 'Digite {word} para confirmar',
  'learners.erase.done': 'Participante apagado',

  'learners.add.title': 'Adicionar um participante',
  'learners.add.chooseGroup': 'Escolha o grupo.',
  'learners.add.submit': 'Adicionar participante',
  'learners.add.done.title': 'Participante adicionado',
  'learners.add.done.message': '{name} está em {group}.',

  'learners.edit.title': 'Editar {name}',
  'learners.edit.emailHint': 'Um participante por e-mail: um endereço que outro participante já tem é recusado.',
  'learners.edit.roleHint':
    'Ao entrar, cada participante recebe a função do seu grupo. Uma função definida aqui vale até a pessoa mudar de grupo, o que lhe dá a função desse grupo.',
  'learners.edit.submit': 'Salvar alterações',
  'learners.edit.done': 'Participante salvo',

  'learners.merge.title': 'Mesclar {name} com outro participante',
  'learners.merge.intro':
    'Encontre o outro registro da mesma pessoa — por exemplo, o criado por um e-mail digitado errado. Você escolhe qual dos dois é mantido antes de qualquer mudança.',
  'learners.merge.find.label': 'Encontrar o outro registro',
  'learners.merge.find.placeholder': 'Nome ou e-mail',
  'learners.merge.matches': 'Participantes correspondentes',
  'learners.merge.candidate': '<ltr>{email}</ltr> · {group}',
  'learners.merge.choose': 'Escolher',
  'learners.merge.chooseName': 'Escolher {name}',
  'learners.merge.noMatch': 'Nenhum outro participante corresponde a “{search}”.',
  'learners.merge.chooseAnother': 'Escolher outro participante',
  'learners.merge.keepOther': 'Manter {name}',
  'learners.merge.whatHappens': 'O que acontece',
  'learners.merge.keeps': '<b>{name}</b> mantém nome, e-mail, grupo e função.',
  'learners.merge.progress':
    'Curso a curso, o progresso mais avançado dos dois é mantido (concluído, depois iniciado), com a data real de conclusão.',
  'learners.merge.history': 'As mudanças de grupo e as entradas do log de auditoria de {merged} passam para {kept}.',
  'learners.merge.removed': 'Depois, {name} é removido e <ltr>{email}</ltr> pode ser usado de novo.',
  'learners.merge.otherGroup':
    'Eles estão em grupos diferentes: o participante fica em {keptGroup}. O progresso nos cursos de {mergedGroup} é mantido e aparece se um dia ele for para lá.',
  'learners.merge.final': 'Não dá para desfazer. Para manter o outro endereço de e-mail, edite {name} depois de mesclar.',
  'learners.merge.submit': 'Mesclar em {name}',
  'learners.merge.done.title': 'Participantes mesclados',
  'learners.merge.done.message': '{merged} agora faz parte de {kept}.',
  'learners.merge.kept.label': 'Participante mantido',
  'learners.merge.merged.label': 'Participante mesclado e removido',
  'learners.merge.kept': 'Mantido',
  'learners.merge.merged': 'Mesclado e depois removido',
  'learners.merge.groupRole': '{group} · {role}',
  'learners.merge.registered': 'Inscrito em {when}',
  'learners.merge.courses':
    '{done, number} de {total, plural, one {# curso concluído} many {# de cursos concluídos} other {# cursos concluídos}}',
  'learners.merge.noCourses': 'Nenhum curso neste grupo',

  'learners.import.title': 'Importação em massa',
  'learners.import.intro':
    'Para grupos conhecidos com antecedência: um arquivo CSV com uma coluna <b>name</b> (ou <b>first name</b> e <b>last name</b>), <b>email</b> e <b>group</b> (ou <b>join code</b> no lugar de group); os cabeçalhos ficam em inglês. Cabeçalhos como “E-mail”, “Email address” ou “Full name” também funcionam; as outras colunas não são alteradas. O formato “CSV UTF-8” do Excel funciona.',
  'learners.import.template': 'Baixar modelo',
  'learners.import.choose': 'Escolher arquivo CSV',
  'learners.import.problem.title': 'Este arquivo não pode ser importado',
  'learners.import.problem.body': '{problem} Nada foi importado.',
  'learners.import.preview.title': 'Prévia de <ltr>{file}</ltr>',
  'learners.import.counts.none': `${TOTAL_ROWS}: {added, number} a adicionar; nenhuma ignorada.`,
  'learners.import.counts.some': `${TOTAL_ROWS}: {added, number} a adicionar; ${SKIPPED} ({reasons}).`,
  'learners.import.counts.movesNone': `${TOTAL_ROWS}: {added, number} a adicionar, {moved, number} a mover; nenhuma ignorada.`,
  'learners.import.counts.movesSome': `${TOTAL_ROWS}: {added, number} a adicionar, {moved, number} a mover; ${SKIPPED} ({reasons}).`,
  'learners.import.skipped.registered': '{n, plural, one {# já inscrita} many {# já inscritas} other {# já inscritas}}',
  'learners.import.skipped.full': '{n, number} acima do máximo de um grupo',
  'learners.import.skipped.duplicates': '{n, plural, one {# duplicada} many {# duplicadas} other {# duplicadas}}',
  'learners.import.skipped.invalid': '{n, number} com problemas',
  'learners.import.limit.one': '{group} passaria do máximo',
  'learners.import.limit.many':
    '{n, plural, one {# grupo passaria do máximo} many {# de grupos passariam do máximo} other {# grupos passariam do máximo}}',
  'learners.import.limit.group':
    '{group}: {seats, plural, one {# vaga} many {# de vagas} other {# vagas}}, {taken, plural, one {# ocupada} many {# ocupadas} other {# ocupadas}}. Este arquivo coloca {incoming, number} nele: {over, number} acima do máximo.',
  'learners.import.limit.explain':
    'O máximo de um grupo é o número máximo de usos do seu código de acesso: cada pessoa colocada no grupo ocupa uma vaga, no quiosque ou por importação.',
  'learners.import.limit.question': 'O que deve acontecer?',
  'learners.import.limit.fit': `Importar só até o máximo: deixar de fora {n, plural, one {a última linha} many {as últimas # de linhas} other {as últimas # linhas}} para {groups, plural, one {este grupo} many {estes grupos} other {estes grupos}}`,
  'learners.import.limit.raise': 'Importar tudo e aumentar o máximo ({changes})',
  'learners.import.limit.change': '{group}: {from, number} → {to, number}',
  'learners.import.limit.or': 'Ou cancele e altere antes o arquivo ou o grupo.',
  'learners.import.problems.heading': 'Linhas com problemas (ficarão de fora)',
  'learners.import.problems.label': 'Linhas com problemas',
  'learners.import.problems.column': 'Problema',
  'learners.import.registered.heading': 'Já inscritos',
  'learners.import.registered.column': 'O que acontece',
  'learners.import.registered.member': 'Já está em {group}: ignorado',
  'learners.import.registered.moves': 'Passa de {from} para {to}',
  'learners.import.registered.stays': 'Fica em {from}: ignorado',
  'learners.import.existing.label': 'Participantes inscritos em outro grupo',
  'learners.import.existing.skip': 'Ignorá-los: deixá-los no grupo atual',
  'learners.import.existing.move': 'Movê-los para o grupo indicado neste arquivo (o progresso nos cursos em comum é mantido)',
  'learners.import.chooseLimit': 'Escolha o que acontece no máximo',
  'learners.import.submit': `Importar ${ROWS}`,
  'learners.import.progress.label': 'Progresso da importação',
  'learners.import.progress': `Importando… {done, number} de ${TOTAL_ROWS}`,
  'learners.import.done.title': 'Importação concluída',
  'learners.import.summary.none': `${ADDED}, ${MOVED}; nenhuma linha ignorada.`,
  'learners.import.summary.some': `${ADDED}, ${MOVED}; {skipped, plural, one {# linha ignorada} many {# de linhas ignoradas} other {# linhas ignoradas}} ({reasons}).`,
  'learners.import.raised': 'O máximo de {group} passou de {from, number} para {to, number}.',
  'learners.import.rejected.heading':
    '{n, plural, one {# linha não foi importada} many {# de linhas não foram importadas} other {# linhas não foram importadas}}',
  'learners.import.rejected.download': 'Baixar linhas não importadas (CSV)',
  'learners.import.rejected.explain':
    'O arquivo baixado tem as colunas do próprio arquivo e um motivo para cada linha: corrija-as e envie o arquivo de novo.',
  'learners.import.rejected.label': 'Linhas não importadas',
  'learners.import.rejected.column': 'Motivo',
  'learners.import.rejected.file': '{name}-nao-importadas.csv',
  'learners.import.rejected.rowColumn': 'linha',
  'learners.import.rejected.reasonColumn': 'motivo',

  'learners.rows.row': 'Linha',
  'learners.rows.empty': '(vazio)',
  'learners.rows.more': '…e mais {n, number}.',
};

export default learners;
