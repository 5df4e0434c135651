import type { MAIN_TEXT } from '../../../../../shared/textMain';
import type { Translation } from '../types';

/** What main says (shared/textMain.ts), in this language. */
const errors: Translation<typeof MAIN_TEXT> = {
  'request.invalid': 'Die Anfrage war ungültig.',
  'request.unexpectedField': 'Unerwartetes Feld: {field}.',
  'request.unknownChannel': 'Unbekannter Kanal: {channel}',
  'request.forbidden': 'Dieser Bildschirm darf das nicht.',
  'request.internal': 'Etwas ist schiefgelaufen, es wurde nichts geändert. Bitte versuchen Sie es noch einmal.',
  'request.paused':
    'Einen Moment: JoinDesk stellt gerade eine Sicherung wieder her. Versuchen Sie es in ein paar Sekunden noch einmal.',
  'request.pausedKiosk': 'Einen Moment bitte: Die Anmeldung geht in wenigen Sekunden von selbst weiter.',
  'request.notFromWindow': 'Diese Anfrage kam nicht aus einem JoinDesk-Fenster.',
  'request.noSuchChannel': 'Diesen Kanal gibt es nicht.',
  'request.signIn': 'Melden Sie sich über einen Link aus JoinDesk an oder senden Sie ein gültiges Zugriffstoken.',
  'request.channelForbidden': 'Dieser Bildschirm darf diesen Kanal nicht aufrufen.',
  'request.usePost': 'Verwenden Sie POST.',
  'request.tooLarge': 'Die Anfrage ist zu groß (höchstens {size, number} {unit, select, GB {GB} MB {MB} other {KB}}).',
  'request.notJson': 'Der Inhalt der Anfrage ist kein JSON.',
  'request.tooMany': 'Zu viele gleichzeitige Anfragen von diesem Bildschirm. Versuchen Sie es gleich noch einmal.',
  'request.serverBusy': 'JoinDesk ist ausgelastet. Versuchen Sie es gleich noch einmal.',
  'request.unpaired': 'Dieser Bildschirm ist nicht mehr mit JoinDesk gekoppelt. Bitten Sie Ihre Kursleitung, ihn neu zu koppeln.',

  'files.noSuchFile': 'Diese Datei gibt es nicht.',
  'files.signIn': 'Melden Sie sich über einen Link aus JoinDesk an.',
  'files.adminOnly': 'Das darf nur die Administration.',
  'files.usage': 'Herunterladen mit {get}; hochladen mit {post}.',
  'files.noBackup': 'Es gibt keine Sicherung mit diesem Namen.',
  'files.tooLarge': 'Diese Datei ist zu groß (höchstens {size, number} {unit, select, GB {GB} MB {MB} other {KB}}).',
  'files.notStored': 'Die Datei konnte nicht gespeichert werden.',

  'failure.diskFull':
    'Der Datenträger ist voll, daher wurde nichts gespeichert. Schaffen Sie Platz auf dem Datenträger dieses Computers und versuchen Sie es dann noch einmal.',
  'failure.readOnly':
    'JoinDesk kann nicht in seinen Datenordner schreiben (der Datenträger oder Ordner ist schreibgeschützt), daher wurde nichts gespeichert. Heben Sie den Schreibschutz auf oder verschieben Sie die Daten auf einen beschreibbaren Datenträger.',
  'failure.busy':
    'Ein anderes Programm blockiert die Datendatei von JoinDesk, daher wurde nichts gespeichert. Schließen Sie alle Programme, die sie geöffnet haben könnten (eine Datenbankansicht, ein Synchronisierungs- oder Sicherungsprogramm), und versuchen Sie es dann noch einmal.',
  'failure.kiosk':
    'Die Anmeldung funktioniert gerade nicht, es wurde nichts gespeichert. Bitte wenden Sie sich an Ihre Kursleitung.',

  'job.busy.importPreview': 'Ein Import wird gerade geprüft. Versuchen Sie es noch einmal, wenn er fertig ist.',
  'job.busy.importCommit': 'Ein Import läuft gerade. Versuchen Sie es noch einmal, wenn er fertig ist.',
  'job.busy.backupCreate': 'Eine Sicherung wird gerade erstellt. Versuchen Sie es noch einmal, wenn sie fertig ist.',
  'job.busy.backupAuto': 'Die tägliche Sicherung wird gerade erstellt. Versuchen Sie es noch einmal, wenn sie fertig ist.',
  'job.busy.backupRestore': 'Eine Sicherung wird gerade wiederhergestellt. Versuchen Sie es noch einmal, wenn sie fertig ist.',
  'job.busy.export': 'Ein Export wird gerade erstellt. Versuchen Sie es noch einmal, wenn er fertig ist.',

  'group.notFound': 'Diese Gruppe gibt es nicht.',
  'group.gone': 'Diese Gruppe gibt es nicht mehr.',
  'group.nameTaken': 'Es gibt bereits eine Gruppe mit diesem Namen.',
  'group.someMissing': 'Einige dieser Gruppen gibt es nicht.',
  'course.notFound': 'Diesen Kurs gibt es nicht.',
  'course.someMissing': 'Einige dieser Kurse gibt es nicht.',

  'learner.notFound': 'Diese teilnehmende Person gibt es nicht (mehr).',
  'learner.emailTaken': 'Diese E-Mail-Adresse ist bereits angemeldet, in {group}. Verschieben Sie stattdessen diese Person.',
  'learner.emailTakenMerge':
    'Diese E-Mail-Adresse ist bereits angemeldet, in {group}. Wenn es dieselbe Person ist, führen Sie stattdessen die beiden Teilnehmenden zusammen.',
  'learner.mergeDuringImport':
    'Ein Massenimport fügt eine dieser Personen noch hinzu oder verschiebt sie. Führen Sie sie zusammen, sobald er fertig ist.',
  'learner.alreadyInGroup': '{name} ist bereits in {group}.',
  'learner.pageMarker': 'Diese Seitenmarke gehört nicht zu dieser Liste. Beginnen Sie wieder oben.',
  'learner.searchTooDeep':
    'Eine Suche listet ihre ersten {cap, number} Treffer. Ergänzen Sie die Suche, um die anderen zu finden.',
  'progress.courseNotAssigned': 'Dieser Kurs gehört nicht zu den Kursen der Gruppe dieser Person.',
  'progress.futureDate': 'Ein Abschlussdatum darf nicht in der Zukunft liegen.',

  'joinCode.customOff': 'Eigene Codes sind in den Einstellungen ausgeschaltet: Erzeugen Sie stattdessen einen neuen Code.',
  'joinCode.takenLive': 'Eine andere Gruppe verwendet diesen Code bereits. Wählen Sie einen anderen.',
  'joinCode.takenOwnRetired':
    'Diese Gruppe hat diesen Code schon einmal verwendet. Alte Codes bleiben stillgelegt: Wählen Sie einen neuen.',
  'joinCode.takenOtherRetired':
    'Dieser Code gehörte früher einer anderen Gruppe und bleibt reserviert. Wählen Sie einen anderen.',
  'joinCode.alreadyCurrent': 'Das ist bereits der aktuelle Code der Gruppe.',
  'joinCode.otherGroups': 'Dieser Code gehört einer anderen Gruppe und bleibt für sie reserviert.',
  'joinCode.neverHad': 'Diese Gruppe hatte diesen Code nie: Nur ihre eigenen früheren Codes können zurückkommen.',
  'joinCode.policyForbids':
    'Die Code-Regeln in den Einstellungen erlauben diesen Code nicht mehr: Erzeugen Sie stattdessen einen neuen.',
  'joinCode.closeBeforeOpen': 'Die Schließzeit muss nach der Öffnungszeit liegen.',

  'signup.codeUnknown': 'Diesen Beitrittscode gibt es nicht. Bitte prüfen Sie ihn mit Ihrer Kursleitung.',
  'signup.codeRetired': 'Dieser Beitrittscode wurde geändert. Fragen Sie Ihre Kursleitung nach dem neuen.',
  'signup.codeDisabled': 'Die Anmeldung mit diesem Code ist gerade pausiert.',
  'signup.notYetOpen': 'Die Anmeldung mit diesem Code ist ab {at, date, ::dMMMMyHHmm} möglich.',
  'signup.closed': 'Die Anmeldung mit diesem Code wurde am {at, date, ::dMMMMyHHmm} geschlossen.',
  'signup.groupFull':
    'Diese Gruppe ist voll. Bitten Sie Ihre Kursleitung, weitere Plätze freizugeben oder Ihnen einen anderen Code zu geben.',
  'signup.emailRegistered': 'Diese E-Mail-Adresse ist bereits angemeldet. Bitte wenden Sie sich an Ihre Kursleitung.',
  'signup.kioskLocked': 'Dieser Kiosk ist nach zu vielen Fehlversuchen gesperrt. Bitte wenden Sie sich an die Administration.',

  'pin.wrong': 'Diese PIN ist nicht richtig.',
  'pin.currentWrong': 'Die aktuelle PIN ist nicht richtig.',
  'pin.needed': 'Legen Sie zuerst eine Admin-PIN fest: Sie wird zum Beenden oder Entsperren des Kiosks gebraucht.',
  'attempts.throttled':
    'Zu viele Versuche. Bitte versuchen Sie es in {seconds, plural, one {# Sekunde} other {# Sekunden}} noch einmal.',

  'network.noAddress': 'Dieser Computer hat gerade keine Adresse {address}. Wählen Sie ein Netzwerk aus der Liste.',
  'network.portInUse': 'Ein anderes Programm verwendet bereits Port {port}. Wählen Sie einen anderen Port.',
  'network.portDenied': 'Dieser Computer erlaubt JoinDesk nicht, Port {port} zu verwenden. Wählen Sie einen anderen Port.',
  'network.openFailed':
    'JoinDesk konnte die Anmeldung in diesem Netzwerk nicht öffnen. Versuchen Sie es noch einmal oder wählen Sie ein anderes.',
  'network.noRoom': 'Die Anmeldung im Raum braucht die Desktop-App oder den Servermodus.',
  'network.chooseAddress': 'Wählen Sie das Netzwerk, in dem die Personen im Raum sind.',
  'network.roomOff': 'Die Anmeldung im Raum ist ausgeschaltet. Schalten Sie sie zuerst auf der Seite „Kiosk“ ein.',
  'station.needsRoom': 'Schalten Sie zuerst die Anmeldung im Raum ein: Stationen verbinden sich über dieses Netzwerk.',
  'station.tooMany': 'Höchstens {max} Stationen: Entfernen Sie zuerst eine.',
  'station.gone': 'Diese Station ist bereits entfernt.',
  'session.serveOnly': 'Anmeldelinks gibt es nur im Servermodus (npm run serve).',

  'backup.notFound': 'Es gibt keine Sicherung mit diesem Namen. Wählen Sie eine aus der Liste.',
  'backup.notWhole': 'Diese Datei ist abgeschnitten oder beschädigt: Sie ist keine vollständige Sicherung.',
  'backup.desktopOnly': 'Das geht in der Desktop-App. Laden Sie die Datei im Browser stattdessen herunter oder hoch.',

  'restore.empty': 'Diese Datei ist leer: Vielleicht wurde eine Sicherung unterbrochen.',
  'restore.notSqlite': 'Diese Datei ist keine JoinDesk-Sicherung (keine SQLite-Datenbank).',
  'restore.unreadable': 'Diese Datei ist beschädigt und kann nicht gelesen werden.',
  'restore.notJoinDesk': 'Diese Datei ist eine SQLite-Datenbank, aber keine von JoinDesk.',
  'restore.notUtf8': 'Diese Datei ist keine JoinDesk-Sicherung (ihre Textkodierung ist nicht UTF-8).',
  'restore.newer':
    'Diese Sicherung stammt von einer neueren JoinDesk-Version. Aktualisieren Sie JoinDesk, um sie wiederherzustellen.',
  'restore.unknownVersion': 'Diese Datei trägt eine JoinDesk-Version, die es nie gab ({version}).',
  'restore.damaged': 'Diese Datei ist beschädigt ({detail}).',
  'restore.brokenLinks': 'In dieser Datei sind Verknüpfungen zwischen Datensätzen defekt.',
  'restore.notUpgradable': 'Diese Sicherung konnte nicht auf diese JoinDesk-Version gebracht werden.',
  'restore.schemaExtra':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält {type, select, table {eine unerwartete Tabelle} index {einen unerwarteten Index} trigger {einen unerwarteten Trigger} view {eine unerwartete Sicht} other {ein unerwartetes Objekt {type}}} „{name}“.',
  'restore.schemaMissing':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: {type, select, table {Ihre Tabelle} index {Ihr Index} trigger {Ihr Trigger} view {Ihre Sicht} other {Ihr Objekt {type}}} „{name}“ fehlt oder wurde verändert.',
  'restore.invalid.group':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält eine Gruppe, die JoinDesk so nicht gespeichert hätte.',
  'restore.invalid.joinCode':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält einen Beitrittscode, den JoinDesk so nicht gespeichert hätte.',
  'restore.invalid.retiredCode':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält einen früheren Beitrittscode, den JoinDesk so nicht gespeichert hätte.',
  'restore.invalid.codeLiveAndRetired':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält einen Beitrittscode, der zugleich aktiv und stillgelegt ist.',
  'restore.invalid.learner':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält eine teilnehmende Person, die JoinDesk so nicht gespeichert hätte.',
  'restore.invalid.merge':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält eine Zusammenführung von Teilnehmenden, die JoinDesk so nicht gespeichert hätte.',
  'restore.invalid.mergedStillThere':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält eine teilnehmende Person, die zusammengeführt wurde und trotzdem noch da ist.',
  'restore.invalid.course':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält einen Kurs, den JoinDesk so nicht gespeichert hätte.',
  'restore.invalid.attempts':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält eine Zählung fehlgeschlagener Anmeldungen, die JoinDesk so nicht gespeichert hätte.',
  'restore.invalid.setting':
    'Diese Datei ist keine unveränderte JoinDesk-Sicherung: Sie enthält eine Einstellung „{key}“, die JoinDesk nie schreibt.',

  'import.empty': 'Die Datei ist leer.',
  'import.columnsSame': 'Zwei Spalten bedeuten dasselbe: „{first}“ und „{second}“. Behalten Sie nur eine davon.',
  'import.columnsMissing':
    'Keine Spalte {missing, select, name {name} email {email} group {group} nameEmail {name oder email} nameGroup {name oder group} emailGroup {email oder group} other {name, email oder group}}. Die erste Zeile enthält: {columns}. JoinDesk liest: name (oder first name und last name), email und group (oder join code).',
  'import.columnsMissingEmpty':
    'Keine Spalte {missing, select, name {name} email {email} group {group} nameEmail {name oder email} nameGroup {name oder group} emailGroup {email oder group} other {name, email oder group}}. Die erste Zeile enthält nichts. JoinDesk liest: name (oder first name und last name), email und group (oder join code).',
  'import.overLimit':
    '{count, plural, one {Mit dieser Datei käme {last} über das Maximum.} other {Mit dieser Datei kämen {others} und {last} über ihr Maximum.}} Wählen Sie, nur bis zum Maximum zu importieren oder alles zu importieren und das Maximum anzuheben.',

  'import.row.nameEmpty': 'Der Name ist leer.',
  'import.row.nameUnusable': 'Dieser Name kann nicht verwendet werden.',
  'import.row.emailEmpty': 'Die E-Mail-Adresse ist leer.',
  'import.row.emailUnusable': 'Diese E-Mail-Adresse kann nicht verwendet werden.',
  'import.row.noGroupNamed': 'Es gibt keine Gruppe namens „{group}“.',
  'import.row.noGroupWithCode': 'Keine Gruppe hat diesen Beitrittscode.',
  'import.row.groupEmpty': 'Die Gruppe ist leer: Geben Sie sie per Name oder Beitrittscode an.',
  'import.row.duplicate': 'Diese E-Mail-Adresse steht bereits in Zeile {line} der Datei.',
  'import.row.full': '{group} ist am Maximum ({seats, plural, one {# Platz} other {# Plätze}}).',
  'import.row.member': 'Bereits in {group}.',
  'import.row.registered': 'Bereits angemeldet, in {group}.',
};

export default errors;
