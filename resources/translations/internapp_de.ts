<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApplicationsView</name>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsList</name>
    <message>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Losing touch</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementDetail</name>
    <message>
        <source>{hours} logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part_of_whole} logged ({share})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — {hours} over budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · weekly cap {hours}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EngagementsView</name>
    <message>
        <source>New engagement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message numerus="yes">
        <source>%Ln entries match</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{entries}  ·  today {today}  ·  this week {week}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <source>&lt; 1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>micro-internships, in one place</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>Applications (CSV or JSON)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from a vCard file (.vcf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts from LinkedIn Connections.csv…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from Toggl Track…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from Clockify…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from Watson…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time from Timewarrior…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All contacts as vCard…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time report as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills radar chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New engagement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New time entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a record to the screen you are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a verified copy of your data file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the filter of the screen you are on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut, on one page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About internapp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Menus and the whole window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time such as 14:00, 1400 or 2pm; ↑ ↓ change it by 5 minutes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeView</name>
    <message>
        <source>New time entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week asks {asked} ({logged} logged, {planned} planned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{asks}; its engagements have no weekly cap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{asks}; the capped ones ask {capped} against {cap} of weekly caps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{asks} against {cap} of weekly caps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n weeks ahead ask more than the caps allow, from {day}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Click a bar or a marker to open it; scroll with the wheel or the bar below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>things to act on</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open applications</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
