<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
    <name>TodayView</name>
    <message numerus="yes">
        <source>things to act on</source>
        <translation>
            <numerusform>thing to act on</numerusform>
            <numerusform>things to act on</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln open applications</source>
        <translation>
            <numerusform>%Ln open application</numerusform>
            <numerusform>%Ln open applications</numerusform>
        </translation>
    </message>
</context>
</TS>
