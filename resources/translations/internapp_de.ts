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
        <source>Applications (*.csv *.json);;CSV (*.csv);;JSON (*.json)</source>
        <translation>Bewerbungen (*.csv *.json);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Export applications</source>
        <translation>Bewerbungen exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
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
    <name>ApplicationsTable</name>
    <message>
        <source>{days} d</source>
        <translation>{days} T</translation>
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
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Ohne Antwort</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Bezahlung</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
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
        <source>Not selected after the interview</source>
        <translation>Nach dem Vorstellungsgespräch nicht ausgewählt</translation>
    </message>
    <message>
        <source>Position filled</source>
        <translation>Stelle besetzt</translation>
    </message>
    <message>
        <source>Went with a more experienced candidate</source>
        <translation>Für eine erfahrenere Person entschieden</translation>
    </message>
    <message>
        <source>Skills did not match</source>
        <translation>Kenntnisse passten nicht</translation>
    </message>
    <message>
        <source>Accepted another engagement</source>
        <translation>Einen anderen Einsatz angenommen</translation>
    </message>
    <message>
        <source>Schedule clash</source>
        <translation>Terminüberschneidung</translation>
    </message>
    <message>
        <source>Pay too low</source>
        <translation>Bezahlung zu niedrig</translation>
    </message>
    <message>
        <source>No longer interested</source>
        <translation>Kein Interesse mehr</translation>
    </message>
    <message>
        <source>No reply after following up</source>
        <translation>Keine Antwort trotz Nachfassen</translation>
    </message>
    <message>
        <source>Posting was taken down</source>
        <translation>Ausschreibung wurde entfernt</translation>
    </message>
    <message>
        <source>Move to {stage}</source>
        <translation>Nach {stage} verschieben</translation>
    </message>
    <message>
        <source>Why is it closing as {stage}?</source>
        <translation>Warum endet sie als {stage}?</translation>
    </message>
    <message>
        <source>The reason, in a few words</source>
        <translation>Der Grund, in wenigen Worten</translation>
    </message>
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
    <name>ContactTexts</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days overdue</source>
        <translation>
            <numerusform>%Ln Tag überfällig</numerusform>
            <numerusform>%Ln Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln Tag</numerusform>
            <numerusform>in %Ln Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln Tag</numerusform>
            <numerusform>%Ln Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message>
        <source>vCard</source>
        <translation>vCard</translation>
    </message>
    <message>
        <source>LinkedIn connections</source>
        <translation>LinkedIn-Kontakte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Already there as</source>
        <translation>Schon vorhanden als</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Weil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Import {format}</source>
        <translation>{format} importieren</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>{file} wird gelesen…</translation>
    </message>
    <message>
        <source>Nothing is written until you choose Import.</source>
        <translation>Nichts wird geschrieben, bevor Sie „Importieren“ wählen.</translation>
    </message>
    <message>
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <source>Already in your contacts</source>
        <translation>Schon in Ihren Kontakten</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Added without a field</source>
        <translation>Ohne ein Feld hinzugefügt</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
    <message>
        <source>To add ({n})</source>
        <translation>Hinzuzufügen ({n})</translation>
    </message>
    <message>
        <source>Already in your contacts ({n})</source>
        <translation>Schon in Ihren Kontakten ({n})</translation>
    </message>
    <message>
        <source>Rejected ({n})</source>
        <translation>Abgelehnt ({n})</translation>
    </message>
    <message>
        <source>Added without a field ({n})</source>
        <translation>Ohne ein Feld hinzugefügt ({n})</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new contacts to add from {file}</source>
        <translation>
            <numerusform>%Ln neuer Kontakt aus {file} hinzuzufügen</numerusform>
            <numerusform>%Ln neue Kontakte aus {file} hinzuzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new to add from {file}</source>
        <translation>Nichts Neues aus {file} hinzuzufügen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already in your contacts (matched by UID, email or LinkedIn profile)</source>
        <translation>
            <numerusform>%Ln schon in Ihren Kontakten (erkannt an UID, E-Mail oder LinkedIn-Profil)</numerusform>
            <numerusform>%Ln schon in Ihren Kontakten (erkannt an UID, E-Mail oder LinkedIn-Profil)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected — see why in the last tab</source>
        <translation>
            <numerusform>%Ln abgelehnt – warum, steht im letzten Reiter</numerusform>
            <numerusform>%Ln abgelehnt – warum, steht im letzten Reiter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt importieren</numerusform>
            <numerusform>%Ln Kontakte importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln contacts</source>
        <translation>
            <numerusform>%Ln Kontakt importiert</numerusform>
            <numerusform>%Ln Kontakte importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already there</source>
        <translation>
            <numerusform>%Ln war schon vorhanden</numerusform>
            <numerusform>%Ln waren schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read.</source>
        <translation>
            <numerusform>%Ln konnte nicht gelesen werden.</numerusform>
            <numerusform>%Ln konnten nicht gelesen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelled — nothing was imported</source>
        <translation>Abgebrochen – nichts wurde importiert</translation>
    </message>
    <message>
        <source>This file cannot be imported</source>
        <translation>Diese Datei kann nicht importiert werden</translation>
    </message>
</context>
<context>
    <name>ContactsList</name>
    <message>
        <source>Next due</source>
        <translation>Nächster Kontakt</translation>
    </message>
    <message>
        <source>Overdue by</source>
        <translation>Überfällig seit</translation>
    </message>
    <message>
        <source>Was due</source>
        <translation>Fällig war</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Last contacted</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt verlieren</translation>
    </message>
    <message>
        <source>Search names, organizations, titles, emails, phones, tags, notes, how you met…</source>
        <translation>Namen, Organisationen, Positionen, E-Mails, Telefonnummern, Schlagwörter, Notizen, Kennenlernen durchsuchen…</translation>
    </message>
    <message>
        <source>Nobody is losing touch: everyone with a keep-in-touch rhythm has heard from you recently. Set rhythms on a contact&apos;s page, or per tag with “Rhythms by tag…”.</source>
        <translation>Niemand gerät aus dem Blick: Alle mit einem Kontaktrhythmus haben kürzlich von Ihnen gehört. Rhythmen legen Sie auf der Seite eines Kontakts fest oder je Schlagwort mit „Rhythmen je Schlagwort…“.</translation>
    </message>
    <message>
        <source>Log interaction with selected…</source>
        <translation>Kontaktaufnahme mit Auswahl festhalten…</translation>
    </message>
    <message>
        <source>Losing touch  {n}</source>
        <translation>Aus dem Blick  {n}</translation>
    </message>
    <message>
        <source>All contacts  {n}</source>
        <translation>Alle Kontakte  {n}</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} von %Ln angezeigt</numerusform>
            <numerusform>{shown} von %Ln angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln überfällig</numerusform>
            <numerusform>%Ln überfällig</numerusform>
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
    <name>ContactsView</name>
    <message>
        <source>vCard files (*.vcf *.vcard)</source>
        <translation>vCard-Dateien (*.vcf *.vcard)</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv (*.csv)</source>
        <translation>LinkedIn Connections.csv (*.csv)</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Your network, and who to get back in touch with</source>
        <translation>Ihr Netzwerk, und bei wem Sie sich wieder melden sollten</translation>
    </message>
    <message>
        <source>Duplicates</source>
        <translation>Dubletten</translation>
    </message>
    <message>
        <source>Rhythms by tag…</source>
        <translation>Rhythmen je Schlagwort…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>vCard file (.vcf)…</source>
        <translation>vCard-Datei (.vcf)…</translation>
    </message>
    <message>
        <source>LinkedIn Connections.csv…</source>
        <translation>LinkedIn Connections.csv…</translation>
    </message>
    <message>
        <source>Export all…</source>
        <translation>Alle exportieren…</translation>
    </message>
    <message>
        <source>Your network starts here</source>
        <translation>Ihr Netzwerk beginnt hier</translation>
    </message>
    <message>
        <source>Supervisors, mentors and recruiters from every engagement: each interaction you log, and a reminder when it is time to get back in touch.</source>
        <translation>Betreuer, Mentorinnen und Recruiter aus jedem Einsatz: jede festgehaltene Kontaktaufnahme und eine Erinnerung, wenn es Zeit ist, sich wieder zu melden.</translation>
    </message>
    <message>
        <source>Add a contact, or import your phone&apos;s contacts (a vCard file) or LinkedIn&apos;s Connections.csv export with Import.</source>
        <translation>Legen Sie einen Kontakt an oder importieren Sie mit „Importieren“ die Kontakte Ihres Telefons (eine vCard-Datei) oder den LinkedIn-Export Connections.csv.</translation>
    </message>
    <message>
        <source>Add your first contact</source>
        <translation>Ersten Kontakt anlegen</translation>
    </message>
    <message>
        <source>Duplicates ({n})</source>
        <translation>Dubletten ({n})</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Export all contacts</source>
        <translation>Alle Kontakte exportieren</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {path}</source>
        <translation>
            <numerusform>%Ln Kontakt nach {path} exportiert</numerusform>
            <numerusform>%Ln Kontakte nach {path} exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Export failed: {error}</source>
        <translation>Export fehlgeschlagen: {error}</translation>
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
    <name>DateField</name>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Pick a day</source>
        <translation>Tag auswählen</translation>
    </message>
    <message>
        <source>{text} is not a date (use YYYY-MM-DD)</source>
        <translation>{text} ist kein Datum (JJJJ-MM-TT verwenden)</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Close the detail (Esc)</source>
        <translation>Details schließen (Esc)</translation>
    </message>
</context>
<context>
    <name>DocumentsSection</name>
    <message>
        <source>Attach…</source>
        <translation>Anhängen…</translation>
    </message>
    <message>
        <source>{kind}…</source>
        <translation>{kind}…</translation>
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
        <source>{kind}  ·  {name}  ·  {size}  ·  added {day}</source>
        <translation>{kind}  ·  {name}  ·  {size}  ·  hinzugefügt am {day}</translation>
    </message>
    <message>
        <source>{path}
SHA-256 {digest}</source>
        <translation>{path}
SHA-256 {digest}</translation>
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
        <source>Why: {reasons}</source>
        <translation>Warum: {reasons}</translation>
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
    <name>EngagementsTab</name>
    <message>
        <source>A weight is the share of an engagement&apos;s hours that practised the skill.</source>
        <translation>Ein Gewicht ist der Anteil der Stunden eines Einsatzes, der die Kompetenz geübt hat.</translation>
    </message>
    <message>
        <source>Edit skills…</source>
        <translation>Kompetenzen bearbeiten…</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Skills practised (share of its hours)</source>
        <translation>Geübte Kompetenzen (Anteil der Stunden)</translation>
    </message>
    <message>
        <source>none listed yet</source>
        <translation>noch keine eingetragen</translation>
    </message>
    <message>
        <source>Skills practised — {title}</source>
        <translation>Geübte Kompetenzen – {title}</translation>
    </message>
    <message>
        <source>List the skills this engagement practised and how much of its hours went to each.</source>
        <translation>Tragen Sie ein, welche Kompetenzen dieser Einsatz geübt hat und wie viel seiner Stunden auf jede entfiel.</translation>
    </message>
    <message>
        <source>Share of hours</source>
        <translation>Anteil der Stunden</translation>
    </message>
    <message>
        <source>Could not save the skills</source>
        <translation>Die Kompetenzen konnten nicht gespeichert werden</translation>
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
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit time entry</source>
        <translation>Zeiteintrag bearbeiten</translation>
    </message>
    <message>
        <source>Add time entry</source>
        <translation>Zeiteintrag hinzufügen</translation>
    </message>
    <message>
        <source>An engagement, or a new name</source>
        <translation>Ein Einsatz oder ein neuer Name</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Endet um</translation>
    </message>
    <message>
        <source>Lasts</source>
        <translation>Dauert</translation>
    </message>
    <message>
        <source>1:30, 90m or 1h30m</source>
        <translation>1:30, 90m oder 1h30m</translation>
    </message>
    <message>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <source>What did you do?</source>
        <translation>Was haben Sie gemacht?</translation>
    </message>
    <message>
        <source>analysis, meeting</source>
        <translation>Analyse, Besprechung</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Ends the next day.</source>
        <translation>Endet am nächsten Tag.</translation>
    </message>
    <message>
        <source>A new engagement “{title}” will be created.</source>
        <translation>Ein neuer Einsatz „{title}“ wird angelegt.</translation>
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
    <message>
        <source>ddd
d MMM</source>
        <translation>ddd
d. MMM</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>{day} {year}, {time}</source>
        <translation>{day} {year}, {time}</translation>
    </message>
    <message>
        <source>{value} B</source>
        <translation>{value} B</translation>
    </message>
    <message>
        <source>{value} KB</source>
        <translation>{value} KB</translation>
    </message>
    <message>
        <source>{value} MB</source>
        <translation>{value} MB</translation>
    </message>
    <message>
        <source>{day}, {start}–{end}</source>
        <translation>{day}, {start}–{end}</translation>
    </message>
    <message>
        <source>{day}, {start}–{end_day}, {end}</source>
        <translation>{day}, {start}–{end_day}, {end}</translation>
    </message>
</context>
<context>
    <name>FunnelChart</name>
    <message>
        <source>{share} of previous</source>
        <translation>{share} der vorigen</translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>Started in</source>
        <translation>Begonnen in</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>By source or platform</source>
        <translation>Nach Quelle oder Plattform</translation>
    </message>
    <message>
        <source>No applications started in this period.</source>
        <translation>In diesem Zeitraum wurden keine Bewerbungen begonnen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; applications · &lt;b&gt;{share}&lt;/b&gt; reached {stage}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bewerbung · &lt;b&gt;{share}&lt;/b&gt; erreichten {stage}</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; Bewerbungen · &lt;b&gt;{share}&lt;/b&gt; erreichten {stage}</numerusform>
        </translation>
    </message>
    <message>
        <source>Closed: {stages}</source>
        <translation>Abgeschlossen: {stages}</translation>
    </message>
    <message>
        <source>None closed</source>
        <translation>Keine abgeschlossen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
</context>
<context>
    <name>HistorySection</name>
    <message>
        <source>Added to {stage}</source>
        <translation>Hinzugefügt zu {stage}</translation>
    </message>
    <message>
        <source>Moved to {stage}</source>
        <translation>Verschoben nach {stage}</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import applications</source>
        <translation>Bewerbungen importieren</translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications ready to import</source>
        <translation>
            <numerusform>%Ln Bewerbung bereit zum Import</numerusform>
            <numerusform>%Ln Bewerbungen bereit zum Import</numerusform>
        </translation>
    </message>
    <message>
        <source>from {source}</source>
        <translation>aus {source}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organizations</source>
        <translation>
            <numerusform>%Ln neue Organisation</numerusform>
            <numerusform>%Ln neue Organisationen</numerusform>
        </translation>
    </message>
    <message>
        <source>new stages: {names}</source>
        <translation>neue Phasen: {names}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here (skipped)</source>
        <translation>
            <numerusform>%Ln schon vorhanden (übersprungen)</numerusform>
            <numerusform>%Ln schon vorhanden (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be imported</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht importiert werden</numerusform>
            <numerusform>%Ln Zeilen können nicht importiert werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Hinweis: {note}</translation>
    </message>
    <message>
        <source>To import ({n})</source>
        <translation>Zu importieren ({n})</translation>
    </message>
    <message>
        <source>Cannot import ({n})</source>
        <translation>Nicht importierbar ({n})</translation>
    </message>
    <message>
        <source>Imported without a field ({n})</source>
        <translation>Ohne ein Feld importiert ({n})</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import adds exactly the rows listed under “To import”, all at once — or nothing, if the data changed meanwhile.</source>
        <translation>Noch wurde nichts geschrieben. „Importieren“ fügt genau die Zeilen unter „Zu importieren“ auf einmal hinzu – oder nichts, falls sich die Daten inzwischen geändert haben.</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>%Ln importieren</numerusform>
            <numerusform>%Ln importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
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
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps</source>
        <translation>
            <numerusform>%Ln Schritt</numerusform>
            <numerusform>%Ln Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
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
    <name>InteractionDialog</name>
    <message>
        <source>Edit interaction with {name}</source>
        <translation>Kontaktaufnahme mit {name} bearbeiten</translation>
    </message>
    <message>
        <source>Log an interaction with {name}</source>
        <translation>Kontaktaufnahme mit {name} festhalten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontaktaufnahme festhalten</translation>
    </message>
    <message>
        <source>What you talked about, what you promised…</source>
        <translation>Worüber Sie gesprochen haben, was Sie zugesagt haben…</translation>
    </message>
    <message>
        <source>Follow up by</source>
        <translation>Nachfassen bis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>InteractionListModel</name>
    <message>
        <source>{channel}: {summary}</source>
        <translation>{channel}: {summary}</translation>
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
    <name>Labels</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anruf</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Videoanruf</translation>
    </message>
    <message>
        <source>Coffee</source>
        <translation>Kaffee</translation>
    </message>
    <message>
        <source>LinkedIn message</source>
        <translation>LinkedIn-Nachricht</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <source>Mentor</source>
        <translation>Mentor/in</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Recruiter/in</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Interviewer/in</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Résumé</source>
        <translation>Lebenslauf</translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation>Anschreiben</translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Filter skills or categories…</source>
        <translation>Kompetenzen oder Kategorien filtern…</translation>
    </message>
    <message>
        <source>Add skill…</source>
        <translation>Kompetenz hinzufügen…</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Bewertung entfernen</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>your rating</source>
        <translation>Ihrer Bewertung</translation>
    </message>
    <message>
        <source>hours logged</source>
        <translation>erfassten Stunden</translation>
    </message>
    <message>
        <source>Hours practised</source>
        <translation>Geübte Stunden</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Einsätze</translation>
    </message>
    <message numerus="yes">
        <source>(%Ln more pairs)</source>
        <translation>
            <numerusform>(%Ln weiteres Paar)</numerusform>
            <numerusform>(%Ln weitere Paare)</numerusform>
        </translation>
    </message>
    <message>
        <source>“{merge}” looks like “{keep}”. Merge them so their hours count once, under “{keep}”{more}.</source>
        <translation>„{merge}“ sieht aus wie „{keep}“. Führen Sie sie zusammen, damit ihre Stunden einmal zählen, unter „{keep}“{more}.</translation>
    </message>
    <message>
        <source>Merge skills</source>
        <translation>Kompetenzen zusammenführen</translation>
    </message>
    <message>
        <source>Move every engagement, application and target role of “{merge}” to “{keep}” and remove “{merge}”?</source>
        <translation>Alle Einsätze, Bewerbungen und Zielrollen von „{merge}“ zu „{keep}“ verschieben und „{merge}“ entfernen?</translation>
    </message>
    <message>
        <source>Could not add the skill</source>
        <translation>Die Kompetenz konnte nicht hinzugefügt werden</translation>
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
    <name>LinkDialog</name>
    <message>
        <source>Link {name} to an application or engagement</source>
        <translation>{name} mit einer Bewerbung oder einem Einsatz verknüpfen</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Verknüpfung hinzufügen</translation>
    </message>
    <message>
        <source>An application</source>
        <translation>Eine Bewerbung</translation>
    </message>
    <message>
        <source>An engagement</source>
        <translation>Einen Einsatz</translation>
    </message>
    <message>
        <source>Link to</source>
        <translation>Verknüpfen mit</translation>
    </message>
    <message>
        <source>Which</source>
        <translation>Welche</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Rolle</translation>
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
    <name>NewContactDialog</name>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Add contact</source>
        <translation>Kontakt hinzufügen</translation>
    </message>
    <message>
        <source>As you would write it, in any script</source>
        <translation>So, wie Sie ihn schreiben würden, in jeder Schrift</translation>
    </message>
    <message>
        <source>name@example.org (several: separate with commas)</source>
        <translation>name@example.org (mehrere: mit Kommas trennen)</translation>
    </message>
    <message>
        <source>mentor, recruiter…</source>
        <translation>Mentor, Recruiter…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Emails</source>
        <translation>E-Mails</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
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
    <name>PeopleSection</name>
    <message>
        <source>Nobody linked. Link the recruiter, the interviewer or whoever referred you, to follow up with them later.</source>
        <translation>Niemand verknüpft. Verknüpfen Sie Recruiter/in, Interviewer/in oder wer Sie empfohlen hat, um später nachzufassen.</translation>
    </message>
    <message>
        <source>Link contact…</source>
        <translation>Kontakt verknüpfen…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>Verknüpfung lösen</translation>
    </message>
    <message>
        <source>{name}  ·  {role}</source>
        <translation>{name}  ·  {role}</translation>
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
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln ausgewählt</numerusform>
            <numerusform>%Ln ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Letzte Woche</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>By engagement</source>
        <translation>Nach Einsatz</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Nach Woche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Nach Tag</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>By tag</source>
        <translation>Nach Schlagwort</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>The period&apos;s entries with Toggl&apos;s column names</source>
        <translation>Die Einträge des Zeitraums mit den Spaltennamen von Toggl</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>The period&apos;s totals and entries</source>
        <translation>Summen und Einträge des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Adding up…</source>
        <translation>Wird summiert…</translation>
    </message>
    <message>
        <source>Could not do that: {error}</source>
        <translation>Das ging nicht: {error}</translation>
    </message>
    <message>
        <source>(no tag)</source>
        <translation>(ohne Schlagwort)</translation>
    </message>
    <message>
        <source>{week}  ·  from {day}</source>
        <translation>{week}  ·  ab {day}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln Schlagwort</numerusform>
            <numerusform>%Ln Schlagwörter</numerusform>
        </translation>
    </message>
    <message>
        <source>An entry with two tags counts for both.</source>
        <translation>Ein Eintrag mit zwei Schlagwörtern zählt für beide.</translation>
    </message>
    <message>
        <source>No time logged in this period.</source>
        <translation>In diesem Zeitraum wurde keine Zeit erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>Share of the busiest</source>
        <translation>Anteil am vollsten</translation>
    </message>
    <message>
        <source>Export time</source>
        <translation>Zeiten exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>%Ln Eintrag nach {path} exportiert</numerusform>
            <numerusform>%Ln Einträge nach {path} exportiert</numerusform>
        </translation>
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
    <name>RolesTab</name>
    <message>
        <source>Built-in roles are starting points: copy one to adjust its levels.</source>
        <translation>Mitgelieferte Rollen sind Ausgangspunkte: Kopieren Sie eine, um ihre Stufen anzupassen.</translation>
    </message>
    <message>
        <source>New role…</source>
        <translation>Neue Rolle…</translation>
    </message>
    <message>
        <source>Copy…</source>
        <translation>Kopieren…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>built in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>Skills and target levels</source>
        <translation>Kompetenzen und Zielstufen</translation>
    </message>
    <message>
        <source>A role is the skills it asks for, each with the level (0–5) you want to reach.</source>
        <translation>Eine Rolle besteht aus den Kompetenzen, die sie verlangt, jede mit der Stufe (0–5), die Sie erreichen wollen.</translation>
    </message>
    <message>
        <source>Target level</source>
        <translation>Zielstufe</translation>
    </message>
    <message>
        <source>Could not save the role</source>
        <translation>Die Rolle konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>New target role</source>
        <translation>Neue Zielrolle</translation>
    </message>
    <message>
        <source>Copy a target role</source>
        <translation>Zielrolle kopieren</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (meine)</translation>
    </message>
    <message>
        <source>Edit target role</source>
        <translation>Zielrolle bearbeiten</translation>
    </message>
    <message>
        <source>Delete role</source>
        <translation>Rolle löschen</translation>
    </message>
    <message>
        <source>Delete the role “{name}”?</source>
        <translation>Die Rolle „{name}“ löschen?</translation>
    </message>
    <message>
        <source>Could not delete the role</source>
        <translation>Die Rolle konnte nicht gelöscht werden</translation>
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
    <name>SkillDialogs</name>
    <message>
        <source>Add a skill</source>
        <translation>Kompetenz hinzufügen</translation>
    </message>
    <message>
        <source>Name of the skill (a tool, a method, a language…):</source>
        <translation>Name der Kompetenz (ein Werkzeug, eine Methode, eine Sprache…):</translation>
    </message>
    <message>
        <source>A similar skill exists</source>
        <translation>Eine ähnliche Kompetenz gibt es schon</translation>
    </message>
    <message>
        <source>“{name}” looks like the existing skill “{existing}”. Use that one, so their hours add up?</source>
        <translation>„{name}“ sieht aus wie die vorhandene Kompetenz „{existing}“. Diese verwenden, damit sich die Stunden addieren?</translation>
    </message>
    <message>
        <source>Use “{existing}”</source>
        <translation>„{existing}“ verwenden</translation>
    </message>
    <message>
        <source>Add as a new skill</source>
        <translation>Als neue Kompetenz hinzufügen</translation>
    </message>
    <message>
        <source>Rate a skill</source>
        <translation>Kompetenz bewerten</translation>
    </message>
    <message>
        <source>Your own level for {skill} (0–5); it replaces the level computed from hours:</source>
        <translation>Ihre eigene Stufe für {skill} (0–5); sie ersetzt die aus den Stunden berechnete Stufe:</translation>
    </message>
</context>
<context>
    <name>SkillValuesDialog</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <source>Add a skill</source>
        <translation>Kompetenz hinzufügen</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>Auswahl entfernen</translation>
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
    <name>SkillsSection</name>
    <message>
        <source>None noted yet — add what the posting asks for to see your skill gaps.</source>
        <translation>Noch keine notiert – tragen Sie ein, was die Ausschreibung verlangt, um Ihre Lücken zu sehen.</translation>
    </message>
    <message>
        <source>Choose skills…</source>
        <translation>Kompetenzen wählen…</translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Your levels from the hours you logged, against the role you want next</source>
        <translation>Ihre Stufen aus den erfassten Stunden, gemessen an der Rolle, die Sie als Nächstes wollen</translation>
    </message>
    <message>
        <source>Gap to target</source>
        <translation>Abstand zum Ziel</translation>
    </message>
    <message>
        <source>Your skills</source>
        <translation>Ihre Kompetenzen</translation>
    </message>
    <message>
        <source>By engagement</source>
        <translation>Nach Einsatz</translation>
    </message>
    <message>
        <source>Target roles</source>
        <translation>Zielrollen</translation>
    </message>
    <message>
        <source>Skills grow with every engagement</source>
        <translation>Kompetenzen wachsen mit jedem Einsatz</translation>
    </message>
    <message>
        <source>List the skills each engagement practised; the hours you log add up into a level per skill, shown on a radar against the role you want next — with the gaps to close and the openings that would close them.</source>
        <translation>Tragen Sie ein, welche Kompetenzen jeder Einsatz geübt hat; die erfassten Stunden ergeben eine Stufe je Kompetenz, auf einem Radar gezeigt gegen die Rolle, die Sie als Nächstes wollen – mit den Lücken und den Gelegenheiten, die sie schließen würden.</translation>
    </message>
    <message>
        <source>Open “By engagement” to list what an engagement practised, or rate a skill yourself.</source>
        <translation>Öffnen Sie „Nach Einsatz“, um einzutragen, was ein Einsatz geübt hat, oder bewerten Sie eine Kompetenz selbst.</translation>
    </message>
    <message>
        <source>Open the skills catalogue</source>
        <translation>Kompetenzkatalog öffnen</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielrolle</translation>
    </message>
    <message>
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Zeichnung…</translation>
    </message>
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
        <source>Biggest gaps</source>
        <translation>Größte Lücken</translation>
    </message>
    <message>
        <source>You reach every target level of this role.</source>
        <translation>Sie erreichen jede Zielstufe dieser Rolle.</translation>
    </message>
    <message>
        <source>Openings that would close the top gaps</source>
        <translation>Gelegenheiten, die die größten Lücken schließen würden</translation>
    </message>
    <message>
        <source>No open application lists these skills yet. Save opportunities that ask for them and list their skills, and they show up here.</source>
        <translation>Noch nennt keine offene Bewerbung diese Kompetenzen. Speichern Sie Gelegenheiten, die sie verlangen, mit ihren Kompetenzen – dann erscheinen sie hier.</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>Skill radar against {role}: you reach {reached} of {count} target levels</source>
        <translation>Kompetenz-Radar gegenüber {role}: Sie erreichen {reached} von {count} Zielniveaus</translation>
    </message>
    <message numerus="yes">
        <source>You reach {reached} of its %Ln target levels.</source>
        <translation>
            <numerusform>Sie erreichen {reached} von %Ln Zielstufe.</numerusform>
            <numerusform>Sie erreichen {reached} von %Ln Zielstufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>now {current} · target {target}</source>
        <translation>jetzt {current} · Ziel {target}</translation>
    </message>
    <message>
        <source>See your skills</source>
        <translation>Ihre Kompetenzen ansehen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln below target</source>
        <translation>
            <numerusform>%Ln unter dem Ziel</numerusform>
            <numerusform>%Ln unter dem Ziel</numerusform>
        </translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <source>{organization} · practises {skills}</source>
        <translation>{organization} · übt {skills}</translation>
    </message>
    <message>
        <source>Open in Applications</source>
        <translation>In Bewerbungen öffnen</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export the radar chart</source>
        <translation>Radardiagramm exportieren</translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation>Das Diagramm konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>SleepGapDialog</name>
    <message>
        <source>Your computer was asleep</source>
        <translation>Ihr Computer war im Ruhezustand</translation>
    </message>
    <message>
        <source>Keep the time</source>
        <translation>Zeit behalten</translation>
    </message>
    <message>
        <source>Discard it and stop</source>
        <translation>Verwerfen und anhalten</translation>
    </message>
    <message>
        <source>Discard it and continue</source>
        <translation>Verwerfen und weiterlaufen lassen</translation>
    </message>
    <message>
        <source>{duration} away from the timer</source>
        <translation>{duration} nicht am Timer</translation>
    </message>
    <message>
        <source>The timer on {engagement} kept running while your computer slept ({span}). Keep that time, discard it and stop the timer at {asleep}, or discard it and continue from {awake}?</source>
        <translation>Der Timer für {engagement} lief weiter, während Ihr Computer im Ruhezustand war ({span}). Diese Zeit behalten, verwerfen und den Timer um {asleep} anhalten, oder verwerfen und ab {awake} weiterlaufen lassen?</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <source>Split time entry</source>
        <translation>Zeiteintrag teilen</translation>
    </message>
    <message>
        <source>{engagement}: {span}
Both parts keep the engagement, note and tags.</source>
        <translation>{engagement}: {span}
Beide Teile behalten Einsatz, Notiz und Schlagwörter.</translation>
    </message>
    <message>
        <source>Split at</source>
        <translation>Teilen um</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Teilen</translation>
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
        <source>Keep-in-touch defaults by tag</source>
        <translation>Kontaktrhythmus je Schlagwort</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>A contact without its own rhythm uses the shortest default among its tags. The rhythm restarts at every interaction you log.</source>
        <translation>Ein Kontakt ohne eigenen Rhythmus nutzt den kürzesten Standard seiner Schlagwörter. Der Rhythmus beginnt bei jeder festgehaltenen Kontaktaufnahme neu.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Every (days)</source>
        <translation>Alle (Tage)</translation>
    </message>
    <message>
        <source>no default</source>
        <translation>kein Standard</translation>
    </message>
    <message>
        <source>Every (days) for {tag}</source>
        <translation>Alle (Tage) für {tag}</translation>
    </message>
    <message>
        <source>0: no default rhythm for this tag</source>
        <translation>0: kein Standardrhythmus für dieses Schlagwort</translation>
    </message>
    <message>
        <source>No contact has a tag yet. Add tags such as “mentor” on a contact&apos;s page, then come back to set their rhythm.</source>
        <translation>Noch hat kein Kontakt ein Schlagwort. Fügen Sie auf der Seite eines Kontakts Schlagwörter wie „Mentor“ hinzu und legen Sie dann hier den Rhythmus fest.</translation>
    </message>
</context>
<context>
    <name>TimeEntryDialog</name>
    <message>
        <source>Trim to {span}</source>
        <translation>Kürzen auf {span}</translation>
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
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Where your hours went, against each budget and weekly cap</source>
        <translation>Wohin Ihre Stunden gingen, gemessen an jedem Budget und Wochenlimit</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation>Budgets</translation>
    </message>
    <message>
        <source>No hours logged yet</source>
        <translation>Noch keine Stunden erfasst</translation>
    </message>
    <message>
        <source>Time you track on an engagement — from the timer above every screen or typed in afterwards — is listed here, with a week grid, reports, and each engagement&apos;s hours against its budget and weekly cap.</source>
        <translation>Zeit, die Sie für einen Einsatz erfassen – mit dem Timer über jedem Bildschirm oder nachträglich eingetippt –, steht hier, mit Wochenraster, Berichten und den Stunden jedes Einsatzes gemessen an Budget und Wochenlimit.</translation>
    </message>
    <message>
        <source>Press Ctrl+T to start the timer, add an entry by hand, or import your history from Toggl, Clockify, Watson or Timewarrior (Import… above).</source>
        <translation>Drücken Sie Strg+T, um den Timer zu starten, fügen Sie einen Eintrag von Hand hinzu oder importieren Sie Ihren Verlauf aus Toggl, Clockify, Watson oder Timewarrior („Importieren…“ oben).</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Import from {tool}</source>
        <translation>Aus {tool} importieren</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Overlapping engagements, their deadlines, and the hours each week asks of you</source>
        <translation>Sich überschneidende Einsätze, ihre Fristen und die Stunden, die jede Woche von Ihnen verlangt</translation>
    </message>
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
        <source>Nothing on the timeline yet</source>
        <translation>Noch nichts auf der Zeitleiste</translation>
    </message>
    <message>
        <source>Engagements appear as bars across the weeks, with deadlines, interviews, milestones and follow-ups marked, and the hours each week asks of you underneath.</source>
        <translation>Einsätze erscheinen als Balken über die Wochen, mit markierten Fristen, Gesprächen, Meilensteinen und Nachfassterminen, und darunter die Stunden, die jede Woche von Ihnen verlangt.</translation>
    </message>
    <message>
        <source>Add an engagement with a start and a due date, or an application with a deadline, to see it here.</source>
        <translation>Legen Sie einen Einsatz mit Beginn und Fälligkeit oder eine Bewerbung mit Frist an, um sie hier zu sehen.</translation>
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
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Scroll to this week</source>
        <translation>Zu dieser Woche scrollen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As SVG drawing…</source>
        <translation>Als SVG-Zeichnung…</translation>
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
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Export the timeline</source>
        <translation>Zeitleiste exportieren</translation>
    </message>
    <message>
        <source>Could not export the timeline</source>
        <translation>Die Zeitleiste konnte nicht exportiert werden</translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message>
        <source>The engagement this time is for</source>
        <translation>Der Einsatz, für den diese Zeit ist</translation>
    </message>
    <message>
        <source>Choose an engagement…</source>
        <translation>Einsatz wählen…</translation>
    </message>
    <message>
        <source>What are you working on?</source>
        <translation>Woran arbeiten Sie?</translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation>Neuer Einsatz…</translation>
    </message>
    <message>
        <source>■  Stop</source>
        <translation>■  Stopp</translation>
    </message>
    <message>
        <source>Stop the timer (Ctrl+T)</source>
        <translation>Timer anhalten (Strg+T)</translation>
    </message>
    <message>
        <source>Running on {engagement} since {time}</source>
        <translation>Läuft für {engagement} seit {time}</translation>
    </message>
    <message>
        <source>▶  Start</source>
        <translation>▶  Start</translation>
    </message>
    <message>
        <source>Start a timer on this engagement (Ctrl+T)</source>
        <translation>Timer für diesen Einsatz starten (Strg+T)</translation>
    </message>
    <message>
        <source>No timer running — choose an engagement and start</source>
        <translation>Kein Timer läuft – Einsatz wählen und starten</translation>
    </message>
    <message>
        <source>engagement: choose one to start a timer on</source>
        <translation>Einsatz: wählen Sie einen, um einen Timer zu starten</translation>
    </message>
    <message numerus="yes">
        <source>Stop %n minutes ago</source>
        <translation>
            <numerusform>Vor %n Minute anhalten</numerusform>
            <numerusform>Vor %n Minuten anhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop at…</source>
        <translation>Anhalten um…</translation>
    </message>
    <message>
        <source>Stop the timer at</source>
        <translation>Timer anhalten um</translation>
    </message>
    <message>
        <source>Discard this timer</source>
        <translation>Diesen Timer verwerfen</translation>
    </message>
    <message>
        <source>Start an hour ago</source>
        <translation>Vor einer Stunde starten</translation>
    </message>
    <message numerus="yes">
        <source>Start %n minutes ago</source>
        <translation>
            <numerusform>Vor %n Minute starten</numerusform>
            <numerusform>Vor %n Minuten starten</numerusform>
        </translation>
    </message>
    <message>
        <source>Start at…</source>
        <translation>Starten um…</translation>
    </message>
    <message>
        <source>Start the timer at</source>
        <translation>Timer starten um</translation>
    </message>
    <message>
        <source>Time (09:15, 20m ago or 2026-03-02T09:15):</source>
        <translation>Zeit (09:15, 20m ago oder 2026-03-02T09:15):</translation>
    </message>
    <message>
        <source>New engagement</source>
        <translation>Neuer Einsatz</translation>
    </message>
    <message>
        <source>Name of the engagement:</source>
        <translation>Name des Einsatzes:</translation>
    </message>
    <message>
        <source>Start or stop the timer</source>
        <translation>Timer starten oder anhalten</translation>
    </message>
</context>
<context>
    <name>TimerSession</name>
    <message>
        <source>engagement: choose one to start a timer on</source>
        <translation>Einsatz: wählen Sie einen, um einen Timer zu starten</translation>
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
<context>
    <name>WeekTab</name>
    <message>
        <source>‹  Previous</source>
        <translation>‹  Vorige</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Next  ›</source>
        <translation>Nächste  ›</translation>
    </message>
    <message>
        <source>Week {number}  ·  {monday} – {sunday}</source>
        <translation>Woche {number}  ·  {monday} – {sunday}</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Limit</translation>
    </message>
    <message>
        <source>Includes the timer running now</source>
        <translation>Enthält den gerade laufenden Timer</translation>
    </message>
    <message>
        <source>Over the weekly cap of {hours}</source>
        <translation>Über dem Wochenlimit von {hours}</translation>
    </message>
    <message>
        <source>All engagements</source>
        <translation>Alle Einsätze</translation>
    </message>
    <message>
        <source>No time logged this week — double-click a day to add an entry.</source>
        <translation>Diese Woche keine Zeit erfasst – doppelklicken Sie auf einen Tag, um einen Eintrag hinzuzufügen.</translation>
    </message>
    <message>
        <source>Double-click a day to add an entry for that engagement. Entries count on the day they start.</source>
        <translation>Doppelklicken Sie auf einen Tag, um für diesen Einsatz einen Eintrag hinzuzufügen. Einträge zählen an dem Tag, an dem sie beginnen.</translation>
    </message>
</context>
</TS>
