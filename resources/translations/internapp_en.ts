<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
