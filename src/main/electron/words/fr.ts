import type { DesktopCatalogue } from './en';

export const fr: DesktopCatalogue = {
  'dialog.backup.save': 'Enregistrer une copie de la sauvegarde',
  'dialog.backup.open': 'Restaurer depuis un fichier',
  'dialog.filter.backup': 'Sauvegarde JoinDesk',
  'dialog.filter.all': 'Tous les fichiers',
  'dialog.joinCard.save': 'Enregistrer la carte d’accès',
  'dialog.joinCard.fileName': 'Carte d’accès - {group}.pdf',
  'startup.upgraded':
    'JoinDesk a mis à jour ses données de la version {from} à la version {to} ; une copie des anciennes données se trouve dans {backup}.',
  'startup.damaged':
    'Le fichier de données de JoinDesk {file} n’a pas passé la vérification complète ({found}). Fermez JoinDesk et conservez le fichier : au prochain démarrage, il sera signalé et laissé tel quel, et la sauvegarde la plus récente pourra être restaurée.',
  'startup.cannotOpen': 'JoinDesk ne peut pas ouvrir ses données',
  'startup.corrupt': 'Le fichier de données {file} n’a pas passé la vérification d’intégrité ({detail}). Il a été laissé intact.',
  'startup.missing':
    'Le fichier de données de JoinDesk {file} {state, select, empty {est vide (0 octet)} other {est introuvable}}, alors que JoinDesk avait déjà des données ici. La sauvegarde la plus récente est {backup} : copiez-la vers {file} pour reprendre à partir d’elle, ou déplacez les sauvegardes ailleurs pour repartir de zéro.',
  'startup.missingNoBackup':
    'Le fichier de données de JoinDesk {file} {state, select, empty {est vide (0 octet)} other {est introuvable}}, alors que JoinDesk avait déjà des données ici. Aucune sauvegarde n’a été trouvée à côté. Restaurez le fichier depuis vos propres copies, ou supprimez le fichier « {marker} » pour repartir de zéro.',
  'startup.tooNew':
    'Ce fichier de données a été écrit par une version plus récente de JoinDesk (schéma {found} ; cette version connaît jusqu’au schéma {supported}). Mettez JoinDesk à jour pour l’ouvrir.',
  'startup.notJoinDesk': 'Ce fichier est une base de données SQLite, mais pas une base JoinDesk. Il a été laissé intact.',
  'startup.unknownVersion':
    'Ce fichier est une base de données SQLite, mais pas une base JoinDesk : il porte un numéro de version qui n’a jamais existé ({version}). Il a été laissé intact.',
  'startup.changedOutside':
    'Ce fichier est une base de données SQLite, mais pas une base JoinDesk : il a été modifié en dehors de JoinDesk ({difference}). Il a été laissé intact.',
};
