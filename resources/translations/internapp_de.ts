<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About internapp</source>
        <translation>Über internapp</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Applications, engagements, time, contacts and skills for micro-internships — in one private store on your own computer.</source>
        <translation>Bewerbungen, Einsätze, Zeiten, Kontakte und Kompetenzen für Micro-Internships – in einem privaten Speicher auf Ihrem eigenen Computer.</translation>
    </message>
    <message>
        <source>Data file:
{path}</source>
        <translation>Datendatei:
{path}</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>List in {place}</source>
        <translation>Liste in {place}</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>In {place}</source>
        <translation>In {place}</translation>
    </message>
</context>
<context>
    <name>ApplicationsBoard</name>
    <message>
        <source>Move to</source>
        <translation>Verschieben nach</translation>
    </message>
</context>
<context>
    <name>ApplicationsInterchange</name>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Bewerbungen exportieren</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln applications with their history to {path}</source>
        <translation>
            <numerusform>%Ln Bewerbung mit Verlauf nach {path} exportiert</numerusform>
            <numerusform>%Ln Bewerbungen mit Verlauf nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Export nach {name}…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications</source>
        <translation>
            <numerusform>%Ln Bewerbung importiert</numerusform>
            <numerusform>%Ln Bewerbungen importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln rows were not imported</source>
        <translation>
            <numerusform>; %Ln Zeile wurde nicht importiert</numerusform>
            <numerusform>; %Ln Zeilen wurden nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Board</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation>Das Board zeigen</translation>
    </message>
    <message>
        <source>Show the table</source>
        <translation>Die Tabelle zeigen</translation>
    </message>
    <message>
        <source>Show the funnel</source>
        <translation>Den Trichter zeigen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln Bewerbung</numerusform>
            <numerusform>%Ln Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} von %Ln angezeigt</numerusform>
            <numerusform>{shown} von %Ln angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message>
        <source>its contents cannot be read</source>
        <translation>Inhalt nicht lesbar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln Bewerbung</numerusform>
            <numerusform>%Ln Bewerbungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements</source>
        <translation>
            <numerusform>%Ln Einsatz</numerusform>
            <numerusform>%Ln Einsätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time entries</source>
        <translation>
            <numerusform>%Ln Zeiteintrag</numerusform>
            <numerusform>%Ln Zeiteinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt</numerusform>
            <numerusform>%Ln Kontakte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>von Ihnen angelegt</translation>
    </message>
    <message>
        <source>before an import</source>
        <translation>vor einem Import</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>before demo data</source>
        <translation>vor den Beispieldaten</translation>
    </message>
    <message>
        <source>{when}, {kind}, {size}: {counts}</source>
        <translation>{when}, {kind}, {size}: {counts}</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>Inhalt</translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Open backups folder</source>
        <translation>Sicherungsordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backups in {folder}. internapp makes one every day the window is open, and before every upgrade and import; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>
            <numerusform>%Ln Sicherung in {folder}. internapp legt jeden Tag, an dem das Fenster offen ist, eine an, dazu vor jedem Update und Import; die letzten 7 Tage, 4 Wochen und 12 Monate bleiben erhalten.</numerusform>
            <numerusform>%Ln Sicherungen in {folder}. internapp legt jeden Tag, an dem das Fenster offen ist, eine an, dazu vor jedem Update und Import; die letzten 7 Tage, 4 Wochen und 12 Monate bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No backups yet. internapp makes one every day the window is open, and before every upgrade and import; you can make one at any time.</source>
        <translation>Noch keine Sicherungen. internapp legt jeden Tag, an dem das Fenster offen ist, eine an, dazu vor jedem Update und Import; Sie können jederzeit selbst eine anlegen.</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>BoardColumn</name>
    <message>
        <source>New application in {stage}</source>
        <translation>Neue Bewerbung in {stage}</translation>
    </message>
    <message>
        <source>Drop a card here</source>
        <translation>Karte hier ablegen</translation>
    </message>
    <message>
        <source>Nothing closed here</source>
        <translation>Hier ist nichts abgeschlossen</translation>
    </message>
</context>
<context>
    <name>BoardColumnModel</name>
    <message>
        <source>{organization}
{role}

Enter opens it · Ctrl+← / Ctrl+→ moves it to the previous or next stage · Ctrl+M: move to…</source>
        <translation>{organization}
{role}

Eingabe öffnet sie · Strg+← / Strg+→ verschiebt sie in die vorige oder nächste Phase · Strg+M: verschieben nach…</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>No applications</source>
        <translation>Keine Bewerbungen</translation>
    </message>
</context>
<context>
    <name>ChartAlternative</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Show the chart</source>
        <translation>Das Diagramm zeigen</translation>
    </message>
    <message>
        <source>Show the same data as a table (for a screen reader, or to read the numbers)</source>
        <translation>Dieselben Daten als Tabelle zeigen (für einen Screenreader oder um die Zahlen zu lesen)</translation>
    </message>
</context>
<context>
    <name>CloseReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Kept in the application&apos;s history; it helps to see patterns later.</source>
        <translation>Wird im Verlauf der Bewerbung festgehalten; so erkennen Sie später Muster.</translation>
    </message>
</context>
<context>
    <name>ContactLinksBox</name>
    <message>
        <source>Applications and engagements</source>
        <translation>Bewerbungen und Einsätze</translation>
    </message>
    <message>
        <source>Not linked to anything yet. Link them to an application or an engagement with their role there.</source>
        <translation>Noch mit nichts verknüpft. Verknüpfen Sie die Person mit einer Bewerbung oder einem Einsatz und ihrer Rolle dort.</translation>
    </message>
    <message>
        <source>Add link…</source>
        <translation>Verknüpfung hinzufügen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>application</source>
        <translation>Bewerbung</translation>
    </message>
    <message>
        <source>engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>{role} — {title} at {organization}  ({kind})</source>
        <translation>{role} — {title} bei {organization}  ({kind})</translation>
    </message>
    <message>
        <source>{role} — {title}  ({kind})</source>
        <translation>{role} — {title}  ({kind})</translation>
    </message>
    <message>
        <source>Remove this link?</source>
        <translation>Diese Verknüpfung entfernen?</translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <source>Added without a field</source>
        <translation>Ohne ein Feld hinzugefügt</translation>
    </message>
    <message>
        <source>Added without a field ({n})</source>
        <translation>Ohne ein Feld hinzugefügt ({n})</translation>
    </message>
</context>
<context>
    <name>ContactsList</name>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt verlieren</translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgegangen</translation>
    </message>
    <message>
        <source>internapp ran into an error it did not expect</source>
        <translation>internapp ist auf einen unerwarteten Fehler gestoßen</translation>
    </message>
    <message>
        <source>What you were doing was not finished, and nothing was half-saved: your data is as it was before. You can carry on working. If it happens again, please report it with the details below — they name where in internapp it happened, not your data. They were also written to the log:
{log}</source>
        <translation>Ihr letzter Schritt wurde nicht abgeschlossen, und nichts wurde halb gespeichert: Ihre Daten sind wie vorher. Sie können weiterarbeiten. Falls es wieder passiert, melden Sie es bitte mit den Details unten – sie nennen die Stelle in internapp, nicht Ihre Daten. Sie stehen auch im Protokoll:
{log}</translation>
    </message>
    <message>
        <source>Details of the error</source>
        <translation>Details des Fehlers</translation>
    </message>
    <message>
        <source>What a bug report needs; Copy details puts it on the clipboard</source>
        <translation>Was eine Fehlermeldung braucht; „Details kopieren“ legt es in die Zwischenablage</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Details kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>DamagedStoreDialog</name>
    <message>
        <source>Your data file is damaged</source>
        <translation>Ihre Datendatei ist beschädigt</translation>
    </message>
    <message>
        <source>internapp cannot use your data file: it is damaged</source>
        <translation>internapp kann Ihre Datendatei nicht verwenden: sie ist beschädigt</translation>
    </message>
    <message>
        <source>This can happen when a copy, a sync tool or a full or failing disk stops in the middle of writing. internapp has not changed the file.

What was found: {reason}.</source>
        <translation>Das kann passieren, wenn ein Kopiervorgang, ein Sync-Programm oder ein volles oder defektes Laufwerk mitten im Schreiben abbricht. internapp hat die Datei nicht verändert.

Gefunden wurde: {reason}.</translation>
    </message>
    <message>
        <source>The newest backup that passes verification is from {when} ({kind}) and holds {counts}. Restoring it puts that backup back in place of the damaged file; the damaged file is kept in the data folder under a dated name, in case anything in it is needed later. Changes made since the backup are not in it.</source>
        <translation>Die neueste Sicherung, die die Prüfung besteht, ist vom {when} ({kind}) und enthält {counts}. Beim Wiederherstellen tritt diese Sicherung an die Stelle der beschädigten Datei; die beschädigte Datei bleibt unter einem Namen mit Datum im Datenordner, falls später etwas daraus gebraucht wird. Änderungen seit der Sicherung sind nicht darin enthalten.</translation>
    </message>
    <message>
        <source>No backup that passes verification was found in {folder}. The damaged file stays as it is; you may be able to recover it with other tools, or copy in a backup of your own.</source>
        <translation>In {folder} wurde keine Sicherung gefunden, die die Prüfung besteht. Die beschädigte Datei bleibt, wie sie ist; vielleicht lässt sie sich mit anderen Werkzeugen retten, oder Sie kopieren eine eigene Sicherung hinein.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>The backup could not be restored: {error}</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden: {error}</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Attach a document</source>
        <translation>Ein Dokument anhängen</translation>
    </message>
    <message>
        <source>Remove document</source>
        <translation>Dokument entfernen</translation>
    </message>
    <message>
        <source>Remove {name}? The copy kept here is deleted; your original file is not touched.</source>
        <translation>{name} entfernen? Die hier gespeicherte Kopie wird gelöscht; Ihre Originaldatei bleibt unberührt.</translation>
    </message>
    <message>
        <source>Attached a copy of {name}</source>
        <translation>Eine Kopie von {name} angehängt</translation>
    </message>
    <message>
        <source>Could not attach: {error}</source>
        <translation>Anhängen fehlgeschlagen: {error}</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>No title or organization</source>
        <translation>Kein Titel und keine Organisation</translation>
    </message>
    <message>
        <source>No email</source>
        <translation>Keine E-Mail</translation>
    </message>
    <message>
        <source>No LinkedIn profile</source>
        <translation>Kein LinkedIn-Profil</translation>
    </message>
    <message>
        <source>Keep this one, merge the other in</source>
        <translation>Diesen behalten, den anderen einfügen</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Dubletten</translation>
    </message>
    <message>
        <source>Contacts with the same email, the same LinkedIn profile, or the same name at the same organization. Merging keeps every interaction and link, fills empty fields and combines emails, phones and tags.</source>
        <translation>Kontakte mit derselben E-Mail, demselben LinkedIn-Profil oder demselben Namen bei derselben Organisation. Beim Zusammenführen bleiben alle Kontaktaufnahmen und Verknüpfungen erhalten, leere Felder werden gefüllt und E-Mails, Telefonnummern und Schlagwörter zusammengelegt.</translation>
    </message>
    <message>
        <source>No duplicates left. 🎉</source>
        <translation>Keine Dubletten mehr. 🎉</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln Kontaktaufnahme</numerusform>
            <numerusform>%Ln Kontaktaufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not the same person</source>
        <translation>Nicht dieselbe Person</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>Mit {name} zusammengeführt.</translation>
    </message>
    <message>
        <source>{first} and {second} are kept apart.</source>
        <translation>{first} und {second} bleiben getrennt.</translation>
    </message>
</context>
<context>
    <name>EngagementDetail</name>
    <message>
        <source>{hours} logged</source>
        <translation>{hours} erfasst</translation>
    </message>
    <message>
        <source>{part_of_whole} logged ({share})</source>
        <translation>{part_of_whole} erfasst ({share})</translation>
    </message>
    <message>
        <source> — {hours} over budget</source>
        <translation> — {hours} über dem Budget</translation>
    </message>
    <message>
        <source> · weekly cap {hours}</source>
        <translation> · Wochenlimit {hours}</translation>
    </message>
</context>
<context>
    <name>EngagementsView</name>
    <message>
        <source>New engagement</source>
        <translation>Neuer Einsatz</translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message numerus="yes">
        <source>%Ln entries match</source>
        <translation>
            <numerusform>%Ln Eintrag passt</numerusform>
            <numerusform>%Ln Einträge passen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>{entries}  ·  today {today}  ·  this week {week}</source>
        <translation>{entries}  ·  heute {today}  ·  diese Woche {week}</translation>
    </message>
    <message>
        <source>Some entries could not be read: {reason}</source>
        <translation>Einige Einträge konnten nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>&lt; 1 min</source>
        <translation>&lt; 1 min</translation>
    </message>
    <message>
        <source>%Ln h</source>
        <translation>%Ln h</translation>
    </message>
    <message>
        <source>%n min</source>
        <translation>%n min</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd d. MMM</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Imported without a field ({n})</source>
        <translation>Ohne ein Feld importiert ({n})</translation>
    </message>
</context>
<context>
    <name>InteractionDelegate</name>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
</context>
<context>
    <name>InteractionTimeline</name>
    <message>
        <source>Followed up (planned {day})</source>
        <translation>Nachgefasst (geplant {day})</translation>
    </message>
    <message>
        <source>Follow up today</source>
        <translation>Heute nachfassen</translation>
    </message>
    <message>
        <source>Follow up by {day}</source>
        <translation>Nachfassen bis {day}</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(keine Zusammenfassung)</translation>
    </message>
</context>
<context>
    <name>ItemRow</name>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Press Enter to open it</source>
        <translation>Mit der Eingabetaste öffnen</translation>
    </message>
</context>
<context>
    <name>LinkContactDialog</name>
    <message>
        <source>Link a contact</source>
        <translation>Einen Kontakt verknüpfen</translation>
    </message>
    <message>
        <source>Find a contact by name or organization…</source>
        <translation>Einen Kontakt nach Name oder Organisation suchen…</translation>
    </message>
    <message>
        <source>No contacts yet. Add people on the Contacts screen, then link them here.</source>
        <translation>Noch keine Kontakte. Legen Sie Personen in der Ansicht Kontakte an und verknüpfen Sie sie dann hier.</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data: {path}</source>
        <translation>Daten: {path}</translation>
    </message>
    <message>
        <source>micro-internships, in one place</source>
        <translation>Micro-Internships an einem Ort</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+8 go straight to a screen</source>
        <translation>Strg+1 bis Strg+8 springen direkt zu einer Ansicht</translation>
    </message>
    <message>
        <source>internapp (read-only)</source>
        <translation>internapp (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Read-only: {why}. You can look, list and export; changes cannot be saved.</source>
        <translation>Schreibgeschützt: {why}. Sie können ansehen, auflisten und exportieren; Änderungen lassen sich nicht speichern.</translation>
    </message>
    <message>
        <source>the data was opened read-only</source>
        <translation>die Daten wurden schreibgeschützt geöffnet</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Applications (CSV or JSON)…</source>
        <translation>Bewerbungen (CSV oder JSON)…</translation>
    </message>
    <message>
        <source>Contacts from a vCard file (.vcf)…</source>
        <translation>Kontakte aus einer vCard-Datei (.vcf)…</translation>
    </message>
    <message>
        <source>Contacts from LinkedIn Connections.csv…</source>
        <translation>Kontakte aus LinkedIn Connections.csv…</translation>
    </message>
    <message>
        <source>Time from Toggl Track…</source>
        <translation>Zeiten aus Toggl Track…</translation>
    </message>
    <message>
        <source>Time from Clockify…</source>
        <translation>Zeiten aus Clockify…</translation>
    </message>
    <message>
        <source>Time from Watson…</source>
        <translation>Zeiten aus Watson…</translation>
    </message>
    <message>
        <source>Time from Timewarrior…</source>
        <translation>Zeiten aus Timewarrior…</translation>
    </message>
    <message>
        <source>Applications as CSV…</source>
        <translation>Bewerbungen als CSV…</translation>
    </message>
    <message>
        <source>Applications as JSON…</source>
        <translation>Bewerbungen als JSON…</translation>
    </message>
    <message>
        <source>All contacts as vCard…</source>
        <translation>Alle Kontakte als vCard…</translation>
    </message>
    <message>
        <source>Time report as CSV…</source>
        <translation>Zeitbericht als CSV…</translation>
    </message>
    <message>
        <source>Time report as JSON…</source>
        <translation>Zeitbericht als JSON…</translation>
    </message>
    <message>
        <source>Timeline chart…</source>
        <translation>Zeitleisten-Diagramm…</translation>
    </message>
    <message>
        <source>Skills radar chart…</source>
        <translation>Kompetenz-Radar…</translation>
    </message>
    <message>
        <source>New application…</source>
        <translation>Neue Bewerbung…</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Neuer Einsatz…</translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation>Neuer Kontakt…</translation>
    </message>
    <message>
        <source>New time entry…</source>
        <translation>Neuer Zeiteintrag…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation>&amp;Timer</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Add a record to the screen you are on</source>
        <translation>Einen Datensatz in der aktuellen Ansicht anlegen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Make a verified copy of your data file</source>
        <translation>Eine geprüfte Kopie Ihrer Datendatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alles a&amp;uswählen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Go to the filter of the screen you are on</source>
        <translation>Zum Filter der aktuellen Ansicht springen</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut, on one page</source>
        <translation>Alle Tastenkürzel auf einer Seite</translation>
    </message>
    <message>
        <source>&amp;About internapp</source>
        <translation>Über &amp;internapp</translation>
    </message>
</context>
<context>
    <name>NewApplicationDialog</name>
    <message>
        <source>New application</source>
        <translation>Neue Bewerbung</translation>
    </message>
    <message>
        <source>Add application</source>
        <translation>Bewerbung anlegen</translation>
    </message>
    <message>
        <source>Company or client</source>
        <translation>Firma oder Auftraggeber</translation>
    </message>
    <message>
        <source>Role or project</source>
        <translation>Rolle oder Projekt</translation>
    </message>
    <message>
        <source>Parker Dewey, Upwork, referral…</source>
        <translation>Parker Dewey, Upwork, Empfehlung…</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>$25/h, $600 fixed…</source>
        <translation>25 €/h, 600 € pauschal…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Posting URL</source>
        <translation>Link zur Ausschreibung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Vergütung</translation>
    </message>
</context>
<context>
    <name>NewEngagementDialog</name>
    <message>
        <source>New engagement</source>
        <translation>Neuer Einsatz</translation>
    </message>
    <message>
        <source>Add engagement</source>
        <translation>Einsatz anlegen</translation>
    </message>
    <message>
        <source>What the project is</source>
        <translation>Worum es im Projekt geht</translation>
    </message>
    <message>
        <source>Parker Dewey, Riipen, direct…</source>
        <translation>Parker Dewey, Riipen, direkt…</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>600.00 (USD)</source>
        <translation>600,00 (USD)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Hours estimate</source>
        <translation>Geschätzte Stunden</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
</context>
<context>
    <name>Opening</name>
    <message>
        <source>internapp cannot open your data</source>
        <translation>internapp kann Ihre Daten nicht öffnen</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restored the backup from {when}.</source>
        <translation>Die Sicherung vom {when} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <source>Your data as it was is kept as the backup {name}.</source>
        <translation>Ihre Daten im vorherigen Stand sind als Sicherung {name} aufbewahrt.</translation>
    </message>
    <message>
        <source>The damaged file is kept as {name}.</source>
        <translation>Die beschädigte Datei ist als {name} aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>PickSkillsDialog</name>
    <message>
        <source>Skills asked for</source>
        <translation>Verlangte Kompetenzen</translation>
    </message>
    <message>
        <source>Filter skills…</source>
        <translation>Kompetenzen filtern…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the backup from {when}?</source>
        <translation>Die Sicherung vom {when} wiederherstellen?</translation>
    </message>
    <message>
        <source>{size}, {kind}. It holds {counts}.</source>
        <translation>{size}, {kind}. Sie enthält {counts}.</translation>
    </message>
    <message>
        <source>Your data as it is now is replaced by this backup. Nothing is lost: internapp first makes a backup of what you have now, so you can restore that one to go back. The window reopens your data when the backup is in place.</source>
        <translation>Ihre Daten im jetzigen Stand werden durch diese Sicherung ersetzt. Nichts geht verloren: internapp sichert zuerst den jetzigen Stand, den Sie wiederherstellen können, um zurückzukehren. Das Fenster öffnet Ihre Daten neu, sobald die Sicherung an ihrem Platz ist.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Diese Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>und %Ln weitere</numerusform>
            <numerusform>und %Ln weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menus and the whole window</source>
        <translation>Menüs und das ganze Fenster</translation>
    </message>
</context>
<context>
    <name>SkillValuesDialog</name>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Row {row} of the list</source>
        <translation>Zeile {row} der Liste</translation>
    </message>
    <message>
        <source>For the skill in row {row}</source>
        <translation>Für die Kompetenz in Zeile {row}</translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Your level</source>
        <translation>Ihr Niveau</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Lücke</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>Skill radar against {role}: you reach {reached} of {count} target levels</source>
        <translation>Kompetenz-Radar gegenüber {role}: Sie erreichen {reached} von {count} Zielniveaus</translation>
    </message>
</context>
<context>
    <name>StagesEditor</name>
    <message>
        <source>Stages</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>The columns of the board, in order. Double-click a name to rename it; closed stages ask for a reason when an application moves there.</source>
        <translation>Die Spalten des Boards in ihrer Reihenfolge. Doppelklicken Sie auf einen Namen, um ihn umzubenennen; abgeschlossene Phasen fragen nach einem Grund, wenn eine Bewerbung dorthin wechselt.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>New stage, e.g. Take-home task</source>
        <translation>Neue Phase, z. B. Probeaufgabe</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>An outcome, like Rejected: moving here asks for a reason</source>
        <translation>Ein Ergebnis wie Abgelehnt: Beim Verschieben hierher wird nach einem Grund gefragt</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Closed stage</source>
        <translation>Abgeschlossene Phase</translation>
    </message>
    <message>
        <source>Open stage</source>
        <translation>Offene Phase</translation>
    </message>
    <message>
        <source>, added by you</source>
        <translation>, von Ihnen angelegt</translation>
    </message>
    <message>
        <source>Built-in stages can be renamed, not deleted</source>
        <translation>Vorgegebene Phasen lassen sich umbenennen, nicht löschen</translation>
    </message>
</context>
<context>
    <name>TagCadencesDialog</name>
    <message>
        <source>Every (days) for {tag}</source>
        <translation>Alle (Tage) für {tag}</translation>
    </message>
    <message>
        <source>0: no default rhythm for this tag</source>
        <translation>0: kein Standardrhythmus für dieses Schlagwort</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Type a time such as 14:00, 1400 or 2pm; ↑ ↓ change it by 5 minutes</source>
        <translation>Eine Uhrzeit wie 14:00 oder 1400 eingeben; ↑ ↓ ändern sie um 5 Minuten</translation>
    </message>
</context>
<context>
    <name>TimeImportDialog</name>
    <message>
        <source>Engagement for {project}</source>
        <translation>Einsatz für {project}</translation>
    </message>
    <message>
        <source>Where the entries of this project go</source>
        <translation>Wohin die Einträge dieses Projekts gehen</translation>
    </message>
</context>
<context>
    <name>TimeView</name>
    <message>
        <source>New time entry</source>
        <translation>Neuer Zeiteintrag</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Scroll the timeline</source>
        <translation>Zeitleiste verschieben</translation>
    </message>
    <message>
        <source>Moves the weeks shown; the mouse wheel over the chart does the same</source>
        <translation>Verschiebt die gezeigten Wochen; das Mausrad über dem Diagramm tut dasselbe</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>This week asks {asked} ({logged} logged, {planned} planned)</source>
        <translation>Diese Woche verlangt {asked} ({logged} erfasst, {planned} geplant)</translation>
    </message>
    <message>
        <source>{asks}; its engagements have no weekly cap.</source>
        <translation>{asks}; ihre Einsätze haben kein Wochenlimit.</translation>
    </message>
    <message>
        <source>{asks}; the capped ones ask {capped} against {cap} of weekly caps.</source>
        <translation>{asks}; die begrenzten verlangen {capped} bei {cap} Wochenlimits.</translation>
    </message>
    <message>
        <source>{asks} against {cap} of weekly caps.</source>
        <translation>{asks} bei {cap} Wochenlimits.</translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ahead ask more than the caps allow, from {day}.</source>
        <translation>
            <numerusform>%n kommende Woche verlangt mehr, als die Limits erlauben, ab {day}.</numerusform>
            <numerusform>%n kommende Wochen verlangen mehr, als die Limits erlauben, ab {day}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar or a marker to open it; scroll with the wheel or the bar below.</source>
        <translation>Klicken Sie auf einen Balken oder eine Markierung, um sie zu öffnen; blättern Sie mit dem Mausrad oder der Leiste darunter.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source> (done)</source>
        <translation> (erledigt)</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche vom {day}</translation>
    </message>
    <message>
        <source>Over-asked week</source>
        <translation>Überlastete Woche</translation>
    </message>
    <message>
        <source>asks {asked}</source>
        <translation>verlangt {asked}</translation>
    </message>
    <message>
        <source>caps allow {cap}</source>
        <translation>Limits erlauben {cap}</translation>
    </message>
</context>
<context>
    <name>TimerTray</name>
    <message>
        <source>No timer running</source>
        <translation>Kein Timer läuft</translation>
    </message>
    <message>
        <source>Stop the timer</source>
        <translation>Timer anhalten</translation>
    </message>
    <message>
        <source>Stop it 5 minutes ago</source>
        <translation>Vor 5 Minuten anhalten</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Start on {title}</source>
        <translation>Für {title} starten</translation>
    </message>
    <message>
        <source>Switch to</source>
        <translation>Wechseln zu</translation>
    </message>
    <message>
        <source>Start on</source>
        <translation>Starten für</translation>
    </message>
    <message>
        <source>Show internapp</source>
        <translation>internapp zeigen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>internapp — {engagement}, {elapsed}</source>
        <translation>internapp — {engagement}, {elapsed}</translation>
    </message>
    <message>
        <source>internapp — no timer running</source>
        <translation>internapp — kein Timer läuft</translation>
    </message>
</context>
<context>
    <name>TimerUI</name>
    <message>
        <source>Logged {duration} on {engagement}</source>
        <translation>{duration} für {engagement} erfasst</translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Your day starts here</source>
        <translation>Ihr Tag beginnt hier</translation>
    </message>
    <message>
        <source>Once you track applications, engagements, time and contacts, this screen gathers what needs you today: the running timer, deadlines and follow-ups this week, budgets running out and people to get back in touch with.</source>
        <translation>Sobald Sie Bewerbungen, Einsätze, Zeiten und Kontakte erfassen, sammelt diese Ansicht, was heute Ihre Aufmerksamkeit braucht: den laufenden Timer, Fristen und Nachfassaktionen dieser Woche, knappe Budgets und Menschen, bei denen Sie sich wieder melden sollten.</translation>
    </message>
    <message>
        <source>New here? Try the app on a realistic sample history (you can clear it later from a terminal with internapp demo --force), or bring in what you kept in another tool.</source>
        <translation>Neu hier? Probieren Sie die App mit einem realistischen Beispielverlauf aus (später im Terminal mit internapp demo --force entfernbar) oder übernehmen Sie, was Sie in einem anderen Werkzeug geführt haben.</translation>
    </message>
    <message>
        <source>Try with sample data</source>
        <translation>Mit Beispieldaten ausprobieren</translation>
    </message>
    <message>
        <source>Fill the app with a realistic sample history</source>
        <translation>Die App mit einem realistischen Beispielverlauf füllen</translation>
    </message>
    <message>
        <source>Import from another tool</source>
        <translation>Aus einem anderen Werkzeug importieren</translation>
    </message>
    <message>
        <source>Applications, contacts or time from a file</source>
        <translation>Bewerbungen, Kontakte oder Zeiten aus einer Datei</translation>
    </message>
    <message>
        <source>Adding the sample history…</source>
        <translation>Beispielverlauf wird angelegt…</translation>
    </message>
    <message>
        <source>Could not add the sample history</source>
        <translation>Der Beispielverlauf konnte nicht angelegt werden</translation>
    </message>
    <message numerus="yes">
        <source>things to act on</source>
        <translation>
            <numerusform>Sache zu erledigen</numerusform>
            <numerusform>Sachen zu erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open applications</source>
        <translation>
            <numerusform>%Ln offene Bewerbung</numerusform>
            <numerusform>%Ln offene Bewerbungen</numerusform>
        </translation>
    </message>
</context>
</TS>
