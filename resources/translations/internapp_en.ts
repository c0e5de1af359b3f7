<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApplicationDetail</name>
    <message numerus="yes">
        <source>Sent {date} · no reply for %n days</source>
        <translation>
            <numerusform>Sent {date} · no reply for %n day</numerusform>
            <numerusform>Sent {date} · no reply for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent {date} · %n days ago</source>
        <translation>
            <numerusform>Sent {date} · %n day ago</numerusform>
            <numerusform>Sent {date} · %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsInterchange</name>
    <message numerus="yes">
        <source>Exported %Ln applications with their history to {path}</source>
        <translation>
            <numerusform>Exported %Ln application with their history to {path}</numerusform>
            <numerusform>Exported %Ln applications with their history to {path}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln applications</source>
        <translation>
            <numerusform>Imported %Ln application</numerusform>
            <numerusform>Imported %Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln rows were not imported</source>
        <translation>
            <numerusform>; %Ln row was not imported</numerusform>
            <numerusform>; %Ln rows were not imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApplicationsView</name>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} of %Ln shown</numerusform>
            <numerusform>{shown} of %Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%Ln applications</source>
        <translation>
            <numerusform>%Ln application</numerusform>
            <numerusform>%Ln applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln engagements</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln time entries</source>
        <translation>
            <numerusform>%Ln time entry</numerusform>
            <numerusform>%Ln time entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BackupsSection</name>
    <message numerus="yes">
        <source>%Ln backups in {folder}. internapp makes one every day the window is open, and before every upgrade and import; the last 7 days, 4 weeks and 12 months are kept.</source>
        <translation>
            <numerusform>%Ln backup in {folder}. internapp makes one every day the window is open, and before every upgrade and import; the last 7 days, 4 weeks and 12 months is kept.</numerusform>
            <numerusform>%Ln backups in {folder}. internapp makes one every day the window is open, and before every upgrade and import; the last 7 days, 4 weeks and 12 months are kept.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareerExportDialog</name>
    <message numerus="yes">
        <source>%Ln of {total} ticked</source>
        <translation>
            <numerusform>%Ln of {total} ticked</numerusform>
            <numerusform>%Ln of {total} ticked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n days (tag default): {state}</source>
        <translation>
            <numerusform>keep in touch every %n day (tag default): {state}</numerusform>
            <numerusform>keep in touch every %n days (tag default): {state}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keep in touch every %n days: {state}</source>
        <translation>
            <numerusform>keep in touch every %n day: {state}</numerusform>
            <numerusform>keep in touch every %n days: {state}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactTexts</name>
    <message numerus="yes">
        <source>%Ln days overdue</source>
        <translation>
            <numerusform>%Ln day overdue</numerusform>
            <numerusform>%Ln days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln days</source>
        <translation>
            <numerusform>in %Ln day</numerusform>
            <numerusform>in %Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln days</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsImportDialog</name>
    <message numerus="yes">
        <source>%Ln new contacts to add from {file}</source>
        <translation>
            <numerusform>%Ln new contact to add from {file}</numerusform>
            <numerusform>%Ln new contacts to add from {file}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln are already in your contacts (matched by UID, email or LinkedIn profile)</source>
        <translation>
            <numerusform>%Ln is already in your contacts (matched by UID, email or LinkedIn profile)</numerusform>
            <numerusform>%Ln are already in your contacts (matched by UID, email or LinkedIn profile)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rejected — see why in the last tab</source>
        <translation>
            <numerusform>%Ln rejected — see why in the last tab</numerusform>
            <numerusform>%Ln rejected — see why in the last tab</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contacts</source>
        <translation>
            <numerusform>Import %Ln contact</numerusform>
            <numerusform>Import %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln contacts</source>
        <translation>
            <numerusform>Imported %Ln contact</numerusform>
            <numerusform>Imported %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln were already there</source>
        <translation>
            <numerusform>%Ln was already there</numerusform>
            <numerusform>%Ln were already there</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln could not be read.</source>
        <translation>
            <numerusform>%Ln could not be read.</numerusform>
            <numerusform>%Ln could not be read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsList</name>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} of %Ln shown</numerusform>
            <numerusform>{shown} of %Ln shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsView</name>
    <message numerus="yes">
        <source>Exported %Ln contacts to {path}</source>
        <translation>
            <numerusform>Exported %Ln contact to {path}</numerusform>
            <numerusform>Exported %Ln contacts to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueWords</name>
    <message numerus="yes">
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n day overdue</numerusform>
            <numerusform>%n days overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days · {day}</source>
        <translation>
            <numerusform>in %n day · {day}</numerusform>
            <numerusform>in %n days · {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln interactions</source>
        <translation>
            <numerusform>%Ln interaction</numerusform>
            <numerusform>%Ln interactions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EngagementsView</name>
    <message numerus="yes">
        <source>%Ln engagements</source>
        <translation>
            <numerusform>%Ln engagement</numerusform>
            <numerusform>%Ln engagements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln shown</source>
        <translation>
            <numerusform>{shown} of %Ln shown</numerusform>
            <numerusform>{shown} of %Ln shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EntriesTab</name>
    <message numerus="yes">
        <source>%Ln entries match</source>
        <translation>
            <numerusform>%Ln entry matches</numerusform>
            <numerusform>%Ln entries match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n entries ({total})? This cannot be undone.</source>
        <translation>
            <numerusform>Delete %n entry ({total})? This cannot be undone.</numerusform>
            <numerusform>Delete %n entries ({total})? This cannot be undone.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FunnelView</name>
    <message numerus="yes">
        <source>&lt;b&gt;%Ln&lt;/b&gt; applications · &lt;b&gt;{share}&lt;/b&gt; reached {stage}</source>
        <translation>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; application · &lt;b&gt;{share}&lt;/b&gt; reached {stage}</numerusform>
            <numerusform>&lt;b&gt;%Ln&lt;/b&gt; applications · &lt;b&gt;{share}&lt;/b&gt; reached {stage}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <source>%Ln applications ready to import</source>
        <translation>
            <numerusform>%Ln application ready to import</numerusform>
            <numerusform>%Ln applications ready to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new organizations</source>
        <translation>
            <numerusform>%Ln new organization</numerusform>
            <numerusform>%Ln new organizations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here (skipped)</source>
        <translation>
            <numerusform>%Ln already here (skipped)</numerusform>
            <numerusform>%Ln already here (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be imported</source>
        <translation>
            <numerusform>%Ln row cannot be imported</numerusform>
            <numerusform>%Ln rows cannot be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln</source>
        <translation>
            <numerusform>Import %Ln</numerusform>
            <numerusform>Import %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln steps</source>
        <translation>
            <numerusform>%Ln step</numerusform>
            <numerusform>%Ln steps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LevelsTab</name>
    <message numerus="yes">
        <source>(%Ln more pairs)</source>
        <translation>
            <numerusform>(%Ln more pair)</numerusform>
            <numerusform>(%Ln more pairs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message numerus="yes">
        <source>%n payments</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PickSkillsDialog</name>
    <message numerus="yes">
        <source>%Ln chosen</source>
        <translation>
            <numerusform>%Ln chosen</numerusform>
            <numerusform>%Ln chosen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message numerus="yes">
        <source>%Ln tags</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries</source>
        <translation>
            <numerusform>%Ln entry</numerusform>
            <numerusform>%Ln entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln entries to {path}</source>
        <translation>
            <numerusform>Exported %Ln entry to {path}</numerusform>
            <numerusform>Exported %Ln entries to {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResumeLinesSection</name>
    <message numerus="yes">
        <source>Copied %n lines to the clipboard.</source>
        <translation>
            <numerusform>Copied %n line to the clipboard.</numerusform>
            <numerusform>Copied %n lines to the clipboard.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SkillsView</name>
    <message numerus="yes">
        <source>You reach {reached} of its %Ln target levels.</source>
        <translation>
            <numerusform>You reach {reached} of its %Ln target level.</numerusform>
            <numerusform>You reach {reached} of its %Ln target levels.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln below target</source>
        <translation>
            <numerusform>%Ln below target</numerusform>
            <numerusform>%Ln below target</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message numerus="yes">
        <source>Synced {time} · conflicts: %n</source>
        <translation>
            <numerusform>Synced {time} · conflicts: %n</numerusform>
            <numerusform>Synced {time} · conflicts: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncSection</name>
    <message numerus="yes">
        <source>Conflicts (%n)…</source>
        <translation>
            <numerusform>Conflicts (%n)…</numerusform>
            <numerusform>Conflicts (%n)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>changes to send: %n</source>
        <translation>
            <numerusform>changes to send: %n</numerusform>
            <numerusform>changes to send: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open conflicts: %n</source>
        <translation>
            <numerusform>open conflicts: %n</numerusform>
            <numerusform>open conflicts: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeImportDialog</name>
    <message numerus="yes">
        <source>%Ln entries to import</source>
        <translation>
            <numerusform>%Ln entry to import</numerusform>
            <numerusform>%Ln entries to import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already here</source>
        <translation>
            <numerusform>%Ln already here</numerusform>
            <numerusform>%Ln already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln rows cannot be imported</source>
        <translation>
            <numerusform>%Ln row cannot be imported</numerusform>
            <numerusform>%Ln rows cannot be imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln entries</source>
        <translation>
            <numerusform>Import %Ln entry</numerusform>
            <numerusform>Import %Ln entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message numerus="yes">
        <source>%n weeks ahead ask more than the caps allow, from {day}.</source>
        <translation>
            <numerusform>%n week ahead asks more than the caps allow, from {day}.</numerusform>
            <numerusform>%n weeks ahead ask more than the caps allow, from {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimerControl</name>
    <message numerus="yes">
        <source>Stop %n minutes ago</source>
        <translation>
            <numerusform>Stop %n minute ago</numerusform>
            <numerusform>Stop %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Start %n minutes ago</source>
        <translation>
            <numerusform>Start %n minute ago</numerusform>
            <numerusform>Start %n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TodayView</name>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation>
            <numerusform>Due in %n day</numerusform>
            <numerusform>Due in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Coming up in the next %n days</source>
        <translation>
            <numerusform>Coming up in the next %n day</numerusform>
            <numerusform>Coming up in the next %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days.</source>
        <translation>
            <numerusform>Nothing due in the next %n day.</numerusform>
            <numerusform>Nothing due in the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>things to act on</source>
        <translation>
            <numerusform>thing to act on</numerusform>
            <numerusform>things to act on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open applications</source>
        <translation>
            <numerusform>%Ln open application</numerusform>
            <numerusform>%Ln open applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No reply after %n days or more</source>
        <translation>
            <numerusform>No reply after %n day or more</numerusform>
            <numerusform>No reply after %n days or more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
</TS>
