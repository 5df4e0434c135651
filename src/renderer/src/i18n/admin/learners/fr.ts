import type { Translation } from '../types';
import type { learners as english } from './en';

const ROWS = '{n, plural, one {# ligne} many {# de lignes} other {# lignes}}';
const TOTAL_ROWS = '{total, plural, one {# ligne} many {# de lignes} other {# lignes}}';
const SKIPPED = '{skipped, plural, one {# ignorée} many {# ignorées} other {# ignorées}}';
const ADDED = '{added, plural, one {# ajouté} many {# ajoutés} other {# ajoutés}}';
const MOVED = '{moved, plural, one {# déplacé} many {# déplacés} other {# déplacés}}';
const DELETED_FROM = '{fromGroup, select, deleted {un groupe supprimé} other {{from}}}';
const DELETED_TO = '{toGroup, select, deleted {un groupe supprimé} other {{to}}}';

// French puts a no-break space (\u00a0) before ":", ";", "!" and "?", and inside « ».
const learners: Translation<typeof english> = {
  'learners.page.title': 'Apprenants',
  'learners.page.intro':
    'Toutes les personnes qui ont rejoint un groupe. Recherchez par n’importe quelle partie d’un nom ou d’une adresse e-mail, avec ou sans accents.',
  'learners.page.bulkUpload': 'Import groupé',
  'learners.page.add': 'Ajouter un apprenant',
  'learners.page.search.label': 'Rechercher des apprenants',
  'learners.page.search.placeholder': 'Rechercher par nom ou e-mail',
  'learners.page.groupFilter.label': 'Filtrer par groupe',
  'learners.page.groupFilter.placeholder': 'Tous les groupes',
  'learners.page.empty.filtered': 'Aucun apprenant ne correspond.',
  'learners.page.empty.none': 'Aucun apprenant pour l’instant.',

  'learners.role.learner': 'Apprenant',
  'learners.role.instructor': 'Formateur',
  'learners.role.manager': 'Responsable',
  'learners.source.kiosk': 'Borne',
  'learners.source.bulk': 'Import',
  'learners.source.admin': 'Admin',
  'learners.status.not-started': 'Non commencé',
  'learners.status.started': 'Commencé',
  'learners.status.completed': 'Terminé',

  'learners.table.label': 'Apprenants',
  'learners.column.name': 'Nom',
  'learners.column.email': 'E-mail',
  'learners.column.group': 'Groupe',
  'learners.column.role': 'Rôle',
  'learners.column.source': 'Inscrit via',
  'learners.column.registered': 'Inscription',
  'learners.table.loading': 'Chargement…',
  'learners.table.count': '{n, plural, one {# apprenant} many {# d’apprenants} other {# apprenants}}',
  'learners.table.searched':
    '{n, plural, =0 {Aucun résultat} one {# résultat} many {# de résultats} other {# résultats}} parmi les {searched, number} derniers apprenants inscrits. Saisissez davantage d’un nom ou d’une adresse e-mail pour chercher parmi tous.',
  'learners.table.capped':
    'Plus de {n, number} apprenants correspondent\u00a0; les {n, number} premiers sont affichés. Ajoutez un mot pour affiner la recherche.',

  'learners.drawer.title': 'Apprenant',
  'learners.drawer.details': 'Détails de l’apprenant',
  'learners.drawer.source.kiosk': 'Borne (code d’accès)',
  'learners.drawer.source.bulk': 'Import groupé',
  'learners.drawer.source.admin': 'Ajouté par un administrateur',
  'learners.drawer.courses': 'Cours',
  'learners.drawer.noCourses': '{group} n’a pas encore de cours.',
  'learners.drawer.moves': 'Changements de groupe',
  'learners.drawer.move': `{when}\u00a0: ${DELETED_FROM} → ${DELETED_TO}`,
  'learners.drawer.moveWithReason': `{when}\u00a0: ${DELETED_FROM} → ${DELETED_TO} ({reason})`,
  'learners.drawer.edit': 'Modifier',
  'learners.drawer.reassign': 'Changer de groupe',
  'learners.drawer.merge': 'Fusionner avec…',
  'learners.drawer.export': 'Exporter les données',
  'learners.drawer.remove': 'Retirer',
  'learners.drawer.erase': 'Effacer',
  'learners.action.cancel': 'Annuler',

  'learners.field.name': 'Prénom et nom',
  'learners.field.email': 'Adresse e-mail',
  'learners.field.group': 'Groupe',
  'learners.field.role': 'Rôle',

  'learners.reassign.title': 'Déplacer {name} vers un autre groupe',
  'learners.reassign.now':
    'Actuellement dans <b>{group}</b>. La personne reçoit le rôle et les cours du nouveau groupe\u00a0; la progression dans les cours communs aux deux groupes est conservée.',
  'learners.reassign.group': 'Nouveau groupe',
  'learners.reassign.chooseGroup': 'Choisissez le groupe de destination.',
  'learners.reassign.reason': 'Motif (facultatif)',
  'learners.reassign.submit': 'Déplacer l’apprenant',
  'learners.reassign.done.title': 'Apprenant déplacé',
  'learners.reassign.done.message': '{name} est maintenant dans {group}.',

  'learners.remove.title': 'Retirer cet apprenant\u00a0?',
  'learners.remove.body':
    'Sa fiche et sa progression sont supprimées. Le journal d’audit garde la trace du retrait d’un apprenant.',
  'learners.remove.done': 'Apprenant retiré',
  'learners.erase.title': 'Effacer définitivement cet apprenant\u00a0?',
  'learners.erase.body':
    'Tout ce que JoinDesk conserve sur cette personne — sa fiche, sa progression, ses changements de groupe et ses entrées dans le journal d’audit — est supprimé et écrasé dans le fichier de données. Cette action est irréversible. Si la personne a demandé une copie, exportez d’abord ses données.',
  'learners.erase.word': 'EFFACER',
  'learners.erase.confirm': 'Tapez {word} pour confirmer',
  'learners.erase.done': 'Apprenant effacé',

  'learners.add.title': 'Ajouter un apprenant',
  'learners.add.chooseGroup': 'Choisissez le groupe.',
  'learners.add.submit': 'Ajouter l’apprenant',
  'learners.add.done.title': 'Apprenant ajouté',
  'learners.add.done.message': '{name} est dans {group}.',

  'learners.edit.title': 'Modifier {name}',
  'learners.edit.emailHint':
    'Une adresse e-mail par apprenant\u00a0: une adresse déjà utilisée par un autre apprenant est refusée.',
  'learners.edit.roleHint':
    'Un apprenant reçoit le rôle de son groupe en le rejoignant. Un rôle défini ici est conservé jusqu’à ce qu’il change de groupe, ce qui lui donne le rôle de ce groupe.',
  'learners.edit.submit': 'Enregistrer les modifications',
  'learners.edit.done': 'Apprenant enregistré',

  'learners.merge.title': 'Fusionner {name} avec un autre apprenant',
  'learners.merge.intro':
    'Trouvez l’autre fiche de la même personne — celle créée par une adresse e-mail mal saisie, par exemple. Vous choisissez laquelle des deux est conservée avant tout changement.',
  'learners.merge.find.label': 'Trouver l’autre fiche',
  'learners.merge.find.placeholder': 'Nom ou e-mail',
  'learners.merge.matches': 'Apprenants correspondants',
  'learners.merge.candidate': '<ltr>{email}</ltr> · {group}',
  'learners.merge.choose': 'Choisir',
  'learners.merge.chooseName': 'Choisir {name}',
  'learners.merge.noMatch': 'Aucun autre apprenant ne correspond à «\u00a0{search}\u00a0».',
  'learners.merge.chooseAnother': 'Choisir un autre apprenant',
  'learners.merge.keepOther': 'Conserver plutôt {name}',
  'learners.merge.whatHappens': 'Ce qui va se passer',
  'learners.merge.keeps': '<b>{name}</b> garde son nom, son adresse e-mail, son groupe et son rôle.',
  'learners.merge.progress':
    'Cours par cours, la progression la plus avancée des deux est conservée (terminé, puis commencé), avec sa vraie date de fin.',
  'learners.merge.history': 'Les changements de groupe et les entrées du journal d’audit de {merged} passent à {kept}.',
  'learners.merge.removed': 'Ensuite, {name} est retiré et <ltr>{email}</ltr> peut être réutilisée.',
  'learners.merge.otherGroup':
    'Ils sont dans des groupes différents\u00a0: l’apprenant reste dans {keptGroup}. La progression dans les cours de {mergedGroup} est conservée et réapparaît s’il rejoint un jour ce groupe.',
  'learners.merge.final': 'Cette action est irréversible. Pour garder l’autre adresse e-mail, modifiez {name} après la fusion.',
  'learners.merge.submit': 'Fusionner dans {name}',
  'learners.merge.done.title': 'Apprenants fusionnés',
  'learners.merge.done.message': '{merged} fait désormais partie de {kept}.',
  'learners.merge.kept.label': 'Apprenant conservé',
  'learners.merge.merged.label': 'Apprenant fusionné puis retiré',
  'learners.merge.kept': 'Conservé',
  'learners.merge.merged': 'Fusionné, puis retiré',
  'learners.merge.groupRole': '{group} · {role}',
  'learners.merge.registered': 'Inscrit le {when}',
  'learners.merge.courses':
    '{done, plural, one {# cours terminé} many {# de cours terminés} other {# cours terminés}} sur {total, number}',
  'learners.merge.noCourses': 'Aucun cours dans ce groupe',

  'learners.import.title': 'Import groupé',
  'learners.import.intro':
    'Pour les groupes connus à l’avance\u00a0: un fichier CSV avec une colonne <b>name</b> (ou <b>first name</b> et <b>last name</b>), <b>email</b> et <b>group</b> (ou <b>join code</b> à la place de group)\u00a0; les en-têtes s’écrivent en anglais. Des en-têtes comme «\u00a0E-mail\u00a0», «\u00a0Email address\u00a0» ou «\u00a0Full name\u00a0» fonctionnent aussi\u00a0; les autres colonnes sont ignorées. Le format «\u00a0CSV UTF-8\u00a0» d’Excel convient.',
  'learners.import.template': 'Télécharger le modèle',
  'learners.import.choose': 'Choisir un fichier CSV',
  'learners.import.problem.title': 'Ce fichier ne peut pas être importé',
  'learners.import.problem.body': '{problem} Rien n’a été importé.',
  'learners.import.preview.title': 'Aperçu de <ltr>{file}</ltr>',
  'learners.import.counts.none': `${TOTAL_ROWS}\u00a0: {added, number} à ajouter\u00a0; aucune ignorée.`,
  'learners.import.counts.some': `${TOTAL_ROWS}\u00a0: {added, number} à ajouter\u00a0; ${SKIPPED} ({reasons}).`,
  'learners.import.counts.movesNone': `${TOTAL_ROWS}\u00a0: {added, number} à ajouter, {moved, number} à déplacer\u00a0; aucune ignorée.`,
  'learners.import.counts.movesSome': `${TOTAL_ROWS}\u00a0: {added, number} à ajouter, {moved, number} à déplacer\u00a0; ${SKIPPED} ({reasons}).`,
  'learners.import.skipped.registered': '{n, plural, one {# déjà inscrite} many {# déjà inscrites} other {# déjà inscrites}}',
  'learners.import.skipped.full': '{n, number} au-delà du maximum d’un groupe',
  'learners.import.skipped.duplicates': '{n, plural, one {# en double} many {# en double} other {# en double}}',
  'learners.import.skipped.invalid':
    '{n, plural, one {# avec un problème} many {# avec des problèmes} other {# avec des problèmes}}',
  'learners.import.limit.one': '{group} dépasserait son maximum',
  'learners.import.limit.many':
    '{n, plural, one {# groupe dépasserait son maximum} many {# de groupes dépasseraient leur maximum} other {# groupes dépasseraient leur maximum}}',
  'learners.import.limit.group':
    '{group}\u00a0: {seats, plural, one {# place} many {# de places} other {# places}}, {taken, plural, one {# occupée} many {# occupées} other {# occupées}}. Ce fichier y ajoute {incoming, plural, one {# personne} many {# de personnes} other {# personnes}}\u00a0: {over, number} au-delà du maximum.',
  'learners.import.limit.explain':
    'Le maximum d’un groupe est le nombre maximal d’utilisations de son code d’accès\u00a0: chaque personne placée dans le groupe occupe une place, via la borne ou par import.',
  'learners.import.limit.question': 'Que faire\u00a0?',
  'learners.import.limit.fit': `Importer seulement jusqu’au maximum\u00a0: laisser de côté {n, plural, one {la dernière ligne} many {les # dernières lignes} other {les # dernières lignes}} pour {groups, plural, one {ce groupe} many {ces groupes} other {ces groupes}}`,
  'learners.import.limit.raise': 'Tout importer et relever le maximum ({changes})',
  'learners.import.limit.change': '{group}\u00a0: {from, number} → {to, number}',
  'learners.import.limit.or': 'Ou annulez, puis modifiez d’abord le fichier ou le groupe.',
  'learners.import.problems.heading': 'Lignes avec un problème (elles seront laissées de côté)',
  'learners.import.problems.label': 'Lignes avec un problème',
  'learners.import.problems.column': 'Problème',
  'learners.import.registered.heading': 'Déjà inscrits',
  'learners.import.registered.column': 'Ce qui va se passer',
  'learners.import.registered.member': 'Déjà dans {group}\u00a0: ignoré',
  'learners.import.registered.moves': 'Passe de {from} à {to}',
  'learners.import.registered.stays': 'Reste dans {from}\u00a0: ignoré',
  'learners.import.existing.label': 'Apprenants inscrits dans un autre groupe',
  'learners.import.existing.skip': 'Les ignorer\u00a0: les laisser dans leur groupe actuel',
  'learners.import.existing.move':
    'Les déplacer dans le groupe indiqué par ce fichier (la progression dans les cours communs est conservée)',
  'learners.import.chooseLimit': 'Choisissez quoi faire au maximum',
  'learners.import.submit': `Importer ${ROWS}`,
  'learners.import.progress.label': 'Progression de l’import',
  'learners.import.progress': `Import en cours… {done, number} sur ${TOTAL_ROWS}`,
  'learners.import.done.title': 'Import terminé',
  'learners.import.summary.none': `${ADDED}, ${MOVED}\u00a0; aucune ligne ignorée.`,
  'learners.import.summary.some': `${ADDED}, ${MOVED}\u00a0; {skipped, plural, one {# ligne ignorée} many {# de lignes ignorées} other {# lignes ignorées}} ({reasons}).`,
  'learners.import.raised': 'Le maximum de {group} est passé de {from, number} à {to, number}.',
  'learners.import.rejected.heading':
    '{n, plural, one {# ligne n’a pas été importée} many {# de lignes n’ont pas été importées} other {# lignes n’ont pas été importées}}',
  'learners.import.rejected.download': 'Télécharger les lignes non importées (CSV)',
  'learners.import.rejected.explain':
    'Le fichier téléchargé reprend les colonnes du fichier d’origine et un motif pour chaque ligne\u00a0: corrigez-les et importez-le à nouveau.',
  'learners.import.rejected.label': 'Lignes non importées',
  'learners.import.rejected.column': 'Motif',
  'learners.import.rejected.file': '{name}-non-importees.csv',
  'learners.import.rejected.rowColumn': 'ligne',
  'learners.import.rejected.reasonColumn': 'motif',

  'learners.rows.row': 'Ligne',
  'learners.rows.empty': '(vide)',
  'learners.rows.more': '… et {n, number} de plus.',
};

export default learners;
