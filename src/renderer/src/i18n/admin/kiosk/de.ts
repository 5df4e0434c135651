import type { Translation } from '../types';
import type { kiosk as english } from './en';

const kiosk: Translation<typeof english> = {
  'kiosk.title': 'Kiosk',
  'kiosk.intro':
    'Der Kiosk ist der Anmeldebildschirm für Teilnehmende. Alle geben ihren vollständigen Namen, ihre E-Mail-Adresse und den Beitrittscode ihrer Gruppe ein und landen in dieser Gruppe mit ihren Kursen.',
  'kiosk.point.onlyRegisters':
    'Er kann nur Teilnehmende anmelden: Gruppen, Codes oder andere Teilnehmende kann er weder sehen noch ändern.',
  'kiosk.point.clears': 'Nach jeder Anmeldung zeigt er der Person ihre Gruppe und leert sich dann für die nächste.',
  'kiosk.point.fullScreen': 'In der Desktop-App füllt er den Bildschirm; zum Beenden ist die Admin-PIN nötig.',
  'kiosk.start': 'Kiosk starten',
  'kiosk.pinFirst.title': 'Legen Sie zuerst eine Admin-PIN fest',
  'kiosk.pinFirst.body':
    'Die PIN wird zum Beenden oder Entsperren des Kiosks benötigt. Wählen Sie 6 bis 12 Ziffern und halten Sie sie vor Teilnehmenden geheim.',
  'kiosk.locked.title': 'Ein Kiosk ist gesperrt',
  'kiosk.locked.body':
    'An einem Tag wurden 100 falsche Beitrittscodes oder 10 falsche PINs zum Beenden eingegeben. Geben Sie die Admin-PIN ein, um ihn zu entsperren.',
  'kiosk.locked.unlock': 'Entsperren',
  'kiosk.unlocked.title': 'Kiosk entsperrt',
  'kiosk.unlocked.message': 'Die Zähler für falsche Codes und PINs an den Kiosks beginnen wieder bei null.',
  'kiosk.settings.title': 'Was der Kiosk anzeigt',
  'kiosk.settings.orgName': 'Name der Organisation',
  'kiosk.settings.welcome': 'Begrüßungstext',
  'kiosk.settings.idle': 'Formular nach so vielen Sekunden ohne Eingabe leeren',
  'kiosk.settings.idleHint': 'Vorher erscheint eine 30-sekündige Warnung, die sich wegklicken lässt.',
  'kiosk.settings.languages': 'Sprachen zur Auswahl',
  'kiosk.settings.languagesHint': 'Der Kiosk zeigt für jede Sprache eine Schaltfläche. Bei nur einer Sprache zeigt er keine.',
  'kiosk.settings.defaultLanguage': 'Standardsprache',
  'kiosk.settings.defaultLanguageHint':
    'Alle beginnen in dieser Sprache, und der Kiosk kehrt nach jeder Anmeldung und beim Leeren zu ihr zurück.',
  'kiosk.settings.languageName': '{own} ({here})',
  'kiosk.settings.save': 'Kiosk-Einstellungen speichern',
  'kiosk.settings.saved.title': 'Kiosk-Einstellungen gespeichert',
  'kiosk.settings.saved.message': 'Der Kiosk zeigt sie ab seinem nächsten Bildschirm.',
  'kiosk.pin.title': 'Admin-PIN',
  'kiosk.pin.set': 'Eine PIN ist festgelegt. Sie wird als gesalzener Hash gespeichert; niemand kann sie auslesen.',
  'kiosk.pin.none': 'Noch keine PIN: Legen Sie eine fest, bevor Sie den Kiosk starten.',
  'kiosk.pin.current': 'Aktuelle PIN',
  'kiosk.pin.new': 'Neue PIN',
  'kiosk.pin.admin': 'Admin-PIN',
  'kiosk.pin.hint': '6 bis 12 Ziffern.',
  'kiosk.pin.again': 'PIN wiederholen',
  'kiosk.pin.change': 'PIN ändern',
  'kiosk.pin.setButton': 'PIN festlegen',
  'kiosk.pin.mismatch': 'Die beiden PINs stimmen nicht überein.',
  'kiosk.pin.saved.title': 'Admin-PIN gespeichert',
  'kiosk.pin.saved.message': 'Damit beenden oder entsperren Sie den Kiosk.',
  'kiosk.room.title': 'Anmeldung aus dem Raum',
  'kiosk.room.intro':
    'Teilnehmende melden sich auf ihrem eigenen Smartphone an: Sie scannen den QR-Code einer Gruppe (auf ihrer Seite, in ihrer Präsentationsansicht oder auf ihrer Beitrittskarte), und die Anmeldeseite öffnet sich mit dem Code der Gruppe. Nichts verlässt den Raum: Die Smartphones sprechen über das von Ihnen gewählte Netzwerk mit diesem Computer.',
  'kiosk.room.noNetwork.title': 'Kein Netzwerk zum Freigeben',
  'kiosk.room.noNetwork.body':
    'Dieser Computer ist gerade mit keinem Netzwerk verbunden. Verbinden Sie ihn mit dem WLAN des Raums oder starten Sie einen Hotspot auf diesem Computer und kehren Sie dann zu dieser Seite zurück.',
  'kiosk.room.network': 'Netzwerk',
  'kiosk.room.networkHint': 'Die Adresse dieses Computers in dem Netzwerk, das die Personen im Raum nutzen.',
  'kiosk.room.networkExample': 'z. B. {address}',
  'kiosk.room.port': 'Port',
  'kiosk.room.portHint': '{port}, sofern kein anderes Programm ihn nutzt.',
  'kiosk.room.open': 'Smartphones und anderen Bildschirmen in diesem Raum die Anmeldung erlauben',
  'kiosk.room.phones': 'Smartphones dürfen sich über den Raumlink einer Gruppe anmelden',
  'kiosk.room.phonesHint': 'Aus: Nur gekoppelte Stationen (unten) können Personen anmelden.',
  'kiosk.room.isOpen':
    '<b>Für den Raum geöffnet.</b> Personen im Raum nutzen <b><ltr>{url}</ltr></b>. Die Seite jeder Gruppe zeigt ihren eigenen Link und QR-Code.',
  'kiosk.room.isOff':
    'Aus: Nichts im Netzwerk kann JoinDesk erreichen. Das bleibt auch nach einem Neustart so, bis Sie es hier einschalten.',
  'kiosk.room.point.onlySignUp':
    'Nur die Anmeldeseite wird freigegeben. Verwaltungsseiten gibt es unter dieser Adresse nicht, egal was jemand sendet.',
  'kiosk.room.point.plainHttp':
    'Die Verbindung ist unverschlüsseltes HTTP: Jemand im selben WLAN könnte mitlesen, was Teilnehmende eingeben (Name, E-Mail, Beitrittscode). Wer hineinkommt, entscheidet trotzdem der Beitrittscode, und jedes Smartphone darf nur begrenzt viele falsche Codes versuchen.',
  'kiosk.stations.title': 'Stationen',
  'kiosk.stations.add': 'Station hinzufügen',
  'kiosk.stations.intro':
    'Eine Station ist ein freier Laptop oder ein Tablet, das den vollständigen Kiosk (Begrüßung, Kurse, automatisches Leeren) über das Raumnetzwerk anzeigt. Einmal gekoppelt, bleibt sie es, bis Sie sie entfernen.',
  'kiosk.stations.turnOnFirst': 'Schalten Sie die Anmeldung aus dem Raum ein, um eine hinzuzufügen.',
  'kiosk.stations.table': 'Stationen',
  'kiosk.stations.name': 'Name',
  'kiosk.stations.status': 'Status',
  'kiosk.stations.lastSeen': 'Zuletzt aktiv',
  'kiosk.stations.signupsToday': 'Anmeldungen heute',
  'kiosk.stations.actions': 'Aktionen',
  'kiosk.stations.state.paired': 'Gekoppelt',
  'kiosk.stations.state.pairing': 'Wartet auf Kopplung',
  'kiosk.stations.state.expired': 'Code abgelaufen',
  'kiosk.stations.neverSeen': 'Noch nicht',
  'kiosk.stations.remove': 'Entfernen',
  'kiosk.stations.removeOne': '{name} entfernen',
  'kiosk.stations.removed.title': 'Station entfernt',
  'kiosk.stations.removed.message': '{name} kann niemanden mehr anmelden.',
  'kiosk.stations.pairTitle': '{name} koppeln',
  'kiosk.stations.stationName': 'Name der Station',
  'kiosk.stations.stationNameHint': 'Damit Sie wissen, welcher Bildschirm es ist, z. B. Tablet am Empfang.',
  'kiosk.stations.showCode': 'Kopplungscode anzeigen',
  'kiosk.stations.paired.title': 'Gekoppelt',
  'kiosk.stations.paired.body': '{name} ist gekoppelt und zeigt jetzt den Anmelde-Kiosk.',
  'kiosk.stations.scan':
    'Scannen Sie diesen Code auf der Station, oder öffnen Sie die Adresse unten und geben Sie den Kopplungscode ein.',
  'kiosk.stations.qr': 'QR-Code der Kopplungsadresse {url}',
  'kiosk.stations.code': 'Kopplungscode {code}',
  'kiosk.stations.worksFor': 'Gilt einmal, noch {time}.',
  'kiosk.stations.expired': 'Dieser Code ist abgelaufen. Schließen Sie dieses Fenster und fügen Sie die Station erneut hinzu.',
};

export default kiosk;
