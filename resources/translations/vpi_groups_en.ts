<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message>
        <source>VPI Groups — Talk groups and prevention actions</source>
        <translation>VPI Groups — Talk groups and prevention actions</translation>
    </message>
    <message>
        <source>%1 (demo vault)</source>
        <translation>%1 (demo vault)</translation>
    </message>
    <message>
        <source>Plan talk-group sessions, record attendance without names and prepare anonymised totals. Everything stays on this computer, encrypted.</source>
        <translation>Plan talk-group sessions, record attendance without names and prepare anonymised totals. Everything stays on this computer, encrypted.</translation>
    </message>
    <message>
        <source>Demo vault: deleted when the window closes.</source>
        <translation>Demo vault: deleted when the window closes.</translation>
    </message>
</context>
</TS>