<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
