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
    <name>ApplicationCard</name>
    <message>
        <source>Overdue {days} d</source>
        <translation>{days} T überfällig</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Due in {days} d</source>
        <translation>Fällig in {days} T</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Fällig {day}</translation>
    </message>
    <message>
        <source>No reply {days} d</source>
        <translation>Keine Antwort {days} T</translation>
    </message>
    <message>
        <source>Sent {days} d ago</source>
        <translation>Vor {days} T gesendet</translation>
    </message>
    <message>
        <source>Sent today</source>
        <translation>Heute gesendet</translation>
    </message>
    <message>
        <source>✓ Engagement</source>
        <translation>✓ Einsatz</translation>
    </message>
</context>
<context>
    <name>ApplicationDetail</name>
    <message>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Interview stories</source>
        <translation>Geschichten fürs Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>No documents. Attach the résumé and cover letter you sent: a copy is kept exactly as sent, whatever happens to the original.</source>
        <translation>Keine Dokumente. Hängen Sie Lebenslauf und Anschreiben an, die Sie gesendet haben: Eine Kopie wird genau so aufbewahrt, wie sie gesendet wurde, was auch immer mit dem Original geschieht.</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Vorstellungsgespräche</translation>
    </message>
    <message>
        <source>Skills asked for</source>
        <translation>Gefragte Kompetenzen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Documents sent</source>
        <translation>Gesendete Dokumente</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Bewerbung löschen</translation>
    </message>
    <message>
        <source>Move to…</source>
        <translation>Verschieben nach…</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Angebot annehmen</translation>
    </message>
    <message>
        <source>Move to Accepted and create the engagement</source>
        <translation>Nach „Angenommen“ verschieben und den Einsatz anlegen</translation>
    </message>
    <message>
        <source>Open engagement →</source>
        <translation>Einsatz öffnen →</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Open the posting in the browser</source>
        <translation>Die Ausschreibung im Browser öffnen</translation>
    </message>
    <message>
        <source>$25/h, $600 fixed…</source>
        <translation>25 $/h, 600 $ pauschal…</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>What the role involves, who you spoke to, next steps…</source>
        <translation>Worum es in der Stelle geht, mit wem Sie gesprochen haben, nächste Schritte…</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Ausschreibung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Beworben</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
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
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Close reason</source>
        <translation>Grund für den Abschluss</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Create engagement</source>
        <translation>Einsatz anlegen</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Noch nicht gesendet</translation>
    </message>
    <message>
        <source>Sent {date} · waiting for a reply</source>
        <translation>Gesendet am {date} · wartet auf Antwort</translation>
    </message>
    <message numerus="yes">
        <source>Sent {date} · no reply for %n days</source>
        <translation>
            <numerusform>Gesendet am {date} · seit %n Tag keine Antwort</numerusform>
            <numerusform>Gesendet am {date} · seit %n Tagen keine Antwort</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent {date} · %n days ago</source>
        <translation>
            <numerusform>Gesendet am {date} · vor %n Tag</numerusform>
            <numerusform>Gesendet am {date} · vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement “{title}” created — open it to set the hours budget, fee and milestones.</source>
        <translation>Einsatz „{title}“ angelegt – öffnen Sie ihn, um Stundenbudget, Honorar und Meilensteine festzulegen.</translation>
    </message>
    <message>
        <source>Delete {role} at {organization} with its history and documents? This cannot be undone.</source>
        <translation>{role} bei {organization} mit Verlauf und Dokumenten löschen? Das lässt sich nicht rückgängig machen.</translation>
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
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Where each opportunity stands</source>
        <translation>Wo jede Gelegenheit steht</translation>
    </message>
    <message>
        <source>Filter by organization, role, stage, source or tag…</source>
        <translation>Nach Organisation, Rolle, Phase, Quelle oder Schlagwort filtern…</translation>
    </message>
    <message>
        <source>Track every application</source>
        <translation>Jede Bewerbung im Blick</translation>
    </message>
    <message>
        <source>Each opportunity you save or apply for shows up here as a card on a board — Saved, Applied, Interviewing, Offer, Accepted — with its deadline, how long it has waited for a reply, and the people and documents that go with it.</source>
        <translation>Jede Gelegenheit, die Sie speichern oder auf die Sie sich bewerben, erscheint hier als Karte auf einem Board — Gespeichert, Beworben, Im Gespräch, Angebot, Angenommen — mit ihrer Frist, wie lange sie schon auf eine Antwort wartet, und den Menschen und Dokumenten, die dazugehören.</translation>
    </message>
    <message>
        <source>Add your first one with “New application”, bring a spreadsheet in with Import / Export → Import CSV or JSON, or try sample data: internapp demo</source>
        <translation>Legen Sie die erste mit „Neue Bewerbung“ an, holen Sie eine Tabelle über Import / Export → CSV oder JSON importieren herein, oder probieren Sie Beispieldaten: internapp demo</translation>
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
    <message>
        <source>Stages…</source>
        <translation>Phasen…</translation>
    </message>
    <message>
        <source>Rename, reorder and add the board&apos;s stages</source>
        <translation>Die Phasen des Boards umbenennen, umordnen und ergänzen</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Import CSV or JSON…</source>
        <translation>CSV oder JSON importieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Add an application (Ctrl+N)</source>
        <translation>Eine Bewerbung anlegen (Strg+N)</translation>
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
    <message>
        <source>That application no longer exists.</source>
        <translation>Diese Bewerbung gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>Moved to {stage} · engagement created — &lt;a href=&apos;engagement:{id}&apos;&gt;open it&lt;/a&gt;</source>
        <translation>Nach {stage} verschoben · Einsatz angelegt — &lt;a href=&apos;engagement:{id}&apos;&gt;öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Moved to {stage} · &lt;a href=&apos;interview:{id}&apos;&gt;add the interview&lt;/a&gt; to be reminded of it</source>
        <translation>Nach {stage} verschoben · &lt;a href=&apos;interview:{id}&apos;&gt;Gespräch eintragen&lt;/a&gt;, um daran erinnert zu werden</translation>
    </message>
    <message>
        <source>Moved to {stage}</source>
        <translation>Verschoben nach {stage}</translation>
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
    <message>
        <source>{stage} applications</source>
        <translation>Bewerbungen in {stage}</translation>
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
    <name>BudgetsTab</name>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Schätzung</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Verbraucht</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Weekly cap</source>
        <translation>Wochenlimit</translation>
    </message>
    <message>
        <source>Effective rate</source>
        <translation>Effektiver Satz</translation>
    </message>
    <message>
        <source>Logged counts finished entries; a running timer counts once it stops. Weeks run Monday to Sunday.</source>
        <translation>Erfasst zählt abgeschlossene Einträge; ein laufender Timer zählt, sobald er stoppt. Wochen laufen von Montag bis Sonntag.</translation>
    </message>
    <message>
        <source>{share} of the {hours} estimate</source>
        <translation>{share} der geschätzten {hours}</translation>
    </message>
    <message>
        <source>no estimate</source>
        <translation>keine Schätzung</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>{part} this week</source>
        <translation>{part} diese Woche</translation>
    </message>
    <message>
        <source>{hours} (no cap)</source>
        <translation>{hours} (kein Limit)</translation>
    </message>
    <message>
        <source>No engagements yet.</source>
        <translation>Noch keine Einsätze.</translation>
    </message>
    <message>
        <source>Over budget</source>
        <translation>Über dem Budget</translation>
    </message>
    <message>
        <source>Past 80 % of the estimate</source>
        <translation>Über 80 % der Schätzung</translation>
    </message>
    <message>
        <source>Over the weekly cap this week</source>
        <translation>Diese Woche über dem Wochenlimit</translation>
    </message>
    <message>
        <source>Every engagement is within its estimate and weekly cap.</source>
        <translation>Jeder Einsatz liegt innerhalb seiner Schätzung und seines Wochenlimits.</translation>
    </message>
</context>
<context>
    <name>CalendarSection</name>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Deadlines, interviews (with their place), milestones and follow-ups in your own calendar. internapp only ever changes the events it put there.</source>
        <translation>Fristen, Vorstellungsgespräche (mit Ort), Meilensteine und Nachfassen in Ihrem eigenen Kalender. internapp ändert dort nur die Termine, die es selbst eingetragen hat.</translation>
    </message>
    <message>
        <source>https://cloud.example.org/remote.php/dav/calendars/you/internapp/</source>
        <translation>https://cloud.example.org/remote.php/dav/calendars/sie/internapp/</translation>
    </message>
    <message>
        <source>CalDAV calendar</source>
        <translation>CalDAV-Kalender</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Save and check</source>
        <translation>Speichern und prüfen</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Jetzt veröffentlichen</translation>
    </message>
    <message>
        <source>Stop publishing</source>
        <translation>Nicht mehr veröffentlichen</translation>
    </message>
    <message>
        <source>Choose folder…</source>
        <translation>Ordner wählen …</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>kept in the system keyring</source>
        <translation>im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>kept in the system keyring, never in a file</source>
        <translation>im Schlüsselbund des Systems gespeichert, nie in einer Datei</translation>
    </message>
    <message>
        <source>Calendar file: {path}</source>
        <translation>Kalenderdatei: {path}</translation>
    </message>
    <message>
        <source>Calendar file: none — choose a folder to keep internapp.ics current there for calendar apps to subscribe to.</source>
        <translation>Kalenderdatei: keine – wählen Sie einen Ordner, in dem internapp.ics aktuell gehalten wird, damit Kalender-Apps sie abonnieren können.</translation>
    </message>
    <message>
        <source>{why}. Nothing was changed.</source>
        <translation>{why}. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Calendar checked and saved: {url}</source>
        <translation>Kalender geprüft und gespeichert: {url}</translation>
    </message>
    <message>
        <source>Checking the calendar…</source>
        <translation>Kalender wird geprüft …</translation>
    </message>
    <message>
        <source>Publishing…</source>
        <translation>Wird veröffentlicht …</translation>
    </message>
    <message>
        <source>Published: {c} created, {u} updated, {d} deleted, {n} unchanged.</source>
        <translation>Veröffentlicht: {c} neu, {u} aktualisiert, {d} gelöscht, {n} unverändert.</translation>
    </message>
    <message>
        <source>Calendar file up to date.</source>
        <translation>Kalenderdatei ist aktuell.</translation>
    </message>
    <message>
        <source>The server refused: {events}</source>
        <translation>Vom Server abgelehnt: {events}</translation>
    </message>
    <message>
        <source>No longer publishing; the password was removed from the keyring. The events already in that calendar stay there.</source>
        <translation>Es wird nicht mehr veröffentlicht; das Passwort wurde aus dem Schlüsselbund entfernt. Die Termine, die schon in diesem Kalender stehen, bleiben dort.</translation>
    </message>
    <message>
        <source>Keep internapp.ics in</source>
        <translation>internapp.ics aktuell halten in</translation>
    </message>
    <message>
        <source>internapp.ics is kept current in {folder}.</source>
        <translation>internapp.ics wird in {folder} aktuell gehalten.</translation>
    </message>
</context>
<context>
    <name>CalendarSync</name>
    <message>
        <source>Calendar updated: {c} new, {u} changed, {d} removed</source>
        <translation>Kalender aktualisiert: {c} neu, {u} geändert, {d} entfernt</translation>
    </message>
    <message>
        <source>Calendar not updated: {why}</source>
        <translation>Kalender nicht aktualisiert: {why}</translation>
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
    <name>CareerExportDialog</name>
    <message>
        <source>Export a portfolio</source>
        <translation>Portfolio exportieren</translation>
    </message>
    <message>
        <source>Export a JSON Resume</source>
        <translation>JSON Resume exportieren</translation>
    </message>
    <message>
        <source>Export a credit report</source>
        <translation>Stundennachweis exportieren</translation>
    </message>
    <message>
        <source>Your finished engagements with their hours, résumé lines, deliverables, results and stories. A target role puts what shows its skills first and adds the skill radar.</source>
        <translation>Ihre abgeschlossenen Einsätze mit Stunden, Lebenslaufzeilen, Lieferungen, Ergebnissen und Geschichten. Eine Zielrolle stellt an den Anfang, was ihre Kompetenzen zeigt, und fügt das Kompetenz-Radar hinzu.</translation>
    </message>
    <message>
        <source>A résumé in the JSON Resume format (jsonresume.org) that résumé themes and job sites read.</source>
        <translation>Ein Lebenslauf im Format JSON Resume (jsonresume.org), den Lebenslauf-Vorlagen und Jobportale lesen.</translation>
    </message>
    <message>
        <source>Hours week by week with the notes you logged, for a university or placement office, with lines to sign.</source>
        <translation>Stunden Woche für Woche mit Ihren Notizen, für eine Hochschule oder ein Praktikumsbüro, mit Zeilen zum Unterschreiben.</translation>
    </message>
    <message>
        <source>PDF, A4</source>
        <translation>PDF, A4</translation>
    </message>
    <message>
        <source>PDF, Letter</source>
        <translation>PDF, Letter</translation>
    </message>
    <message>
        <source>HTML page with a folder of files</source>
        <translation>HTML-Seite mit einem Ordner voller Dateien</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>JSON Resume (.json)</source>
        <translation>JSON Resume (.json)</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation>CSV-Tabelle</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>The file to write</source>
        <translation>Die Datei, die geschrieben wird</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>The finished ones are ticked; tick any other</source>
        <translation>Die abgeschlossenen sind angehakt; haken Sie weitere an</translation>
    </message>
    <message>
        <source>No engagements yet. Add one with “New engagement”, or accept an offer on the Applications screen; it appears here, ticked once it is finished.</source>
        <translation>Noch keine Einsätze. Legen Sie einen mit „Neuer Einsatz“ an, oder nehmen Sie ein Angebot auf der Seite „Bewerbungen“ an; er erscheint hier, angehakt, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>No engagements yet, so no hours to report. Add one with “New engagement”, or accept an offer on the Applications screen, and log its hours.</source>
        <translation>Noch keine Einsätze, also keine Stunden für einen Bericht. Legen Sie einen mit „Neuer Einsatz“ an, oder nehmen Sie ein Angebot auf der Seite „Bewerbungen“ an, und erfassen Sie seine Stunden.</translation>
    </message>
    <message>
        <source>Tick at least one engagement to export.</source>
        <translation>Haken Sie mindestens einen Einsatz an, um zu exportieren.</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>None (your order, no radar)</source>
        <translation>Keine (Ihre Reihenfolge, kein Radar)</translation>
    </message>
    <message>
        <source>Target role</source>
        <translation>Zielrolle</translation>
    </message>
    <message>
        <source>Include contact details</source>
        <translation>Kontaktdaten aufnehmen</translation>
    </message>
    <message>
        <source>Your phone number, and the e-mail of supervisors who agreed to be a reference. Left out unless ticked.</source>
        <translation>Ihre Telefonnummer und die E-Mail-Adresse von Betreuern, die als Referenz zugestimmt haben. Ohne Haken weggelassen.</translation>
    </message>
    <message>
        <source>One engagement</source>
        <translation>Ein Einsatz</translation>
    </message>
    <message>
        <source>Every engagement in a period</source>
        <translation>Alle Einsätze eines Zeitraums</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of {total} ticked</source>
        <translation>
            <numerusform>%Ln von {total} angehakt</numerusform>
            <numerusform>%Ln von {total} angehakt</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Beginne…</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>and its files in {folder}</source>
        <translation>und die zugehörigen Dateien in {folder}</translation>
    </message>
    <message>
        <source>The export failed: {error}</source>
        <translation>Der Export ist fehlgeschlagen: {error}</translation>
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
    <name>Charts</name>
    <message>
        <source>Target: {role}</source>
        <translation>Ziel: {role}</translation>
    </message>
    <message>
        <source>You now</source>
        <translation>Sie jetzt</translation>
    </message>
    <message>
        <source>Skills against {role}</source>
        <translation>Kompetenzen gegenüber {role}</translation>
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
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>{logged} of {estimate}</source>
        <translation>{logged} von {estimate}</translation>
    </message>
    <message>
        <source>hours / week</source>
        <translation>Stunden / Woche</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Weekly caps</source>
        <translation>Wochenlimits</translation>
    </message>
    <message>
        <source>Over-asked week</source>
        <translation>Überlastete Woche</translation>
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
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Sync-Konflikte</translation>
    </message>
    <message>
        <source>When the same field was changed on two devices, the later change was kept and the other is listed here: use it instead, or keep what is there. Overlapping time entries are settled by changing or deleting one of them on the Time screen.</source>
        <translation>Wurde dasselbe Feld auf zwei Geräten geändert, gilt die spätere Änderung; die andere steht hier: Übernehmen Sie sie stattdessen oder behalten Sie, was da ist. Überlappende Zeiteinträge klären Sie, indem Sie einen davon im Bereich Zeit ändern oder löschen.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>In the record now</source>
        <translation>Jetzt im Eintrag</translation>
    </message>
    <message>
        <source>Other value</source>
        <translation>Anderer Wert</translation>
    </message>
    <message>
        <source>No conflicts: every change from your devices merged cleanly.</source>
        <translation>Keine Konflikte: Alle Änderungen Ihrer Geräte wurden sauber zusammengeführt.</translation>
    </message>
    <message>
        <source>Use the other value</source>
        <translation>Anderen Wert übernehmen</translation>
    </message>
    <message>
        <source>Keep what is there</source>
        <translation>Behalten, was da ist</translation>
    </message>
    <message>
        <source>Show on the Time screen</source>
        <translation>Im Bereich Zeit zeigen</translation>
    </message>
    <message>
        <source>Changed on two devices</source>
        <translation>Auf zwei Geräten geändert</translation>
    </message>
    <message>
        <source>Edited and deleted</source>
        <translation>Bearbeitet und gelöscht</translation>
    </message>
    <message>
        <source>Overlapping time entries</source>
        <translation>Überlappende Zeiteinträge</translation>
    </message>
    <message>
        <source>Duplicate engagement name</source>
        <translation>Doppelter Auftragsname</translation>
    </message>
    <message>
        <source>Created on two devices</source>
        <translation>Auf zwei Geräten angelegt</translation>
    </message>
    <message>
        <source>Removed with its parent</source>
        <translation>Mit dem übergeordneten Eintrag entfernt</translation>
    </message>
    <message>
        <source>Kept although deleted elsewhere</source>
        <translation>Behalten, obwohl anderswo gelöscht</translation>
    </message>
    <message>
        <source>Timers on two devices</source>
        <translation>Timer auf zwei Geräten</translation>
    </message>
    <message>
        <source>Same number on two devices</source>
        <translation>Gleiche Nummer auf zwei Geräten</translation>
    </message>
    <message>
        <source>The same field was changed on two devices; the later change is in the record.</source>
        <translation>Dasselbe Feld wurde auf zwei Geräten geändert; die spätere Änderung steht im Eintrag.</translation>
    </message>
    <message>
        <source>Deleted on one device while it was edited on another; the deletion stands.</source>
        <translation>Auf einem Gerät gelöscht, während er auf einem anderen bearbeitet wurde; die Löschung bleibt.</translation>
    </message>
    <message>
        <source>Two time entries from different devices overlap: change or delete one of them on the Time screen.</source>
        <translation>Zwei Zeiteinträge von verschiedenen Geräten überlappen sich: Ändern oder löschen Sie einen davon im Bereich Zeit.</translation>
    </message>
    <message>
        <source>Two engagements had the same name; this one was renamed.</source>
        <translation>Zwei Aufträge hatten denselben Namen; dieser wurde umbenannt.</translation>
    </message>
    <message>
        <source>The same record was created on two devices; they became one.</source>
        <translation>Derselbe Eintrag wurde auf zwei Geräten angelegt; daraus wurde einer.</translation>
    </message>
    <message>
        <source>Removed because the record it belonged to was deleted on another device.</source>
        <translation>Entfernt, weil der Eintrag, zu dem er gehörte, auf einem anderen Gerät gelöscht wurde.</translation>
    </message>
    <message>
        <source>Deleted on another device but still used here, so it was kept.</source>
        <translation>Auf einem anderen Gerät gelöscht, hier aber noch verwendet – daher behalten.</translation>
    </message>
    <message>
        <source>Timers ran on two devices at once; the earlier one was stopped.</source>
        <translation>Auf zwei Geräten liefen gleichzeitig Timer; der frühere wurde gestoppt.</translation>
    </message>
    <message>
        <source>Two records got the same number on two devices; both are kept, and the later one has a new number.</source>
        <translation>Zwei Einträge bekamen auf zwei Geräten dieselbe Nummer; beide bleiben erhalten, der spätere hat eine neue Nummer.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>{engagement}: {when}</source>
        <translation>{engagement}: {when}</translation>
    </message>
    <message>
        <source>In the record now: {value}</source>
        <translation>Jetzt im Eintrag: {value}</translation>
    </message>
    <message>
        <source>Other value: {value}</source>
        <translation>Anderer Wert: {value}</translation>
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
    <name>ContactPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>As shown everywhere</source>
        <translation>So, wie er überall angezeigt wird</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Dr., Prof.…</source>
        <translation>Dr., Prof.…</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Suffix</translation>
    </message>
    <message>
        <source>PhD, Jr.…</source>
        <translation>PhD, Jr.…</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
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
        <source>Separate several with commas</source>
        <translation>Mehrere mit Kommas trennen</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Kennengelernt</translation>
    </message>
    <message>
        <source>Career fair, project kickoff…</source>
        <translation>Karrieremesse, Projektauftakt…</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>mentor, recruiter…</source>
        <translation>Mentor, Recruiter…</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>YYYY-MM-DD, or --MM-DD without the year</source>
        <translation>JJJJ-MM-TT, oder --MM-TT ohne das Jahr</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Vernetzt am</translation>
    </message>
    <message>
        <source>←  All contacts</source>
        <translation>←  Alle Kontakte</translation>
    </message>
    <message>
        <source>Log interaction</source>
        <translation>Kontaktaufnahme festhalten</translation>
    </message>
    <message>
        <source>Export this contact…</source>
        <translation>Diesen Kontakt exportieren…</translation>
    </message>
    <message>
        <source>Delete contact…</source>
        <translation>Kontakt löschen…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>From its tags</source>
        <translation>Aus den Schlagwörtern</translation>
    </message>
    <message>
        <source>Keep in touch every</source>
        <translation>Kontakt alle</translation>
    </message>
    <message>
        <source>Anything worth remembering</source>
        <translation>Alles, was man sich merken sollte</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Choose photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>No interactions yet. Log the first one — an email, a call, a coffee — and the keep-in-touch rhythm starts from it.</source>
        <translation>Noch keine Kontaktaufnahmen. Halten Sie die erste fest – eine E-Mail, einen Anruf, einen Kaffee –, und der Kontaktrhythmus beginnt mit ihr.</translation>
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
        <source>No title or organization yet</source>
        <translation>Noch keine Position oder Organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln Kontaktaufnahme</numerusform>
            <numerusform>%Ln Kontaktaufnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last contacted {when} ({date})</source>
        <translation>Letzter Kontakt {when} ({date})</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>Nie kontaktiert</translation>
    </message>
    <message>
        <source>overdue since {date}</source>
        <translation>überfällig seit {date}</translation>
    </message>
    <message>
        <source>next {when} ({date})</source>
        <translation>fällig {when} ({date})</translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n days (tag default): {state}</source>
        <translation>
            <numerusform>Kontaktrhythmus %n Tag (Vorgabe des Schlagworts): {state}</numerusform>
            <numerusform>Kontaktrhythmus %n Tage (Vorgabe des Schlagworts): {state}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n days: {state}</source>
        <translation>
            <numerusform>Kontaktrhythmus %n Tag: {state}</numerusform>
            <numerusform>Kontaktrhythmus %n Tage: {state}</numerusform>
        </translation>
    </message>
    <message>
        <source>no keep-in-touch rhythm</source>
        <translation>kein Kontaktrhythmus</translation>
    </message>
    <message>
        <source>photo: not a JPEG, PNG, GIF, BMP or WebP image</source>
        <translation>Foto: kein JPEG-, PNG-, GIF-, BMP- oder WebP-Bild</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.gif *.bmp *.webp)</translation>
    </message>
    <message>
        <source>Delete this interaction?</source>
        <translation>Diese Kontaktaufnahme löschen?</translation>
    </message>
    <message>
        <source>Delete {name} completely?</source>
        <translation>{name} vollständig löschen?</translation>
    </message>
    <message>
        <source>Their details, every interaction and every link go, and nothing of them stays in search. Export the contact first to keep a copy.</source>
        <translation>Die Angaben, jede Kontaktaufnahme und jede Verknüpfung werden gelöscht, und nichts davon bleibt in der Suche. Exportieren Sie den Kontakt vorher, um eine Kopie zu behalten.</translation>
    </message>
    <message>
        <source>Export this contact to a folder</source>
        <translation>Diesen Kontakt in einen Ordner exportieren</translation>
    </message>
    <message>
        <source>Exported to {folder}: {first} and {second}</source>
        <translation>Nach {folder} exportiert: {first} und {second}</translation>
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
        <translation>Anlass</translation>
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
    <name>DeliverableDialog</name>
    <message>
        <source>Edit deliverable</source>
        <translation>Lieferung bearbeiten</translation>
    </message>
    <message>
        <source>Add a deliverable</source>
        <translation>Lieferung hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Sales dashboard in Power BI</source>
        <translation>z. B. Vertriebs-Dashboard in Power BI</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keines</translation>
    </message>
    <message>
        <source>Attach files under Documents first</source>
        <translation>Hängen Sie zuerst Dateien unter Dokumente an</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Or a document</source>
        <translation>Oder ein Dokument</translation>
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
    <name>DueWords</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message numerus="yes">
        <source>in %n days · {day}</source>
        <translation>
            <numerusform>in %n Tag · {day}</numerusform>
            <numerusform>in %n Tagen · {day}</numerusform>
        </translation>
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
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <source>Yes — happy to be a reference</source>
        <translation>Ja – gern als Referenz</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
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
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Money: paid and owed</source>
        <translation>Geld: bezahlt und offen</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Ergebnisse der Arbeit</translation>
    </message>
    <message>
        <source>Résumé lines</source>
        <translation>Lebenslaufzeilen</translation>
    </message>
    <message>
        <source>No documents. Attach the brief, what you delivered or the invoice: a copy is kept as attached.</source>
        <translation>Keine Dokumente. Hängen Sie den Auftrag, Ihre Lieferung oder die Rechnung an: Eine Kopie wird so aufbewahrt, wie sie angehängt wurde.</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Delete engagement</source>
        <translation>Einsatz löschen</translation>
    </message>
    <message>
        <source>Status (saved at once)</source>
        <translation>Status (sofort gespeichert)</translation>
    </message>
    <message>
        <source>Time entries →</source>
        <translation>Zeiteinträge →</translation>
    </message>
    <message>
        <source>Log or review the hours on this engagement</source>
        <translation>Die Stunden dieses Einsatzes erfassen oder ansehen</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Parker Dewey, Riipen, Upwork, direct…</source>
        <translation>Parker Dewey, Riipen, Upwork, direkt…</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>hours a week</source>
        <translation>Stunden pro Woche</translation>
    </message>
    <message>
        <source>Not agreed yet</source>
        <translation>Noch nicht vereinbart</translation>
    </message>
    <message>
        <source>A fixed fee</source>
        <translation>Festes Honorar</translation>
    </message>
    <message>
        <source>By the hour</source>
        <translation>Nach Stunden</translation>
    </message>
    <message>
        <source>Per milestone</source>
        <translation>Pro Meilenstein</translation>
    </message>
    <message>
        <source>ISO 4217 code: USD, EUR, GBP…</source>
        <translation>ISO-4217-Code: USD, EUR, GBP…</translation>
    </message>
    <message>
        <source>% a platform keeps, e.g. 10</source>
        <translation>% Plattformanteil, z. B. 10</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
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
        <source>Ended</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Hours estimate</source>
        <translation>Geschätzte Stunden</translation>
    </message>
    <message>
        <source>Weekly cap</source>
        <translation>Wochenlimit</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Platform cut</source>
        <translation>Plattformanteil</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Betreuung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Feedback and notes</source>
        <translation>Rückmeldung und Notizen</translation>
    </message>
    <message>
        <source>What the supervisor said, in their words: the portfolio quotes it where they agreed to be a reference</source>
        <translation>Was die Betreuung gesagt hat, in ihren Worten: das Portfolio zitiert es, wo sie als Referenz zugestimmt hat</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Alles andere</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Keine Organisation</translation>
    </message>
    <message>
        <source>Application →</source>
        <translation>Bewerbung →</translation>
    </message>
    <message>
        <source>The application it came from: {role}</source>
        <translation>Die Bewerbung, aus der er entstand: {role}</translation>
    </message>
    <message>
        <source>No hours estimate yet — set one to see the budget fill up</source>
        <translation>Noch keine Stundenschätzung – legen Sie eine fest, um das Budget sich füllen zu sehen</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Noch niemand</translation>
    </message>
    <message>
        <source>Rate per hour</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>the sum of the milestones&apos; fees</source>
        <translation>die Summe der Meilenstein-Honorare</translation>
    </message>
    <message>
        <source>25.00 an hour</source>
        <translation>25,00 pro Stunde</translation>
    </message>
    <message>
        <source>Marked paid: what was still owed is recorded as received today (see Money).</source>
        <translation>Als bezahlt markiert: Der offene Betrag wird als heute erhalten erfasst (siehe Geld).</translation>
    </message>
    <message>
        <source>Delete {title} with its milestones and time entries? This cannot be undone.</source>
        <translation>{title} mit Meilensteinen und Zeiteinträgen löschen? Das lässt sich nicht rückgängig machen.</translation>
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
    <name>EngagementsTable</name>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
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
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
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
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
</context>
<context>
    <name>EngagementsView</name>
    <message>
        <source>New engagement</source>
        <translation>Neuer Einsatz</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>Your micro-internships, from planned to paid</source>
        <translation>Ihre Micro-Internships, von geplant bis bezahlt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>A portfolio, a JSON Resume or a credit report from your engagements</source>
        <translation>Ein Portfolio, ein JSON Resume oder ein Stundennachweis aus Ihren Einsätzen</translation>
    </message>
    <message>
        <source>Portfolio…</source>
        <translation>Portfolio…</translation>
    </message>
    <message>
        <source>JSON Resume…</source>
        <translation>JSON Resume…</translation>
    </message>
    <message>
        <source>Credit report…</source>
        <translation>Stundennachweis…</translation>
    </message>
    <message>
        <source>Filter by engagement, organization, status or platform…</source>
        <translation>Nach Einsatz, Organisation, Status oder Plattform filtern…</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>No engagements yet</source>
        <translation>Noch keine Einsätze</translation>
    </message>
    <message>
        <source>When an application is accepted it becomes an engagement: its hours budget and weekly cap, fee, milestones, supervisor and feedback live here, with a bar of the hours logged against the estimate.</source>
        <translation>Wird eine Bewerbung angenommen, wird sie zum Einsatz: Stundenbudget und Wochenlimit, Honorar, Meilensteine, Betreuung und Rückmeldung stehen hier, mit einem Balken der erfassten Stunden gegenüber der Schätzung.</translation>
    </message>
    <message>
        <source>Accept an offer on the Applications screen, or add one with “New engagement”.</source>
        <translation>Nehmen Sie ein Angebot auf der Seite „Bewerbungen“ an, oder legen Sie einen mit „Neuer Einsatz“ an.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements</source>
        <translation>
            <numerusform>%Ln Einsatz</numerusform>
            <numerusform>%Ln Einsätze</numerusform>
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
    <name>EntriesTab</name>
    <message>
        <source>Filter by engagement, note or tag…</source>
        <translation>Nach Einsatz, Notiz oder Schlagwort filtern…</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Eintrag hinzufügen</translation>
    </message>
    <message>
        <source>Log time you did not track with the timer (Ctrl+N)</source>
        <translation>Zeit erfassen, die Sie nicht mit dem Timer gemessen haben (Strg+N)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Split…</source>
        <translation>Teilen…</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>All engagements</source>
        <translation>Alle Einsätze</translation>
    </message>
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
    <message>
        <source>Cannot merge these entries</source>
        <translation>Diese Einträge lassen sich nicht zusammenführen</translation>
    </message>
    <message>
        <source>Delete the entry on {engagement} ({total})? This cannot be undone.</source>
        <translation>Den Eintrag zu {engagement} ({total}) löschen? Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries ({total})? This cannot be undone.</source>
        <translation>
            <numerusform>%n Eintrag ({total}) löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Einträge ({total}) löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete time</source>
        <translation>Zeit löschen</translation>
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
    <name>Fields</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Spitzname</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Wie Sie sich kennengelernt haben</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Nachfassen am</translation>
    </message>
    <message>
        <source>Applied on</source>
        <translation>Beworben am</translation>
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
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Geschätzte Stunden</translation>
    </message>
    <message>
        <source>Weekly cap</source>
        <translation>Wochenlimit</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Rückmeldung</translation>
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
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>{date}, {time}</source>
        <translation>{date}, {time}</translation>
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
        <translation>Anlass</translation>
    </message>
</context>
<context>
    <name>IncomeView</name>
    <message>
        <source>Income</source>
        <translation>Einkommen</translation>
    </message>
    <message>
        <source>What your engagements paid, what is still owed, and what to keep for taxes</source>
        <translation>Was Ihre Einsätze eingebracht haben, was noch offen ist und was Sie für Steuern zurücklegen sollten</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Currency of the chart and cards</source>
        <translation>Währung für Diagramm und Karten</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>Year end</source>
        <translation>Jahresabschluss</translation>
    </message>
    <message>
        <source>No money recorded yet</source>
        <translation>Noch kein Geld erfasst</translation>
    </message>
    <message>
        <source>Give an engagement its fee (fixed, by the hour or per milestone) and record what it paid: this screen then shows what you earned and received each month, what is still owed, your invoices and what to keep for taxes.</source>
        <translation>Legen Sie für einen Einsatz das Honorar fest (pauschal, nach Stunden oder pro Meilenstein) und erfassen Sie, was er eingebracht hat: Diese Ansicht zeigt dann, was Sie jeden Monat verdient und erhalten haben, was noch offen ist, Ihre Rechnungen und was Sie für Steuern zurücklegen sollten.</translation>
    </message>
    <message>
        <source>Open an engagement and use its Money section.</source>
        <translation>Öffnen Sie einen Einsatz und nutzen Sie dessen Bereich „Geld“.</translation>
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
    <name>InterviewDialog</name>
    <message>
        <source>Edit interview</source>
        <translation>Vorstellungsgespräch bearbeiten</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Neues Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add interview</source>
        <translation>Gespräch eintragen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>The time zone the interview was arranged in; it is shown in yours too</source>
        <translation>Die Zeitzone, in der das Gespräch vereinbart wurde; es wird auch in Ihrer angezeigt</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>On-site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Take-home</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>An address, a room or a video link</source>
        <translation>Eine Adresse, ein Raum oder ein Videolink</translation>
    </message>
    <message>
        <source>What to prepare: questions, the role, who they are…</source>
        <translation>Was vorzubereiten ist: Fragen, die Stelle, wer die Leute sind …</translation>
    </message>
    <message>
        <source>How it went, what they said, the next step</source>
        <translation>Wie es lief, was gesagt wurde, der nächste Schritt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Mit</translation>
    </message>
    <message>
        <source>Preparation</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>InterviewStoriesSection</name>
    <message>
        <source>Copy to rehearse</source>
        <translation>Zum Üben kopieren</translation>
    </message>
    <message>
        <source>Copy the stories and lines as plain text</source>
        <translation>Die Geschichten und Zeilen als Text kopieren</translation>
    </message>
    <message>
        <source>Note the skills this role asks for (above) to see the stories and résumé lines that show them.</source>
        <translation>Notieren Sie (oben) die Kompetenzen, die diese Stelle verlangt, um die Geschichten und Lebenslaufzeilen zu sehen, die sie zeigen.</translation>
    </message>
    <message>
        <source>No story or résumé line shows these skills yet. Add a STAR story to an engagement that practised them.</source>
        <translation>Noch keine Geschichte und keine Lebenslaufzeile zeigt diese Kompetenzen. Fügen Sie einem Einsatz, der sie geübt hat, eine STAR-Geschichte hinzu.</translation>
    </message>
    <message>
        <source>What shows the skills this role asks for, strongest first: rehearse the stories out loud.</source>
        <translation>Was die verlangten Kompetenzen zeigt, das Stärkste zuerst: üben Sie die Geschichten laut.</translation>
    </message>
    <message>
        <source>Nothing shows {skills} yet.</source>
        <translation>Noch nichts zeigt {skills}.</translation>
    </message>
    <message>
        <source>shows {skills}</source>
        <translation>zeigt {skills}</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Copied the stories to the clipboard.</source>
        <translation>Die Geschichten sind in der Zwischenablage.</translation>
    </message>
</context>
<context>
    <name>InterviewsSection</name>
    <message>
        <source>No interview yet. Add one when it is arranged — or import the invitation (.ics) from the e-mail with internapp import ics — to be reminded the day before and an hour before.</source>
        <translation>Noch kein Vorstellungsgespräch. Tragen Sie es ein, sobald es vereinbart ist – oder importieren Sie die Einladung (.ics) aus der E-Mail mit internapp import ics –, um am Vortag und eine Stunde vorher erinnert zu werden.</translation>
    </message>
    <message>
        <source>Add interview…</source>
        <translation>Gespräch eintragen …</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>Cancel interview</source>
        <translation>Gespräch absagen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source> ({zone}; {time} yours)</source>
        <translation> ({zone}; bei Ihnen {time})</translation>
    </message>
    <message>
        <source>Phone interview</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Videointerview</translation>
    </message>
    <message>
        <source>On-site interview</source>
        <translation>Gespräch vor Ort</translation>
    </message>
    <message>
        <source>Take-home interview</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Vorstellungsgespräch</translation>
    </message>
    <message>
        <source>Cancelled: {what}</source>
        <translation>Abgesagt: {what}</translation>
    </message>
    <message>
        <source>with {names}</source>
        <translation>mit {names}</translation>
    </message>
    <message>
        <source>Delete interview</source>
        <translation>Gespräch löschen</translation>
    </message>
    <message>
        <source>Delete this interview for good? To keep it in the record, cancel it instead.</source>
        <translation>Dieses Gespräch endgültig löschen? Um es in der Bewerbung zu behalten, sagen Sie es stattdessen ab.</translation>
    </message>
    <message>
        <source>Take back the cancellation</source>
        <translation>Absage zurücknehmen</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <source>New invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Entwurf erstellen</translation>
    </message>
    <message>
        <source>What is not invoiced yet</source>
        <translation>Noch nicht in Rechnung gestellt</translation>
    </message>
    <message>
        <source>Milestone: {title}</source>
        <translation>Meilenstein: {title}</translation>
    </message>
    <message>
        <source>The next number of your numbering (Income → Invoices); type another if you keep your own. A number is never used twice.</source>
        <translation>Die nächste Nummer Ihres Nummernkreises (Einkommen → Rechnungen); geben Sie eine andere ein, wenn Sie eigene Nummern führen. Eine Nummer wird nie zweimal vergeben.</translation>
    </message>
    <message>
        <source>Bank details, a purchase order number…</source>
        <translation>Bankverbindung, Bestellnummer…</translation>
    </message>
    <message>
        <source>Invoice for</source>
        <translation>Rechnung für</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Fällig nach (Tagen)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <source>No invoice yet. Open an engagement and choose “New invoice…” in its Money section.</source>
        <translation>Noch keine Rechnung. Öffnen Sie einen Einsatz und wählen Sie im Bereich „Geld“ „Neue Rechnung…“.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Invoice numbers</source>
        <translation>Rechnungsnummern</translation>
    </message>
    <message>
        <source>Your numbering</source>
        <translation>Ihr Nummernkreis</translation>
    </message>
    <message>
        <source>{year} becomes the invoice&apos;s year</source>
        <translation>{year} wird zum Jahr der Rechnung</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Digits</source>
        <translation>Stellen</translation>
    </message>
    <message>
        <source>Next number</source>
        <translation>Nächste Nummer</translation>
    </message>
    <message>
        <source>Due after (days)</source>
        <translation>Fällig nach (Tagen)</translation>
    </message>
    <message>
        <source>Save numbering</source>
        <translation>Nummernkreis speichern</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versendet</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>deleted draft</source>
        <translation>gelöschter Entwurf</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>nicht verwendet</translation>
    </message>
    <message>
        <source>next: {number}</source>
        <translation>nächste: {number}</translation>
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
    <message>
        <source>Phone interview</source>
        <translation>Telefoninterview</translation>
    </message>
    <message>
        <source>Video interview</source>
        <translation>Videointerview</translation>
    </message>
    <message>
        <source>On-site interview</source>
        <translation>Gespräch vor Ort</translation>
    </message>
    <message>
        <source>Take-home interview</source>
        <translation>Hausaufgabe</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Vorstellungsgespräch</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>There is no screen called {screen}.</source>
        <translation>Es gibt keinen Bereich namens {screen}.</translation>
    </message>
    <message>
        <source>{record} is not a record id.</source>
        <translation>{record} ist keine Datensatz-ID.</translation>
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
        <source>{screen} (Ctrl+{number})</source>
        <translation>{screen} (Strg+{number})</translation>
    </message>
    <message>
        <source>v{version} · offline</source>
        <translation>v{version} · offline</translation>
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
    <name>Markers</name>
    <message>
        <source>Follow up: {role}</source>
        <translation>Nachfassen: {role}</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Nachfassen bei {name}</translation>
    </message>
    <message>
        <source>{kind}: {role}</source>
        <translation>{kind}: {role}</translation>
    </message>
    <message>
        <source>Hand in: {title}</source>
        <translation>Abgabe: {title}</translation>
    </message>
    <message>
        <source>Payment: {engagement}</source>
        <translation>Zahlung: {engagement}</translation>
    </message>
    <message>
        <source>Engagement due</source>
        <translation>Einsatz fällig</translation>
    </message>
    <message>
        <source>{amount} from {payer}</source>
        <translation>{amount} von {payer}</translation>
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
    <name>MilestonesSection</name>
    <message>
        <source>done {day}</source>
        <translation>erledigt {day}</translation>
    </message>
    <message>
        <source>was due {day}</source>
        <translation>war fällig {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>fällig {day}</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>The selected milestone&apos;s fee: Enter saves it</source>
        <translation>Honorar des ausgewählten Meilensteins: Eingabe speichert es</translation>
    </message>
    <message>
        <source>Set fee</source>
        <translation>Honorar festlegen</translation>
    </message>
    <message>
        <source>New milestone, e.g. First draft</source>
        <translation>Neuer Meilenstein, z. B. Erster Entwurf</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>{done} of {count} done</source>
        <translation>{done} von {count} erledigt</translation>
    </message>
    <message>
        <source>No milestones yet: split the work into steps you can tick off.</source>
        <translation>Noch keine Meilensteine: Teilen Sie die Arbeit in Schritte, die Sie abhaken können.</translation>
    </message>
    <message>
        <source>Select a milestone to give it a fee</source>
        <translation>Wählen Sie einen Meilenstein aus, um ihm ein Honorar zu geben</translation>
    </message>
</context>
<context>
    <name>MoneySection</name>
    <message>
        <source>Share of the fee received</source>
        <translation>Erhaltener Anteil des Honorars</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Add payment…</source>
        <translation>Zahlung hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Received today</source>
        <translation>Heute erhalten</translation>
    </message>
    <message>
        <source>Mark the selected expected payment received</source>
        <translation>Die ausgewählte erwartete Zahlung als erhalten markieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <source>No invoice yet. A new invoice is a numbered draft; issuing it writes the PDF, kept as sent.</source>
        <translation>Noch keine Rechnung. Eine neue Rechnung ist ein nummerierter Entwurf; beim Ausstellen wird das PDF erzeugt und als versendet aufbewahrt.</translation>
    </message>
    <message>
        <source>New invoice…</source>
        <translation>Neue Rechnung…</translation>
    </message>
    <message>
        <source>Issue PDF</source>
        <translation>PDF ausstellen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Save copy…</source>
        <translation>Kopie speichern…</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <source>A sent invoice never changes: this makes a new, numbered invoice that corrects it</source>
        <translation>Eine versendete Rechnung ändert sich nie: Dies erstellt eine neue, nummerierte Rechnung, die sie korrigiert</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <source>Its number stays used and is listed as a deleted draft</source>
        <translation>Seine Nummer bleibt vergeben und wird als gelöschter Entwurf geführt</translation>
    </message>
    <message>
        <source>No fee set yet — set the fee, the hourly rate or milestone fees above. Received so far: {received}.</source>
        <translation>Noch kein Honorar festgelegt – legen Sie oben das Honorar, den Stundensatz oder die Meilenstein-Honorare fest. Bisher erhalten: {received}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{received}&lt;/b&gt; received of {fee}</source>
        <translation>&lt;b&gt;{received}&lt;/b&gt; von {fee} erhalten</translation>
    </message>
    <message>
        <source>paid in full on {day}</source>
        <translation>am {day} vollständig bezahlt</translation>
    </message>
    <message>
        <source>{owed} owed</source>
        <translation>{owed} offen</translation>
    </message>
    <message>
        <source>{amount} overdue</source>
        <translation>{amount} überfällig</translation>
    </message>
    <message>
        <source>{amount} withheld by the platform</source>
        <translation>{amount} von der Plattform einbehalten</translation>
    </message>
    <message>
        <source>received {day}</source>
        <translation>erhalten am {day}</translation>
    </message>
    <message>
        <source>expected {day} — overdue</source>
        <translation>erwartet am {day} – überfällig</translation>
    </message>
    <message>
        <source>expected {day}</source>
        <translation>erwartet am {day}</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>versendet</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>korrigiert</translation>
    </message>
    <message>
        <source>deleted draft</source>
        <translation>gelöschter Entwurf</translation>
    </message>
    <message>
        <source>Invoice {number} issued: its PDF is kept as sent.</source>
        <translation>Rechnung {number} ausgestellt: Ihr PDF wird als versendet aufbewahrt.</translation>
    </message>
    <message>
        <source>A corrected draft replaces {number} once you issue it.</source>
        <translation>Ein korrigierter Entwurf ersetzt {number}, sobald Sie ihn ausstellen.</translation>
    </message>
    <message>
        <source>Draft {number} deleted; its number stays used.</source>
        <translation>Entwurf {number} gelöscht; seine Nummer bleibt vergeben.</translation>
    </message>
    <message>
        <source>Save a copy of the invoice</source>
        <translation>Eine Kopie der Rechnung speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved a copy to {path}</source>
        <translation>Kopie unter {path} gespeichert</translation>
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
    <name>NotificationsSection</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>What internapp reminds you of, and how long before. Reminders arrive as desktop notifications; a click opens the record.</source>
        <translation>Woran internapp Sie erinnert und wie lange vorher. Erinnerungen kommen als Desktop-Benachrichtigungen; ein Klick öffnet den Eintrag.</translation>
    </message>
    <message>
        <source>Desktop notifications are unavailable here: {why}</source>
        <translation>Desktop-Benachrichtigungen sind hier nicht verfügbar: {why}</translation>
    </message>
    <message>
        <source>Desktop notifications: ready.</source>
        <translation>Desktop-Benachrichtigungen: bereit.</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>am Tag selbst</translation>
    </message>
    <message>
        <source> day before</source>
        <translation> Tag vorher</translation>
    </message>
    <message>
        <source> days before</source>
        <translation> Tage vorher</translation>
    </message>
    <message>
        <source> min before</source>
        <translation> Min. vorher</translation>
    </message>
    <message>
        <source>{kind}: how long before</source>
        <translation>{kind}: wie lange vorher</translation>
    </message>
    <message>
        <source>Quiet hours from</source>
        <translation>Ruhezeit von</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Beginn der Ruhezeit</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Ende der Ruhezeit</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Remind of dates at</source>
        <translation>An Termine erinnern um</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>No reply after</source>
        <translation>Keine Antwort nach</translation>
    </message>
    <message>
        <source> h</source>
        <translation> Std.</translation>
    </message>
    <message>
        <source>A timer is forgotten after</source>
        <translation>Ein Timer gilt als vergessen nach</translation>
    </message>
    <message>
        <source> min idle</source>
        <translation> Min. Untätigkeit</translation>
    </message>
    <message>
        <source>A timer is forgotten after this long idle</source>
        <translation>Ein Timer gilt als vergessen nach so langer Untätigkeit</translation>
    </message>
    <message>
        <source>…or after</source>
        <translation>… oder nach</translation>
    </message>
    <message>
        <source>Keep reminding me while internapp is closed (starts a small helper when I log in)</source>
        <translation>Auch erinnern, wenn internapp geschlossen ist (startet beim Anmelden ein kleines Hilfsprogramm)</translation>
    </message>
    <message>
        <source>Save reminders</source>
        <translation>Erinnerungen speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Application deadlines</source>
        <translation>Bewerbungsfristen</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>Interviews, the day before</source>
        <translation>Vorstellungsgespräche, am Vortag</translation>
    </message>
    <message>
        <source>Interviews, shortly before</source>
        <translation>Vorstellungsgespräche, kurz vorher</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>In Kontakt bleiben</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>Meilensteine</translation>
    </message>
    <message>
        <source>Hand-in dates</source>
        <translation>Abgabetermine</translation>
    </message>
    <message>
        <source>Budgets at 80 % and 100 %</source>
        <translation>Budgets bei 80 % und 100 %</translation>
    </message>
    <message>
        <source>Weekly caps</source>
        <translation>Wochenobergrenzen</translation>
    </message>
    <message>
        <source>Forgotten timer</source>
        <translation>Vergessener Timer</translation>
    </message>
    <message>
        <source>Payments due</source>
        <translation>Fällige Zahlungen</translation>
    </message>
    <message>
        <source>after the days set below</source>
        <translation>nach den unten eingestellten Tagen</translation>
    </message>
    <message>
        <source>after the length set below, at midnight or when idle</source>
        <translation>nach der unten eingestellten Dauer, um Mitternacht oder bei Untätigkeit</translation>
    </message>
    <message>
        <source>when it happens</source>
        <translation>wenn es eintritt</translation>
    </message>
    <message>
        <source>Saved. Reminders follow these settings from now on.</source>
        <translation>Gespeichert. Erinnerungen folgen ab jetzt diesen Einstellungen.</translation>
    </message>
    <message>
        <source>The login item could not be changed: {why}</source>
        <translation>Der Autostart-Eintrag konnte nicht geändert werden: {why}</translation>
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
    <name>OrderedList</name>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
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
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>OutcomesSection</name>
    <message>
        <source>Nothing yet: add what you handed over, with a link or an attached file.</source>
        <translation>Noch nichts: tragen Sie ein, was Sie übergeben haben, mit Link oder angehängter Datei.</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Nothing yet: what changed because of your work? A number helps (“cut report time from 3 h to 20 min”).</source>
        <translation>Noch nichts: was hat sich durch Ihre Arbeit geändert? Eine Zahl hilft („Berichtszeit von 3 h auf 20 min gesenkt“).</translation>
    </message>
    <message>
        <source>No stories yet: one Situation–Task–Action–Result story per engagement gives you something to tell in interviews.</source>
        <translation>Noch keine Geschichten: eine Situation–Aufgabe–Handlung–Ergebnis-Geschichte je Einsatz gibt Ihnen etwas für Vorstellungsgespräche.</translation>
    </message>
    <message>
        <source>Deliverables</source>
        <translation>Lieferungen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Interview stories (STAR)</source>
        <translation>Geschichten fürs Gespräch (STAR)</translation>
    </message>
    <message>
        <source>{title}  ·  {site}</source>
        <translation>{title}  ·  {site}</translation>
    </message>
    <message>
        <source>{title}  ·  file {name}</source>
        <translation>{title}  ·  Datei {name}</translation>
    </message>
    <message>
        <source>Remove “{what}”?</source>
        <translation>„{what}“ entfernen?</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Received</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>Keep for taxes</source>
        <translation>Für Steuern zurücklegen</translation>
    </message>
    <message>
        <source>Income chart: earned and received by month</source>
        <translation>Einkommensdiagramm: verdient und erhalten pro Monat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
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
        <source>Export chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Einbehalten</translation>
    </message>
    <message>
        <source>Rate / h</source>
        <translation>Satz / h</translation>
    </message>
    <message>
        <source>Estimate / h</source>
        <translation>Schätzung / h</translation>
    </message>
    <message>
        <source>Effective hourly rate per engagement</source>
        <translation>Effektiver Stundensatz pro Einsatz</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Honorar</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Of estimate</source>
        <translation>Anteil der Schätzung</translation>
    </message>
    <message>
        <source>Earned: a fixed fee when delivered, hours × rate when logged, a milestone&apos;s fee when done. Received: payments by the day they came in. Currencies are never added together; a total in your home currency appears once you enter a rate for each (Year end).</source>
        <translation>Verdient: ein festes Honorar bei Lieferung, Stunden × Satz bei Erfassung, das Honorar eines Meilensteins bei Abschluss. Erhalten: Zahlungen nach dem Tag ihres Eingangs. Währungen werden nie zusammengerechnet; eine Summe in Ihrer Heimatwährung erscheint, sobald Sie für jede einen Kurs eingeben (Jahresabschluss).</translation>
    </message>
    <message>
        <source>All currencies at your rates ({rates}): {received} received, {earned} earned.</source>
        <translation>Alle Währungen zu Ihren Kursen ({rates}): {received} erhalten, {earned} verdient.</translation>
    </message>
    <message>
        <source>in {year}</source>
        <translation>in {year}</translation>
    </message>
    <message>
        <source>also {amounts}</source>
        <translation>außerdem {amounts}</translation>
    </message>
    <message>
        <source>delivered or logged in {year}</source>
        <translation>geliefert oder erfasst in {year}</translation>
    </message>
    <message>
        <source>{amount} overdue</source>
        <translation>{amount} überfällig</translation>
    </message>
    <message>
        <source>nothing overdue</source>
        <translation>nichts überfällig</translation>
    </message>
    <message>
        <source>{percent} % of what you received</source>
        <translation>{percent} % Ihrer Einnahmen</translation>
    </message>
    <message>
        <source>choose a share under Year end</source>
        <translation>Anteil unter Jahresabschluss wählen</translation>
    </message>
    <message>
        <source>Export the income chart</source>
        <translation>Einkommensdiagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>Could not export the chart</source>
        <translation>Das Diagramm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>Received so far</source>
        <translation>Bisher erhalten</translation>
    </message>
    <message>
        <source>per month ({currency})</source>
        <translation>pro Monat ({currency})</translation>
    </message>
    <message>
        <source>so far ({currency})</source>
        <translation>bisher ({currency})</translation>
    </message>
    <message>
        <source>Income {year} in {currency}: {total} received</source>
        <translation>Einkommen {year} in {currency}: {total} erhalten</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <source>Platform payout</source>
        <translation>Plattform-Auszahlung</translation>
    </message>
    <message>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Barzahlung</translation>
    </message>
    <message>
        <source>Edit payment</source>
        <translation>Zahlung bearbeiten</translation>
    </message>
    <message>
        <source>Record a payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <source>Save payment</source>
        <translation>Zahlung speichern</translation>
    </message>
    <message>
        <source>{title} — paid in {currency}</source>
        <translation>{title} — bezahlt in {currency}</translation>
    </message>
    <message>
        <source>e.g. 250.00</source>
        <translation>z. B. 250,00</translation>
    </message>
    <message>
        <source>kept by the platform ({percent} % by default)</source>
        <translation>von der Plattform einbehalten (standardmäßig {percent} %)</translation>
    </message>
    <message>
        <source>what a platform kept, if any</source>
        <translation>was eine Plattform ggf. einbehalten hat</translation>
    </message>
    <message>
        <source>the transfer&apos;s reference</source>
        <translation>Verwendungszweck der Überweisung</translation>
    </message>
    <message>
        <source>who paid, if not the organization</source>
        <translation>wer bezahlt hat, falls nicht die Organisation</translation>
    </message>
    <message>
        <source>The engagement as a whole</source>
        <translation>Der Einsatz als Ganzes</translation>
    </message>
    <message>
        <source>Leave Received empty for a payment still to come: it is overdue once its expected day has passed.</source>
        <translation>Lassen Sie „Erhalten am“ bei einer noch ausstehenden Zahlung leer: Sie ist überfällig, sobald ihr erwarteter Tag verstrichen ist.</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Betrag ({currency})</translation>
    </message>
    <message>
        <source>Expected on</source>
        <translation>Erwartet am</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Erhalten am</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Einbehalten</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Verwendungszweck</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt von</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Owed and this year&apos;s</source>
        <translation>Offene und diesjährige</translation>
    </message>
    <message>
        <source>Still owed</source>
        <translation>Noch offen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt von</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Einbehalten</translation>
    </message>
    <message>
        <source>Keep for taxes</source>
        <translation>Für Steuern zurücklegen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Double-click a payment to open its engagement, where you record, edit and invoice payments.</source>
        <translation>Doppelklicken Sie auf eine Zahlung, um ihren Einsatz zu öffnen; dort erfassen, bearbeiten und berechnen Sie Zahlungen.</translation>
    </message>
    <message>
        <source>received {day}</source>
        <translation>erhalten am {day}</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} Tage überfällig</translation>
    </message>
    <message>
        <source>expected {day}</source>
        <translation>erwartet am {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n Zahlung</numerusform>
            <numerusform>%n Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pdf</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PeoplePicker</name>
    <message>
        <source>Find a contact…</source>
        <translation>Kontakt suchen …</translation>
    </message>
    <message>
        <source>No contacts yet: add the recruiter or interviewer in Contacts to link them here.</source>
        <translation>Noch keine Kontakte: Legen Sie die Recruiterin oder den Interviewer unter Kontakte an, um sie hier zu verknüpfen.</translation>
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
    <name>ProfileSection</name>
    <message>
        <source>Your profile</source>
        <translation>Ihr Profil</translation>
    </message>
    <message>
        <source>Printed on your invoices as the sender, and used by résumé exports. Fill in what you want to appear.</source>
        <translation>Steht auf Ihren Rechnungen als Absender und wird für Lebenslauf-Exporte verwendet. Füllen Sie aus, was erscheinen soll.</translation>
    </message>
    <message>
        <source>Your name as it should print</source>
        <translation>Ihr Name, wie er gedruckt werden soll</translation>
    </message>
    <message>
        <source>A headline, e.g. Data analytics student</source>
        <translation>Eine Überschrift, z. B. Studentin der Datenanalyse</translation>
    </message>
    <message>
        <source>you@example.org</source>
        <translation>sie@example.org</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+49 30 1234567</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Deutschland</translation>
    </message>
    <message>
        <source>PT</source>
        <translation>DE</translation>
    </message>
    <message>
        <source>VAT number, NIF, SSN or EIN…</source>
        <translation>USt-IdNr., Steuernummer…</translation>
    </message>
    <message>
        <source>Street and number
Apartment, floor…</source>
        <translation>Straße und Hausnummer
Wohnung, Stockwerk…</translation>
    </message>
    <message>
        <source>One address per line: LinkedIn, GitHub, a portfolio…</source>
        <translation>Eine Adresse je Zeile: LinkedIn, GitHub, ein Portfolio…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Weitere Links</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal code, city</source>
        <translation>Postleitzahl, Ort</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Tax id</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
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
    <name>ResultDialog</name>
    <message>
        <source>Edit result</source>
        <translation>Ergebnis bearbeiten</translation>
    </message>
    <message>
        <source>Add a result</source>
        <translation>Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>In your words: what changed because of your work?</source>
        <translation>In Ihren Worten: was hat sich durch Ihre Arbeit geändert?</translation>
    </message>
    <message>
        <source>optional: −89 %, 3 h → 20 min, 120 users</source>
        <translation>optional: −89 %, 3 h → 20 min, 120 Nutzer</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
</context>
<context>
    <name>ResumeLinesSection</name>
    <message>
        <source>None kept yet: the portfolio shows the suggestions below until you keep some.</source>
        <translation>Noch keine übernommen: das Portfolio zeigt die Vorschläge unten, bis Sie welche übernehmen.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Alle kopieren</translation>
    </message>
    <message>
        <source>Copy the lines the portfolio shows, one bullet a line, to paste into a résumé</source>
        <translation>Die Zeilen des Portfolios kopieren, ein Aufzählungspunkt je Zeile, zum Einfügen in einen Lebenslauf</translation>
    </message>
    <message>
        <source>Suggested from what this engagement recorded</source>
        <translation>Vorgeschlagen aus dem, was dieser Einsatz festhält</translation>
    </message>
    <message>
        <source>Every suggestion is kept.</source>
        <translation>Alle Vorschläge sind übernommen.</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Keep the chosen suggestion (then edit it if you like)</source>
        <translation>Den gewählten Vorschlag übernehmen (und danach nach Belieben bearbeiten)</translation>
    </message>
    <message>
        <source>Keep all</source>
        <translation>Alle übernehmen</translation>
    </message>
    <message>
        <source>A line of your own, in the past tense</source>
        <translation>Eine eigene Zeile, in der Vergangenheitsform</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Double-click to edit</source>
        <translation>Doppelklick zum Bearbeiten</translation>
    </message>
    <message>
        <source>Says what is missing: add it to the engagement, and the suggestion fills in</source>
        <translation>Sagt, was fehlt: tragen Sie es beim Einsatz ein, dann füllt sich der Vorschlag</translation>
    </message>
    <message>
        <source>Kept lines are what the portfolio and the JSON Resume use, in this order.</source>
        <translation>Übernommene Zeilen verwenden das Portfolio und das JSON Resume, in dieser Reihenfolge.</translation>
    </message>
    <message>
        <source>Keep the suggestions you like, edit them, or add your own: until you keep one, the portfolio uses every suggestion.</source>
        <translation>Übernehmen Sie die Vorschläge, die Ihnen gefallen, bearbeiten Sie sie oder fügen Sie eigene hinzu: bis Sie einen übernehmen, verwendet das Portfolio alle Vorschläge.</translation>
    </message>
    <message>
        <source>This engagement is not finished yet: its lines will change with it.</source>
        <translation>Dieser Einsatz ist noch nicht abgeschlossen: seine Zeilen ändern sich mit ihm.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>%n Zeile ist in der Zwischenablage.</numerusform>
            <numerusform>%n Zeilen sind in der Zwischenablage.</numerusform>
        </translation>
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
    <name>Screens</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Bewerbungen</translation>
    </message>
    <message>
        <source>Engagements</source>
        <translation>Einsätze</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Einkommen</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
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
    <name>SettingsView</name>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Appearance, your profile, your data, backups and sync</source>
        <translation>Aussehen, Ihr Profil, Ihre Daten, Sicherungen und Abgleich</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aussehen</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Stored in the system keyring</source>
        <translation>Im Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Unavailable: {reason}</source>
        <translation>Nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>This file is the working copy on this computer; Sync (below) keeps it in step with your other computers.</source>
        <translation>Diese Datei ist die Arbeitskopie auf diesem Computer; die Synchronisierung (unten) hält sie mit Ihren anderen Computern auf demselben Stand.</translation>
    </message>
    <message>
        <source>Everything stays on this computer. To move to another machine, quit internapp and copy the data folder, or set up Sync below.</source>
        <translation>Alles bleibt auf diesem Computer. Um auf einen anderen Rechner umzuziehen, beenden Sie internapp und kopieren den Datenordner – oder richten unten die Synchronisierung ein.</translation>
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
        <translation>Stellen, die die Lücken schließen</translation>
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
    <name>StoryDialog</name>
    <message>
        <source>Edit story</source>
        <translation>Geschichte bearbeiten</translation>
    </message>
    <message>
        <source>Add an interview story</source>
        <translation>Geschichte fürs Gespräch hinzufügen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>e.g. Automating the weekly report</source>
        <translation>z. B. Den Wochenbericht automatisieren</translation>
    </message>
    <message>
        <source>Where were you, what was going on?</source>
        <translation>Wo waren Sie, was war los?</translation>
    </message>
    <message>
        <source>What had to be done, by you?</source>
        <translation>Was mussten Sie erledigen?</translation>
    </message>
    <message>
        <source>What did you do, step by step?</source>
        <translation>Was haben Sie getan, Schritt für Schritt?</translation>
    </message>
    <message>
        <source>What came of it? A number helps.</source>
        <translation>Was kam dabei heraus? Eine Zahl hilft.</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handlung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The skills this story shows: interview preparation matches them with what an application asks for</source>
        <translation>Die Kompetenzen, die diese Geschichte zeigt: die Gesprächsvorbereitung gleicht sie mit dem ab, was eine Bewerbung verlangt</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Zeigt</translation>
    </message>
</context>
<context>
    <name>SupervisedBox</name>
    <message>
        <source>As supervisor</source>
        <translation>Als Betreuung</translation>
    </message>
    <message>
        <source>Open the engagement</source>
        <translation>Den Einsatz öffnen</translation>
    </message>
    <message>
        <source>Agreed to be a reference</source>
        <translation>Als Referenz zugestimmt</translation>
    </message>
    <message>
        <source>Did not agree to be a reference</source>
        <translation>Nicht als Referenz zugestimmt</translation>
    </message>
    <message>
        <source>Not asked about a reference yet</source>
        <translation>Noch nicht als Referenz gefragt</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>No deliverables, results or feedback recorded yet.</source>
        <translation>Noch keine Lieferungen, Ergebnisse oder Rückmeldungen erfasst.</translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message numerus="yes">
        <source>Synced {time} · conflicts: %n</source>
        <translation>
            <numerusform>Synchronisiert {time} · %n Konflikt</numerusform>
            <numerusform>Synchronisiert {time} · %n Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced {time}</source>
        <translation>Synchronisiert {time}</translation>
    </message>
    <message>
        <source>Sync failed {time}</source>
        <translation>Synchronisierung fehlgeschlagen {time}</translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
    <message>
        <source>Keep this data file in step with your other computers through a PostgreSQL server (your own, or one your university runs). This file stays the working copy and everything works offline; the password is kept in the system keyring only.</source>
        <translation>Halten Sie diese Datendatei über einen PostgreSQL-Server (Ihren eigenen oder den Ihrer Hochschule) mit Ihren anderen Computern abgeglichen. Diese Datei bleibt die Arbeitskopie, alles funktioniert offline; das Passwort liegt nur im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>leave empty if the server needs none</source>
        <translation>leer lassen, wenn der Server keines braucht</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzter Abgleich</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Conflicts…</source>
        <translation>Konflikte…</translation>
    </message>
    <message>
        <source>Forget this server</source>
        <translation>Diesen Server vergessen</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message numerus="yes">
        <source>Conflicts (%n)…</source>
        <translation>
            <numerusform>Konflikte (%n)…</numerusform>
            <numerusform>Konflikte (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes to send: %n</source>
        <translation>
            <numerusform>%n Änderung zu senden</numerusform>
            <numerusform>%n Änderungen zu senden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open conflicts: %n</source>
        <translation>
            <numerusform>%n offener Konflikt</numerusform>
            <numerusform>%n offene Konflikte</numerusform>
        </translation>
    </message>
    <message>
        <source>Not set up. Changes stay on this computer.</source>
        <translation>Nicht eingerichtet. Änderungen bleiben auf diesem Computer.</translation>
    </message>
    <message>
        <source>No system keyring is available ({reason}): the password will be asked for at each sync and stored nowhere.</source>
        <translation>Kein Schlüsselbund des Systems verfügbar ({reason}): Das Passwort wird bei jedem Abgleich abgefragt und nirgends gespeichert.</translation>
    </message>
    <message>
        <source>Syncs with {server} (sslmode={mode})</source>
        <translation>Abgleich mit {server} (sslmode={mode})</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>{when} · sent: {sent} · received: {received}</source>
        <translation>{when} · gesendet: {sent} · empfangen: {received}</translation>
    </message>
    <message>
        <source>{when}, failed: {reason}</source>
        <translation>{when}, fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>Send without encryption?</source>
        <translation>Unverschlüsselt senden?</translation>
    </message>
    <message>
        <source>{host} is not this computer and the URL does not ask for TLS (sslmode=require or verify-full): your password and records would cross the network unencrypted. Connect anyway?</source>
        <translation>{host} ist nicht dieser Computer und die URL verlangt kein TLS (sslmode=require oder verify-full): Ihr Passwort und Ihre Einträge würden unverschlüsselt übertragen. Trotzdem verbinden?</translation>
    </message>
    <message>
        <source>Connected, but the password could not be stored ({reason}); it will be asked for at each sync.</source>
        <translation>Verbunden, aber das Passwort konnte nicht gespeichert werden ({reason}); es wird bei jedem Abgleich abgefragt.</translation>
    </message>
    <message>
        <source>No system keyring is available, so the password is asked for each sync and stored nowhere. Password:</source>
        <translation>Kein Schlüsselbund des Systems verfügbar: Das Passwort wird bei jedem Abgleich abgefragt und nirgends gespeichert. Passwort:</translation>
    </message>
    <message>
        <source>A sync is already running.</source>
        <translation>Ein Abgleich läuft bereits.</translation>
    </message>
    <message>
        <source>Forget this server?</source>
        <translation>Diesen Server vergessen?</translation>
    </message>
    <message>
        <source>internapp will stop syncing and remove the server&apos;s settings and the password from the keyring. Every record stays on this computer; nothing is deleted on the server.</source>
        <translation>internapp beendet den Abgleich und entfernt die Servereinstellungen und das Passwort aus dem Schlüsselbund. Alle Einträge bleiben auf diesem Computer; auf dem Server wird nichts gelöscht.</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Verbindung fehlgeschlagen: {reason}</translation>
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
    <name>TimeEntriesModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Einsatz</translation>
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
        <source>Duration</source>
        <translation>Dauer</translation>
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
        <source> +{days}d</source>
        <translation> +{days} T</translation>
    </message>
    <message>
        <source>● running</source>
        <translation>● läuft</translation>
    </message>
    <message>
        <source>Logged in {zone} (started {time} there)</source>
        <translation>Erfasst in {zone} (dort um {time} begonnen)</translation>
    </message>
    <message>
        <source>Imported from {tool}</source>
        <translation>Importiert aus {tool}</translation>
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
        <source>Toggl Track (detailed CSV)</source>
        <translation>Toggl Track (detaillierte CSV)</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Clockify (detailed CSV)</source>
        <translation>Clockify (detaillierte CSV)</translation>
    </message>
    <message>
        <source>Watson (frames file)</source>
        <translation>Watson (frames-Datei)</translation>
    </message>
    <message>
        <source>Watson frames (frames *.json);;All files (*)</source>
        <translation>Watson-Frames (frames *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Timewarrior (timew export)</source>
        <translation>Timewarrior (timew export)</translation>
    </message>
    <message>
        <source>JSON (*.json);;All files (*)</source>
        <translation>JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import from {name}</source>
        <translation>Aus {name} importieren</translation>
    </message>
    <message>
        <source>From {name}  ·  {folder}</source>
        <translation>Aus {name}  ·  {folder}</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Projects → engagements</source>
        <translation>Projekte → Einsätze</translation>
    </message>
    <message>
        <source>Project in the file</source>
        <translation>Projekt in der Datei</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Goes to</source>
        <translation>Kommt zu</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Why it was not imported</source>
        <translation>Warum sie nicht importiert wurde</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Nothing can be imported from this file. {error}</source>
        <translation>Aus dieser Datei lässt sich nichts importieren. {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries to import</source>
        <translation>
            <numerusform>%Ln Eintrag zu importieren</numerusform>
            <numerusform>%Ln Einträge zu importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>%Ln schon vorhanden</numerusform>
            <numerusform>%Ln schon vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be imported</source>
        <translation>
            <numerusform>%Ln Zeile kann nicht importiert werden</numerusform>
            <numerusform>%Ln Zeilen können nicht importiert werden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>%Ln Eintrag importieren</numerusform>
            <numerusform>%Ln Einträge importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Engagement for {project}</source>
        <translation>Einsatz für {project}</translation>
    </message>
    <message>
        <source>Where the entries of this project go</source>
        <translation>Wohin die Einträge dieses Projekts gehen</translation>
    </message>
    <message>
        <source>A new engagement “{name}”</source>
        <translation>Ein neuer Einsatz „{name}“</translation>
    </message>
    <message>
        <source>Rows that will not be imported ({n})</source>
        <translation>Zeilen, die nicht importiert werden ({n})</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>Nichts wurde importiert: {error}</translation>
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
    <name>TimerToolbar</name>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
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
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Nachfassen</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Needs you</source>
        <translation>Braucht Sie</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation>
            <numerusform>Fällig in %n Tag</numerusform>
            <numerusform>Fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Hours this week</source>
        <translation>Stunden diese Woche</translation>
    </message>
    <message>
        <source>Active engagements</source>
        <translation>Aktive Einsätze</translation>
    </message>
    <message numerus="yes">
        <source>Coming up in the next %n days</source>
        <translation>
            <numerusform>Demnächst am nächsten %n Tag</numerusform>
            <numerusform>Demnächst in den nächsten %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days.</source>
        <translation>
            <numerusform>Am nächsten %n Tag ist nichts fällig.</numerusform>
            <numerusform>In den nächsten %n Tagen ist nichts fällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Still waiting for a reply</source>
        <translation>Wartet noch auf Antwort</translation>
    </message>
    <message>
        <source>No application is waiting.</source>
        <translation>Keine Bewerbung wartet.</translation>
    </message>
    <message>
        <source>Budgets to watch</source>
        <translation>Budgets im Blick</translation>
    </message>
    <message>
        <source>Every running engagement is within its hours and cap.</source>
        <translation>Jeder laufende Einsatz liegt innerhalb seiner Stunden und seines Limits.</translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation>Kontakt verlieren</translation>
    </message>
    <message>
        <source>You are in touch with everyone.</source>
        <translation>Sie sind mit allen in Kontakt.</translation>
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
    <message>
        <source>Open time log</source>
        <translation>Zeiterfassung öffnen</translation>
    </message>
    <message numerus="yes">
        <source>things to act on</source>
        <translation>
            <numerusform>Sache zu erledigen</numerusform>
            <numerusform>Sachen zu erledigen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>none overdue</source>
        <translation>nichts überfällig</translation>
    </message>
    <message>
        <source>logged since Monday</source>
        <translation>erfasst seit Montag</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open applications</source>
        <translation>
            <numerusform>%Ln offene Bewerbung</numerusform>
            <numerusform>%Ln offene Bewerbungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Over</source>
        <translation>Drüber</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Weekly cap</source>
        <translation>Wochenlimit</translation>
    </message>
    <message>
        <source>{used} used</source>
        <translation>{used} verbraucht</translation>
    </message>
    <message>
        <source>{hours} this week of a {cap} cap</source>
        <translation>{hours} diese Woche bei {cap} Limit</translation>
    </message>
    <message>
        <source>over cap</source>
        <translation>über Limit</translation>
    </message>
    <message>
        <source>last {day}</source>
        <translation>zuletzt {day}</translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>nie kontaktiert</translation>
    </message>
    <message>
        <source>Catch up</source>
        <translation>Melden</translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n Tag zu spät</numerusform>
            <numerusform>%n Tage zu spät</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply after %n days or more</source>
        <translation>
            <numerusform>Keine Antwort nach %n Tag oder mehr</numerusform>
            <numerusform>Keine Antwort nach %n Tagen oder mehr</numerusform>
        </translation>
    </message>
    <message>
        <source>No reply</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>{organization} · applied {day}</source>
        <translation>{organization} · beworben am {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in {screen}</source>
        <translation>In {screen} öffnen</translation>
    </message>
    <message>
        <source>●  Timer running — {engagement}</source>
        <translation>●  Timer läuft — {engagement}</translation>
    </message>
    <message>
        <source>{duration} so far, since {time}</source>
        <translation>{duration} bisher, seit {time}</translation>
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
<context>
    <name>YearTab</name>
    <message>
        <source>Paid by</source>
        <translation>Bezahlt von</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Withheld</source>
        <translation>Einbehalten</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Keep for taxes</source>
        <translation>Für Steuern zurücklegen</translation>
    </message>
    <message>
        <source>Year-end totals per payer</source>
        <translation>Jahressummen pro Zahler</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Taxes and currencies</source>
        <translation>Steuern und Währungen</translation>
    </message>
    <message>
        <source>EUR=1.08, GBP=1.27</source>
        <translation>EUR=1.08, GBP=1.27</translation>
    </message>
    <message>
        <source>One unit of each currency in your home currency, as you want it counted (e.g. the rate your tax office publishes for the year)</source>
        <translation>Eine Einheit jeder Währung in Ihrer Heimatwährung, so wie sie angerechnet werden soll (z. B. der Kurs, den Ihr Finanzamt für das Jahr veröffentlicht)</translation>
    </message>
    <message>
        <source>Keep for taxes (%)</source>
        <translation>Für Steuern zurücklegen (%)</translation>
    </message>
    <message>
        <source>Home currency</source>
        <translation>Heimatwährung</translation>
    </message>
    <message>
        <source>Your rates</source>
        <translation>Ihre Kurse</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Payments received in {year}, per payer and currency</source>
        <translation>In {year} erhaltene Zahlungen, pro Zahler und Währung</translation>
    </message>
    <message>
        <source>All payers</source>
        <translation>Alle Zahler</translation>
    </message>
    <message>
        <source>At your rates: {gross} gross, {net} net in {currency}.</source>
        <translation>Zu Ihren Kursen: {gross} brutto, {net} netto in {currency}.</translation>
    </message>
    <message>
        <source>Each currency is totalled on its own; enter your rates below to see one total in your home currency.</source>
        <translation>Jede Währung wird für sich summiert; geben Sie unten Ihre Kurse ein, um eine Gesamtsumme in Ihrer Heimatwährung zu sehen.</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the year-end summary</source>
        <translation>Jahresübersicht exportieren</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>{path} gespeichert</translation>
    </message>
</context>
</TS>
