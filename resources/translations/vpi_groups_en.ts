<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Why the action is not renewed</source>
        <translation>Why the action is not renewed</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>A working group</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Professionals trained, by sector</source>
        <translation>Professionals trained, by sector</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>A&amp;xis:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Yearly review:</source>
        <translation>&amp;Yearly review:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Kind of public action:</source>
        <translation>&amp;Kind of public action:</translation>
    </message>
    <message>
        <source>Estimated &amp;reach:</source>
        <translation>Estimated &amp;reach:</translation>
    </message>
    <message>
        <source>Supports of the campaign</source>
        <translation>Supports of the campaign</translation>
    </message>
    <message>
        <source>Orientations adopted</source>
        <translation>Orientations adopted</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;What it is:</translation>
    </message>
    <message>
        <source>Axis:</source>
        <translation>Axis:</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <source>Next year's action continues this one: cancel the renewal to change it.</source>
        <translation>Next year's action continues this one: cancel the renewal to change it.</translation>
    </message>
    <message>
        <source>Use "Renew next year" on the programme page.</source>
        <translation>Use "Renew next year" on the programme page.</translation>
    </message>
    <message>
        <source>Choose an axis.</source>
        <translation>Choose an axis.</translation>
    </message>
    <message>
        <source>Choose the kind of action.</source>
        <translation>Choose the kind of action.</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>Axis</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Yearly review</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>List</source>
        <translation>List</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Previous period (Page Up)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Previous period</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Next period (Page Down)</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>New &amp;session…</translation>
    </message>
    <message>
        <source>A training day, a stand, the plenary, or one more session of a group</source>
        <translation>A training day, a stand, the plenary, or one more session of a group</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Group or action</source>
        <translation>Group or action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>All groups</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>All facilitators</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Week of %1 to %2</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>moved from %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n in conflict</numerusform>
            <numerusform>%n in conflict</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Next period</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filter by group</translation>
    </message>
    <message>
        <source>Filter by facilitator</source>
        <translation>Filter by facilitator</translation>
    </message>
    <message>
        <source>Sessions of the period</source>
        <translation>Sessions of the period</translation>
    </message>
    <message>
        <source>One line per session; Enter or a double-click opens it.</source>
        <translation>One line per session; Enter or a double-click opens it.</translation>
    </message>
    <message>
        <source>No session yet: sessions come from the groups of the Groups and actions page. Create an action there, then its groups: their sessions appear here.</source>
        <translation>No session yet: sessions come from the groups of the Groups and actions page. Create an action there, then its groups: their sessions appear here.</translation>
    </message>
    <message>
        <source>&amp;Open Groups and actions</source>
        <translation>&amp;Open Groups and actions</translation>
    </message>
    <message>
        <source>Colours: blue talk groups, green training, orange public actions. Struck through: cancelled. Red frame ⚠: a facilitator or a room booked twice. ↷: moved from its series' date. Shaded day: public holiday or closure.</source>
        <translation>Colours: blue talk groups, green training, orange public actions. Struck through: cancelled. Red frame ⚠: a facilitator or a room booked twice. ↷: moved from its series' date. Shaded day: public holiday or closure.</translation>
    </message>
    <message>
        <source>Arrows: days and sessions; Home, End: start and end of the week; Page Up, Page Down: period; Enter: open the session.</source>
        <translation>Arrows: days and sessions; Home, End: start and end of the week; Page Up, Page Down: period; Enter: open the session.</translation>
    </message>
    <message>
        <source>In focus: %1</source>
        <translation>In focus: %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>New amendment</translation>
    </message>
    <message>
        <source>e.g. Amendment no. 1: the convention is extended</source>
        <translation>e.g. Amendment no. 1: the convention is extended</translation>
    </message>
    <message>
        <source>Leave the dash if the amendment does not move the end</source>
        <translation>Leave the dash if the amendment does not move the end</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signed &amp;on:</translation>
    </message>
    <message>
        <source>&amp;What it changes:</source>
        <translation>&amp;What it changes:</translation>
    </message>
    <message>
        <source>&amp;New end:</source>
        <translation>&amp;New end:</translation>
    </message>
    <message>
        <source>Say what the amendment changes.</source>
        <translation>Say what the amendment changes.</translation>
    </message>
</context>
<context>
    <name>AmendmentsField</name>
    <message>
        <source>&amp;Add an amendment…</source>
        <translation>&amp;Add an amendment…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
</context>
<context>
    <name>AmendmentsModel</name>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Amendment</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>New end</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>Enter an amount in euros, with digits only: for example 12500, 12 500 or 12 500,50.</source>
        <translation>Enter an amount in euros, with digits only: for example 12500, 12 500 or 12 500,50.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>The attendance sheet cannot be made</source>
        <translation>The attendance sheet cannot be made</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Save the attendance sheet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance sheet not saved</source>
        <translation>Attendance sheet not saved</translation>
    </message>
    <message>
        <source>Choose another folder (or free some space), then save again.</source>
        <translation>Choose another folder (or free some space), then save again.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Back up the vault</translation>
    </message>
    <message>
        <source>The backup is one encrypted file. It opens with the passphrase (or the recovery key) in force today. Keep it on another disk or a USB stick.</source>
        <translation>The backup is one encrypted file. It opens with the passphrase (or the recovery key) in force today. Keep it on another disk or a USB stick.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Back up</translation>
    </message>
    <message>
        <source>VPI Groups backups (*.vpibak)</source>
        <translation>VPI Groups backups (*.vpibak)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this backup?</source>
        <translation>%1 already exists. Replace it with this backup?</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>Backup written and verified: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BilanDialog</name>
    <message>
        <source>Yearly bilan</source>
        <translation>Yearly bilan</translation>
    </message>
    <message>
        <source>The document for the funders and the partners: the programme, one sheet per action, the finances and the anonymised tables. Its counts of people are protected as a report's are; writing it is recorded with the reports released. Open it in Word or LibreOffice to finish it.</source>
        <translation>The document for the funders and the partners: the programme, one sheet per action, the finances and the anonymised tables. Its counts of people are protected as a report's are; writing it is recorded with the reports released. Open it in Word or LibreOffice to finish it.</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Year of the bilan</source>
        <translation>Year of the bilan</translation>
    </message>
    <message>
        <source>The report's &amp;period: %1 to %2</source>
        <translation>The report's &amp;period: %1 to %2</translation>
    </message>
    <message>
        <source>What the bilan holds</source>
        <translation>What the bilan holds</translation>
    </message>
    <message>
        <source>Write as &amp;DOCX…</source>
        <translation>Write as &amp;DOCX…</translation>
    </message>
    <message>
        <source>Write as PD&amp;F…</source>
        <translation>Write as PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Open the folder</translation>
    </message>
    <message>
        <source>Preparing the bilan…</source>
        <translation>Preparing the bilan…</translation>
    </message>
    <message>
        <source>%1: %2 headings, %3 tables. Ready to be written.</source>
        <translation>%1: %2 headings, %3 tables. Ready to be written.</translation>
    </message>
    <message>
        <source>Write the bilan</source>
        <translation>Write the bilan</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Bilan written: %1</source>
        <translation>Bilan written: %1</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>New budget line, %1</source>
        <translation>New budget line, %1</translation>
    </message>
    <message>
        <source>Budget line, %1</source>
        <translation>Budget line, %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. printing of the posters</source>
        <translation>e.g. printing of the posters</translation>
    </message>
    <message>
        <source>e.g. 1 200</source>
        <translation>e.g. 1 200</translation>
    </message>
    <message>
        <source>blank: not known yet</source>
        <translation>blank: not known yet</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Label:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Planned:</translation>
    </message>
    <message>
        <source>A&amp;ctual:</source>
        <translation>A&amp;ctual:</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Choose the category.</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Actual</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Gap</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CalendarCanvas</name>
    <message>
        <source>today</source>
        <extracomment>The least the calendar takes: seven columns of about 64 pixels and the hours. One hue per axis; actions of an axis get shades of it. The keys the calendar handles itself, even where a button has them as its shortcut.</extracomment>
        <translation>today</translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation>sessions: %1</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>no session</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>with %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>held</source>
        <translation>held</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>moved from %1</translation>
    </message>
    <message>
        <source>a facilitator or the room is booked twice</source>
        <translation>a facilitator or the room is booked twice</translation>
    </message>
    <message>
        <source>Agenda by week</source>
        <translation>Agenda by week</translation>
    </message>
    <message>
        <source>Agenda by month</source>
        <translation>Agenda by month</translation>
    </message>
    <message>
        <source>Closure: %1</source>
        <translation>Closure: %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Moved from %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>A facilitator or the room is booked twice</source>
        <translation>A facilitator or the room is booked twice</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export the calendar (.ics)</source>
        <translation>Export the calendar (.ics)</translation>
    </message>
    <message>
        <source>Every facilitator</source>
        <translation>Every facilitator</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Only &amp;between</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>First day of the period</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Last day of the period</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>Partners: title, time, and the place where it may be shared</source>
        <translation>Partners: title, time, and the place where it may be shared</translation>
    </message>
    <message>
        <source>Busy only: a neutral title and the time, nothing else</source>
        <translation>Busy only: a neutral title and the time, nothing else</translation>
    </message>
    <message>
        <source>Write the &amp;facilitators' names</source>
        <translation>Write the &amp;facilitators' names</translation>
    </message>
    <message>
        <source>Keep &amp;cancelled sessions, marked "ANNULÉ" (Outlook may still show them)</source>
        <translation>Keep &amp;cancelled sessions, marked "ANNULÉ" (Outlook may still show them)</translation>
    </message>
    <message>
        <source>One &amp;file per group</source>
        <translation>One &amp;file per group</translation>
    </message>
    <message>
        <source>&amp;Groups (none ticked: all):</source>
        <translation>&amp;Groups (none ticked: all):</translation>
    </message>
    <message>
        <source>Facilita&amp;tor:</source>
        <translation>Facilita&amp;tor:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>&amp;Privacy:</source>
        <translation>&amp;Privacy:</translation>
    </message>
    <message>
        <source>Ne&amp;utral title:</source>
        <translation>Ne&amp;utral title:</translation>
    </message>
    <message>
        <source>Calendar &amp;name:</source>
        <translation>Calendar &amp;name:</translation>
    </message>
    <message>
        <source>Never included, whatever the choices: participants, their codes, attendance, notes and memos.</source>
        <translation>Never included, whatever the choices: participants, their codes, attendance, notes and memos.</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>What partners will see (first events):</source>
        <translation>What partners will see (first events):</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the file (a series counts once).</source>
        <translation>
            <numerusform>%n event in the file (a series counts once).</numerusform>
            <numerusform>%n events in the file (a series counts once).</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the calendars</source>
        <translation>Folder for the calendars</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Save the calendar</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written in %1.</source>
        <translation>
            <numerusform>%n file written in %1.</numerusform>
            <numerusform>%n files written in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Change the passphrase</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under a new key: the old passphrase stops working, also with a copy of the key file. Backups made before keep opening with the passphrase of their day. The recovery key does not change.</source>
        <translation>The vault is re-encrypted under a new key: the old passphrase stops working, also with a copy of the key file. Backups made before keep opening with the passphrase of their day. The recovery key does not change.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>C&amp;urrent passphrase:</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hange the passphrase</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Passphrase changed. Use the new one from now on.</translation>
    </message>
    <message>
        <source>Passphrase changed. This vault came from a version whose recovery key could not follow a new key: here is its new recovery key. The old one no longer works.</source>
        <translation>Passphrase changed. This vault came from a version whose recovery key could not follow a new key: here is its new recovery key. The old one no longer works.</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <source>Digits only</source>
        <translation>Digits only</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Between %1 and %2</translation>
    </message>
    <message>
        <source>%1 — %2 refused, the value stays %3</source>
        <translation>%1 — %2 refused, the value stays %3</translation>
    </message>
    <message>
        <source>%1 — empty, the value stays %2</source>
        <translation>%1 — empty, the value stays %2</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>New commitment</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. a psychologist for the talk groups</source>
        <translation>e.g. a psychologist for the talk groups</translation>
    </message>
    <message>
        <source>e.g. 5 000</source>
        <translation>e.g. 5 000</translation>
    </message>
    <message>
        <source>The money committed, or the estimated value of the staff, rooms or help</source>
        <translation>The money committed, or the estimated value of the staff, rooms or help</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signatory:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description:</translation>
    </message>
    <message>
        <source>&amp;Amount or value (€):</source>
        <translation>&amp;Amount or value (€):</translation>
    </message>
    <message>
        <source>Add the signatories first: a commitment is theirs.</source>
        <translation>Add the signatories first: a commitment is theirs.</translation>
    </message>
    <message>
        <source>Choose the signatory who commits.</source>
        <translation>Choose the signatory who commits.</translation>
    </message>
    <message>
        <source>Choose what kind of commitment it is.</source>
        <translation>Choose what kind of commitment it is.</translation>
    </message>
    <message>
        <source>Describe the commitment.</source>
        <translation>Describe the commitment.</translation>
    </message>
</context>
<context>
    <name>CommitmentsField</name>
    <message>
        <source>&amp;Add a commitment…</source>
        <translation>&amp;Add a commitment…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount or value</source>
        <translation>Amount or value</translation>
    </message>
</context>
<context>
    <name>ConsolidationDialog</name>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>P&amp;airing</source>
        <translation>P&amp;airing</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>Recei&amp;ve</translation>
    </message>
    <message>
        <source>The coordinator gives each organisation its card; each organisation gives back its key. Once a file is registered, read the fingerprint words to each other by phone: the same words on both sides mean the right key.</source>
        <translation>The coordinator gives each organisation its card; each organisation gives back its key. Once a file is registered, read the fingerprint words to each other by phone: the same words on both sides mean the right key.</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>Coordinator key:</translation>
    </message>
    <message>
        <source>This vault's key:</source>
        <translation>This vault's key:</translation>
    </message>
    <message>
        <source>&amp;Become the coordinator…</source>
        <translation>&amp;Become the coordinator…</translation>
    </message>
    <message>
        <source>Save the coordinator &amp;card…</source>
        <translation>Save the coordinator &amp;card…</translation>
    </message>
    <message>
        <source>Re&amp;gister a card or key…</source>
        <translation>Re&amp;gister a card or key…</translation>
    </message>
    <message>
        <source>Save this vault's &amp;key…</source>
        <translation>Save this vault's &amp;key…</translation>
    </message>
    <message>
        <source>Vaults paired</source>
        <translation>Vaults paired</translation>
    </message>
    <message>
        <source>Vau&amp;lts paired:</source>
        <translation>Vau&amp;lts paired:</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>&amp;Revoke…</translation>
    </message>
    <message>
        <source>Its bundles are removed from the consolidation and new ones refused</source>
        <translation>Its bundles are removed from the consolidation and new ones refused</translation>
    </message>
    <message>
        <source>Register the coordinator's card first (tab Pairing): the bundle is encrypted for it, and only the coordinator can open it.</source>
        <translation>Register the coordinator's card first (tab Pairing): the bundle is encrypted for it, and only the coordinator can open it.</translation>
    </message>
    <message>
        <source>A bundle holds this vault's totals for a month, a quarter or a year, without any name or code. Prepare it, read what it holds, then write it and send the file to the coordinator.</source>
        <translation>A bundle holds this vault's totals for a month, a quarter or a year, without any name or code. Prepare it, read what it holds, then write it and send the file to the coordinator.</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Whole year</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>Perio&amp;d:</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>&amp;Prepare</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>What the bundle holds</translation>
    </message>
    <message>
        <source>Choose the period, then Prepare: what the bundle holds shows here.</source>
        <translation>Choose the period, then Prepare: what the bundle holds shows here.</translation>
    </message>
    <message>
        <source>What the bundle &amp;holds:</source>
        <translation>What the bundle &amp;holds:</translation>
    </message>
    <message>
        <source>&amp;Write the bundle…</source>
        <translation>&amp;Write the bundle…</translation>
    </message>
    <message>
        <source>Only the coordinator's vault receives bundles: become the coordinator first (tab Pairing).</source>
        <translation>Only the coordinator's vault receives bundles: become the coordinator first (tab Pairing).</translation>
    </message>
    <message>
        <source>Import the bundles the organisations sent, or drop their files here. Each file is checked on its own: a refused one changes nothing. A newer bundle replaces the older one for the months it holds.</source>
        <translation>Import the bundles the organisations sent, or drop their files here. Each file is checked on its own: a refused one changes nothing. A newer bundle replaces the older one for the months it holds.</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Import bundles…</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>Files imported</translation>
    </message>
    <message>
        <source>Files i&amp;mported:</source>
        <translation>Files i&amp;mported:</translation>
    </message>
    <message>
        <source>Bundles received for the y&amp;ear:</source>
        <translation>Bundles received for the y&amp;ear:</translation>
    </message>
    <message>
        <source>Bundles received for the year</source>
        <translation>Bundles received for the year</translation>
    </message>
    <message>
        <source>programme “%1”: %2</source>
        <translation>programme “%1”: %2</translation>
    </message>
    <message>
        <source>none (this vault is not the coordinator)</source>
        <translation>none (this vault is not the coordinator)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>not made yet (made when it is first saved)</source>
        <translation>not made yet (made when it is first saved)</translation>
    </message>
    <message>
        <source>Become the coordinator</source>
        <translation>Become the coordinator</translation>
    </message>
    <message>
        <source>Name of the programme, as the organisations know it (written on the card):</source>
        <translation>Name of the programme, as the organisations know it (written on the card):</translation>
    </message>
    <message>
        <source>Give the programme's name.</source>
        <translation>Give the programme's name.</translation>
    </message>
    <message>
        <source>This vault coordinates the programme “%1”. Save the card and give it to each organisation.</source>
        <translation>This vault coordinates the programme “%1”. Save the card and give it to each organisation.</translation>
    </message>
    <message>
        <source>Save the coordinator card</source>
        <translation>Save the coordinator card</translation>
    </message>
    <message>
        <source>Coordinator cards (*.json)</source>
        <translation>Coordinator cards (*.json)</translation>
    </message>
    <message>
        <source>Card written: %1. Its fingerprint: %2.</source>
        <translation>Card written: %1. Its fingerprint: %2.</translation>
    </message>
    <message>
        <source>Save this vault's key</source>
        <translation>Save this vault's key</translation>
    </message>
    <message>
        <source>Organisation keys (*.json)</source>
        <translation>Organisation keys (*.json)</translation>
    </message>
    <message>
        <source>Key written: %1. Its fingerprint: %2.</source>
        <translation>Key written: %1. Its fingerprint: %2.</translation>
    </message>
    <message>
        <source>Register a card or a key</source>
        <translation>Register a card or a key</translation>
    </message>
    <message>
        <source>Cards and keys (*.json);;All files (*)</source>
        <translation>Cards and keys (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>Coordinator of the programme “%1” registered.

Call the coordinator and compare the fingerprint words: they must read the same words on their screen.

%2</source>
        <translation>Coordinator of the programme “%1” registered.

Call the coordinator and compare the fingerprint words: they must read the same words on their screen.

%2</translation>
    </message>
    <message>
        <source>Organisation “%1” registered.

Call the organisation and compare the fingerprint words: they must read the same words on their screen.

%2</source>
        <translation>Organisation “%1” registered.

Call the organisation and compare the fingerprint words: they must read the same words on their screen.

%2</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Compare the fingerprint</translation>
    </message>
    <message>
        <source>Revoke this organisation?</source>
        <translation>Revoke this organisation?</translation>
    </message>
    <message>
        <source>Revoke the key of “%1”? What it sent is removed from the consolidation, and its next bundles are refused. To receive its bundles again, it must make a new key.</source>
        <translation>Revoke the key of “%1”? What it sent is removed from the consolidation, and its next bundles are refused. To receive its bundles again, it must make a new key.</translation>
    </message>
    <message>
        <source>“%1” revoked: its bundles are removed.</source>
        <translation>“%1” revoked: its bundles are removed.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Read what the bundle holds, then write it.</source>
        <translation>Read what the bundle holds, then write it.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Bundle from “%1” for %2.</source>
        <translation>Bundle from “%1” for %2.</translation>
    </message>
    <message>
        <source>Encrypted for the coordinator of the programme “%1”, whose fingerprint is:</source>
        <translation>Encrypted for the coordinator of the programme “%1”, whose fingerprint is:</translation>
    </message>
    <message>
        <source>It holds totals without any name or code:</source>
        <translation>It holds totals without any name or code:</translation>
    </message>
    <message>
        <source>Sessions planned or held: %1</source>
        <translation>Sessions planned or held: %1</translation>
    </message>
    <message>
        <source>Sessions held: %1</source>
        <translation>Sessions held: %1</translation>
    </message>
    <message>
        <source>Attendances: %1</source>
        <translation>Attendances: %1</translation>
    </message>
    <message>
        <source>Distinct participants: %1</source>
        <translation>Distinct participants: %1</translation>
    </message>
    <message>
        <source>Persons received by partners: %1</source>
        <translation>Persons received by partners: %1</translation>
    </message>
    <message>
        <source>Actions (%1):</source>
        <translation>Actions (%1):</translation>
    </message>
    <message>
        <source>Talk groups (%1):</source>
        <translation>Talk groups (%1):</translation>
    </message>
    <message>
        <source>Partners, for their receptions (%1):</source>
        <translation>Partners, for their receptions (%1):</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Write the bundle</translation>
    </message>
    <message>
        <source>VPI Groups bundles (*.vpibundle)</source>
        <translation>VPI Groups bundles (*.vpibundle)</translation>
    </message>
    <message>
        <source>Bundle written: %1. Send this file to the coordinator.</source>
        <translation>Bundle written: %1. Send this file to the coordinator.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Import bundles</translation>
    </message>
    <message>
        <source>VPI Groups bundles (*.vpibundle);;All files (*)</source>
        <translation>VPI Groups bundles (*.vpibundle);;All files (*)</translation>
    </message>
    <message>
        <source>%1: received from %2 for %3.</source>
        <translation>%1: received from %2 for %3.</translation>
    </message>
    <message>
        <source>Replaces the earlier bundle (%1): attendances %2 → %3, participants %4 → %5.</source>
        <translation>Replaces the earlier bundle (%1): attendances %2 → %3, participants %4 → %5.</translation>
    </message>
    <message>
        <source>The earlier bundle (%1) still counts for the months this one lacks.</source>
        <translation>The earlier bundle (%1) still counts for the months this one lacks.</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1: refused. %2</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>New contribution</source>
        <translation>New contribution</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>e.g. 1 500,00</source>
        <translation>e.g. 1 500,00</translation>
    </message>
    <message>
        <source>e.g. a room two evenings a month</source>
        <translation>e.g. a room two evenings a month</translation>
    </message>
    <message>
        <source>e.g. 800</source>
        <translation>e.g. 800</translation>
    </message>
    <message>
        <source>What the help in kind would have cost (a room's rent, hours of staff): the bilan counts it in the contributions in kind.</source>
        <translation>What the help in kind would have cost (a room's rent, hours of staff): the bilan counts it in the contributions in kind.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>In &amp;kind:</source>
        <translation>In &amp;kind:</translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
        <translation>Estimated &amp;value:</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acti&amp;on:</translation>
    </message>
    <message>
        <source>The programme as a whole</source>
        <translation>The programme as a whole</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Financial contribution</source>
        <translation>Financial contribution</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
</context>
<context>
    <name>ConventionDialog</name>
    <message>
        <source>New convention</source>
        <translation>New convention</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>e.g. Partnership convention of the network</source>
        <translation>e.g. Partnership convention of the network</translation>
    </message>
    <message>
        <source>What the partners agree to do together</source>
        <translation>What the partners agree to do together</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>O&amp;bject:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Until:</translation>
    </message>
    <message>
        <source>&amp;Signatories (%1)</source>
        <translation>&amp;Signatories (%1)</translation>
    </message>
    <message>
        <source>Co&amp;mmitments (%1)</source>
        <translation>Co&amp;mmitments (%1)</translation>
    </message>
    <message>
        <source>Amen&amp;dments (%1)</source>
        <translation>Amen&amp;dments (%1)</translation>
    </message>
</context>
<context>
    <name>ConventionModel</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until (as amended)</source>
        <translation>Until (as amended)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1 (amended)</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Creating the vault</translation>
    </message>
    <message>
        <source>Tuning the encryption to this computer and creating the vault…</source>
        <translation>Tuning the encryption to this computer and creating the vault…</translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation>The vault is ready.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Decision taken</source>
        <translation>Decision taken</translation>
    </message>
    <message>
        <source>Decision taken:</source>
        <translation>Decision taken:</translation>
    </message>
    <message>
        <source>Write the decision taken.</source>
        <translation>Write the decision taken.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Partner organisations</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;New partner…</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Edit partner…</translation>
    </message>
    <message>
        <source>Contributions of the selected partner</source>
        <translation>Contributions of the selected partner</translation>
    </message>
    <message>
        <source>&amp;Add a contribution…</source>
        <translation>&amp;Add a contribution…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Ed&amp;it…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>De&amp;lete…</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>New &amp;facilitator…</source>
        <translation>New &amp;facilitator…</translation>
    </message>
    <message>
        <source>Edit facili&amp;tator…</source>
        <translation>Edit facili&amp;tator…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Start with the directory: the partner organisations and the facilitators. Each talk group needs at least two facilitators, chosen from here; then create the action and its groups in Groups and actions (rooms are typed in the group's editor).</source>
        <translation>Start with the directory: the partner organisations and the facilitators. Each talk group needs at least two facilitators, chosen from here; then create the action and its groups in Groups and actions (rooms are typed in the group's editor).</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>Add a &amp;partner…</translation>
    </message>
    <message>
        <source>Add a f&amp;acilitator…</source>
        <translation>Add a f&amp;acilitator…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>Enter an amount in euros, for example 1 500,00.</source>
        <translation>Enter an amount in euros, for example 1 500,00.</translation>
    </message>
    <message>
        <source>Delete the contribution</source>
        <translation>Delete the contribution</translation>
    </message>
    <message>
        <source>Delete this contribution? This cannot be undone.</source>
        <translation>Delete this contribution? This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>U&amp;ndo</source>
        <translation>U&amp;ndo</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Re&amp;do</translation>
    </message>
    <message>
        <source>Redo the change (Ctrl+Shift+Z)</source>
        <translation>Redo the change (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</source>
        <translation>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Close this editor and lose the changes made in it?</source>
        <translation>Close this editor and lose the changes made in it?</translation>
    </message>
    <message>
        <source>&amp;Lose the changes</source>
        <translation>&amp;Lose the changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
</context>
<context>
    <name>FacilitatorDialog</name>
    <message>
        <source>New facilitator</source>
        <translation>New facilitator</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>e.g. social worker, psychologist</source>
        <translation>e.g. social worker, psychologist</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. first.last@example.org</source>
        <translation>e.g. first.last@example.org</translation>
    </message>
    <message>
        <source>Where invitations to trainings and meetings are sent (optional).</source>
        <translation>Where invitations to trainings and meetings are sent (optional).</translation>
    </message>
    <message>
        <source>&amp;Active (can be given new groups)</source>
        <translation>&amp;Active (can be given new groups)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Choose a sector.</source>
        <translation>Choose a sector.</translation>
    </message>
</context>
<context>
    <name>FacilitatorModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>VPI Groups — first start</source>
        <translation>VPI Groups — first start</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Next &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Open VPI Groups</source>
        <translation>&amp;Open VPI Groups</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>Add a decision…</source>
        <translation>Add a decision…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>Add a task…</translation>
    </message>
    <message>
        <source>Decisions taken at this meeting:</source>
        <translation>Decisions taken at this meeting:</translation>
    </message>
    <message>
        <source>Follow-up tasks (Space: done; Enter: change; Delete: remove):</source>
        <translation>Follow-up tasks (Space: done; Enter: change; Delete: remove):</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <source>New funder</source>
        <translation>New funder</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>e.g. Prefecture (State)</source>
        <translation>e.g. Prefecture (State)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>The same organisation in the directory, when the funder is a partner too</source>
        <translation>The same organisation in the directory, when the funder is a partner too</translation>
    </message>
    <message>
        <source>One per line, e.g.
FIPD
REAAP</source>
        <translation>One per line, e.g.
FIPD
REAAP</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Partner in the directory:</source>
        <translation>&amp;Partner in the directory:</translation>
    </message>
    <message>
        <source>P&amp;rogrammes or funds:</source>
        <translation>P&amp;rogrammes or funds:</translation>
    </message>
    <message>
        <source>Choose the kind of funder.</source>
        <translation>Choose the kind of funder.</translation>
    </message>
</context>
<context>
    <name>FunderModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Programmes</translation>
    </message>
    <message>
        <source>Partner in the directory</source>
        <translation>Partner in the directory</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>New grant, %1</source>
        <translation>New grant, %1</translation>
    </message>
    <message>
        <source>Grant, %1</source>
        <translation>Grant, %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>e.g. 12 500</source>
        <translation>e.g. 12 500</translation>
    </message>
    <message>
        <source>blank: pending</source>
        <translation>blank: pending</translation>
    </message>
    <message>
        <source>Leave blank while it is not decided; 0 if refused</source>
        <translation>Leave blank while it is not decided; 0 if refused</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Year:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Funder:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>&amp;Programme:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Re&amp;quested:</source>
        <translation>Re&amp;quested:</translation>
    </message>
    <message>
        <source>as&amp;ked on</source>
        <translation>as&amp;ked on</translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation>&amp;Granted:</translation>
    </message>
    <message>
        <source>grante&amp;d on</source>
        <translation>grante&amp;d on</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>Pa&amp;yments:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Paid: %1. Not granted yet.</source>
        <translation>Paid: %1. Not granted yet.</translation>
    </message>
    <message>
        <source>Paid: %1. To receive: %2.</source>
        <translation>Paid: %1. To receive: %2.</translation>
    </message>
    <message>
        <source>Choose the funder.</source>
        <translation>Choose the funder.</translation>
    </message>
</context>
<context>
    <name>GrantModel</name>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>To receive</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pending</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New talk group</source>
        <translation>New talk group</translation>
    </message>
    <message>
        <source>Talk group</source>
        <translation>Talk group</translation>
    </message>
    <message>
        <source>Closed (fixed members)</source>
        <translation>Closed (fixed members)</translation>
    </message>
    <message>
        <source>Open (drop-in)</source>
        <translation>Open (drop-in)</translation>
    </message>
    <message>
        <source>Between %1 and %2 people</source>
        <translation>Between %1 and %2 people</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Fewest participants</source>
        <translation>Fewest participants</translation>
    </message>
    <message>
        <source>Most participants</source>
        <translation>Most participants</translation>
    </message>
    <message>
        <source>Choose or type a new room</source>
        <translation>Choose or type a new room</translation>
    </message>
    <message>
        <source>&amp;Location may be shared with partners</source>
        <translation>&amp;Location may be shared with partners</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacity:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Roo&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Facilitators (two or more):</source>
        <translation>&amp;Facilitators (two or more):</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>For a number of &amp;sessions</source>
        <translation>For a number of &amp;sessions</translation>
    </message>
    <message>
        <source>Between %1 and %2 sessions</source>
        <translation>Between %1 and %2 sessions</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Number of sessions</translation>
    </message>
    <message>
        <source>Date of the last session</source>
        <translation>Date of the last session</translation>
    </message>
    <message>
        <source>Between %1 and %2 minutes</source>
        <translation>Between %1 and %2 minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>First day of the closure</source>
        <translation>First day of the closure</translation>
    </message>
    <message>
        <source>Last day of the closure</source>
        <translation>Last day of the closure</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Rhythm:</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Every:</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>&amp;Which one:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Firs&amp;t day:</source>
        <translation>Firs&amp;t day:</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Ends:</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>T&amp;ime:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>&amp;Public holidays:</source>
        <translation>&amp;Public holidays:</translation>
    </message>
    <message>
        <source>Closures:</source>
        <translation>Closures:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Recurrence</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Dates of the series</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>month(s)</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>week(s)</translation>
    </message>
    <message>
        <source>%1 session(s) from %2 to %3; %4 date(s) skipped.</source>
        <translation>%1 session(s) from %2 to %3; %4 date(s) skipped.</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Rhythm</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>%1, every %2</source>
        <translation>%1, every %2</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>VPI Groups help</source>
        <translation>VPI Groups help</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Guide page</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Back to the previous page</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left arrow)</source>
        <translation>Back to the previous page (Alt+Left arrow)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>First page of the guide</source>
        <translation>First page of the guide</translation>
    </message>
    <message>
        <source>Find in the page</source>
        <translation>Find in the page</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Previous</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Previous match</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Next match</translation>
    </message>
    <message>
        <source>This page of the guide cannot be found: %1</source>
        <translation>This page of the guide cannot be found: %1</translation>
    </message>
    <message>
        <source>This link leads outside the guide and is not opened here (the application never uses the network): %1</source>
        <translation>This link leads outside the guide and is not opened here (the application never uses the network): %1</translation>
    </message>
    <message>
        <source>VPI Groups help — %1</source>
        <translation>VPI Groups help — %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Not found</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
</context>
<context>
    <name>InKindModel</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Estimated value</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>Welcome to VPI Groups</source>
        <translation>Welcome to VPI Groups</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything you record here — groups, sessions, attendance, notes — is kept in an &lt;b&gt;encrypted vault&lt;/b&gt; on this computer only. Nothing is sent over the network.&lt;/p&gt;&lt;p&gt;The vault opens with a &lt;b&gt;passphrase&lt;/b&gt; that you choose now. Without it the data cannot be read, not even by us: there is no reset by e-mail.&lt;/p&gt;&lt;p&gt;In case you forget it, the next pages give you a &lt;b&gt;recovery key&lt;/b&gt;. Print it or save it, and keep it safe, away from the computer. If both the passphrase and the recovery key are lost, the data is lost.&lt;/p&gt;&lt;p&gt;The vault will be created in:&lt;br/&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Everything you record here — groups, sessions, attendance, notes — is kept in an &lt;b&gt;encrypted vault&lt;/b&gt; on this computer only. Nothing is sent over the network.&lt;/p&gt;&lt;p&gt;The vault opens with a &lt;b&gt;passphrase&lt;/b&gt; that you choose now. Without it the data cannot be read, not even by us: there is no reset by e-mail.&lt;/p&gt;&lt;p&gt;In case you forget it, the next pages give you a &lt;b&gt;recovery key&lt;/b&gt;. Print it or save it, and keep it safe, away from the computer. If both the passphrase and the recovery key are lost, the data is lost.&lt;/p&gt;&lt;p&gt;The vault will be created in:&lt;br/&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Invite professionals</source>
        <translation>Invite professionals</translation>
    </message>
    <message>
        <source>Tick the people to invite: everyone of the directory with an e-mail address, the session's facilitators first. The invitation is made from the session as saved; send it again after a change, and once the session is cancelled the file cancels it in their calendars.</source>
        <translation>Tick the people to invite: everyone of the directory with an e-mail address, the session's facilitators first. The invitation is made from the session as saved; send it again after a change, and once the session is cancelled the file cancels it in their calendars.</translation>
    </message>
    <message>
        <source>People to invite</source>
        <translation>People to invite</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>No reminder</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 hour before</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 day before</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 days before</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 week before</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;People:</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Reminder:</translation>
    </message>
    <message>
        <source>Save the &amp;invitation (.ics)…</source>
        <translation>Save the &amp;invitation (.ics)…</translation>
    </message>
    <message>
        <source>Prepare the &amp;e-mail (.eml)…</source>
        <translation>Prepare the &amp;e-mail (.eml)…</translation>
    </message>
    <message>
        <source>An e-mail ready to send, the invitation attached, that your mail program opens: nothing is sent from here.</source>
        <translation>An e-mail ready to send, the invitation attached, that your mail program opens: nothing is sent from here.</translation>
    </message>
    <message>
        <source>&amp;Open the e-mail</source>
        <translation>&amp;Open the e-mail</translation>
    </message>
    <message numerus="yes">
        <source>Invite to every session to come of this action (%n)</source>
        <translation>
            <numerusform>Invite to every session to come of this action (%n)</numerusform>
            <numerusform>Invite to every session to come of this action (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One invitation per session, each to accept or decline in the calendar: all attached to one e-mail, or one file each in a folder.</source>
        <translation>One invitation per session, each to accept or decline in the calendar: all attached to one e-mail, or one file each in a folder.</translation>
    </message>
    <message>
        <source>Nobody in the directory has an e-mail address yet: add addresses to facilitators or partners in the Directory, then invite.</source>
        <translation>Nobody in the directory has an e-mail address yet: add addresses to facilitators or partners in the Directory, then invite.</translation>
    </message>
    <message>
        <source>Not offered, their address is not one e-mail address (correct it in the Directory): %1.</source>
        <translation>Not offered, their address is not one e-mail address (correct it in the Directory): %1.</translation>
    </message>
    <message>
        <source>Save the &amp;invitations in a folder (.ics)…</source>
        <translation>Save the &amp;invitations in a folder (.ics)…</translation>
    </message>
    <message>
        <source>Folder for the invitations</source>
        <translation>Folder for the invitations</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Save the e-mail draft</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Save the invitation</translation>
    </message>
    <message>
        <source>E-mails (*.eml)</source>
        <translation>E-mails (*.eml)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendars (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>E-mail carrying %n invitation(s) written in %1.</source>
        <translation>
            <numerusform>E-mail carrying %n invitation written in %1.</numerusform>
            <numerusform>E-mail carrying %n invitations written in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation file(s) written in the folder %1.</source>
        <translation>
            <numerusform>%n invitation file written in the folder %1.</numerusform>
            <numerusform>%n invitation files written in the folder %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) no longer invited to some of these sessions: their cancellations are in %1, to send too.</source>
        <translation>
            <numerusform>%n person no longer invited to some of these sessions: their cancellations are in %1, to send too.</numerusform>
            <numerusform>%n people no longer invited to some of these sessions: their cancellations are in %1, to send too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancellation for %n person(s) written in %1.</source>
        <translation>
            <numerusform>Cancellation for %n person written in %1.</numerusform>
            <numerusform>Cancellation for %n people written in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation for %n person(s) written in %1.</source>
        <translation>
            <numerusform>Invitation for %n person written in %1.</numerusform>
            <numerusform>Invitation for %n people written in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) no longer invited: their cancellation is in %1, to send too.</source>
        <translation>
            <numerusform>%n person no longer invited: their cancellation is in %1, to send too.</numerusform>
            <numerusform>%n people no longer invited: their cancellation is in %1, to send too.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>first</source>
        <translation>first</translation>
    </message>
    <message>
        <source>second</source>
        <translation>second</translation>
    </message>
    <message>
        <source>third</source>
        <translation>third</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>fourth</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fifth</translation>
    </message>
    <message>
        <source>last</source>
        <translation>last</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>OK, add &amp;another</source>
        <translation>OK, add &amp;another</translation>
    </message>
    <message>
        <source>Keep this line and type the next one</source>
        <translation>Keep this line and type the next one</translation>
    </message>
</context>
<context>
    <name>LinesField</name>
    <message>
        <source>Insert adds a line, Enter edits the current one, Delete removes it.</source>
        <translation>Insert adds a line, Enter edits the current one, Delete removes it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>The page shown on the right. Ctrl+1 to Ctrl+8 show a page from anywhere.</source>
        <translation>The page shown on the right. Ctrl+1 to Ctrl+8 show a page from anywhere.</translation>
    </message>
    <message>
        <source>Page content</source>
        <translation>Page content</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>Vault status</translation>
    </message>
    <message>
        <source>Show the convention</source>
        <translation>Show the convention</translation>
    </message>
    <message>
        <source>Open the partnership page on this convention</source>
        <translation>Open the partnership page on this convention</translation>
    </message>
    <message>
        <source>Show the convention to renew</source>
        <translation>Show the convention to renew</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Groups and actions</source>
        <translation>Groups and actions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Tallies</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Menu bar</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Back up the vault…</translation>
    </message>
    <message>
        <source>&amp;Export the calendar (.ics)…</source>
        <translation>&amp;Export the calendar (.ics)…</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks…</source>
        <translation>Follow-up &amp;tasks…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lock</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <source>&amp;About VPI Groups</source>
        <translation>&amp;About VPI Groups</translation>
    </message>
    <message>
        <source>VPI Groups — Talk groups and prevention actions</source>
        <translation>VPI Groups — Talk groups and prevention actions</translation>
    </message>
    <message>
        <source>%1 (demo vault)</source>
        <translation>%1 (demo vault)</translation>
    </message>
    <message>
        <source>Demo vault, deleted when the window closes (passphrase: %1)</source>
        <translation>Demo vault, deleted when the window closes (passphrase: %1)</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Vault: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n other convention(s) to renew)</source>
        <translation>
            <numerusform>%1 (and %n other convention to renew)</numerusform>
            <numerusform>%1 (and %n other conventions to renew)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Vault locked</translation>
    </message>
    <message numerus="yes">
        <source>Vault locked. Unsaved changes in %n editor(s) could not be kept: the disk is full or cannot be written.</source>
        <translation>
            <numerusform>Vault locked. Unsaved changes in %n editor could not be kept: the disk is full or cannot be written.</numerusform>
            <numerusform>Vault locked. Unsaved changes in %n editors could not be kept: the disk is full or cannot be written.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the restored vault</source>
        <translation>Open the restored vault</translation>
    </message>
    <message>
        <source>Open the restored vault in %1 now? The current vault will be locked.</source>
        <translation>Open the restored vault in %1 now? The current vault will be locked.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Restart</translation>
    </message>
    <message>
        <source>VPI Groups could not start again. The new language will be used at the next start: close the application and open it again.</source>
        <translation>VPI Groups could not start again. The new language will be used at the next start: close the application and open it again.</translation>
    </message>
    <message>
        <source>About VPI Groups</source>
        <translation>About VPI Groups</translation>
    </message>
    <message>
        <source>VPI Groups %1

Talk groups and prevention actions against domestic violence. Everything stays on this computer, encrypted; the application never uses the network.</source>
        <translation>VPI Groups %1

Talk groups and prevention actions against domestic violence. Everything stays on this computer, encrypted; the application never uses the network.</translation>
    </message>
</context>
<context>
    <name>MembersField</name>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Led by</translation>
    </message>
    <message>
        <source>The directory has no facilitator yet: add them there.</source>
        <translation>The directory has no facilitator yet: add them there.</translation>
    </message>
    <message>
        <source>Led by:</source>
        <translation>Led by:</translation>
    </message>
    <message>
        <source>Facilitator %1</source>
        <translation>Facilitator %1</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (no longer active)</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Nobody in particular</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message>
        <source>A working group usually has 6 to 8 members.</source>
        <translation>A working group usually has 6 to 8 members.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Minutes of the meeting</translation>
    </message>
    <message>
        <source>Minutes of the meeting. They stay in the vault and are never exported: send them to the members yourself if you wish.</source>
        <translation>Minutes of the meeting. They stay in the vault and are never exported: send them to the members yourself if you wish.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Bold</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Bold (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italic</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italic (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Bulleted list</translation>
    </message>
    <message>
        <source>Send to the members (.eml)…</source>
        <translation>Send to the members (.eml)…</translation>
    </message>
    <message>
        <source>An e-mail ready to send, the minutes as saved addressed to the members who have an address, that your mail program opens: nothing is sent from here.</source>
        <translation>An e-mail ready to send, the minutes as saved addressed to the members who have an address, that your mail program opens: nothing is sent from here.</translation>
    </message>
    <message>
        <source>Open the e-mail</source>
        <translation>Open the e-mail</translation>
    </message>
    <message>
        <source>The minutes have changes not saved yet: save the session first, then send them (the e-mail holds the minutes as saved).</source>
        <translation>The minutes have changes not saved yet: save the session first, then send them (the e-mail holds the minutes as saved).</translation>
    </message>
    <message>
        <source>No minutes saved yet: write them, save the session, then send them to the members.</source>
        <translation>No minutes saved yet: write them, save the session, then send them to the members.</translation>
    </message>
    <message>
        <source>Send the minutes to the members</source>
        <translation>Send the minutes to the members</translation>
    </message>
    <message>
        <source>minutes.eml</source>
        <translation>minutes.eml</translation>
    </message>
    <message>
        <source>E-mails (*.eml)</source>
        <translation>E-mails (*.eml)</translation>
    </message>
    <message numerus="yes">
        <source>E-mail to %n member(s) written in %1: open it in your mail program to send it.</source>
        <translation>
            <numerusform>E-mail to %n member written in %1: open it in your mail program to send it.</numerusform>
            <numerusform>E-mail to %n members written in %1: open it in your mail program to send it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyModel</name>
    <message>
        <source>Requested</source>
        <translation>Requested</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Granted</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>To receive</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>NarrativeDialog</name>
    <message>
        <source>Texts for the bilan</source>
        <translation>Texts for the bilan</translation>
    </message>
    <message>
        <source>“%1” — %2, %3</source>
        <translation>“%1” — %2, %3</translation>
    </message>
    <message>
        <source>What the action sets out to do</source>
        <translation>What the action sets out to do</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Who it is for</translation>
    </message>
    <message>
        <source>What was done this year: when, where, with which partners, how it went</source>
        <translation>What was done this year: when, where, with which partners, how it went</translation>
    </message>
    <message>
        <source>What comes next year</source>
        <translation>What comes next year</translation>
    </message>
    <message>
        <source>&amp;Aims:</source>
        <translation>&amp;Aims:</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>A&amp;udience:</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>&amp;What was done:</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>Ne&amp;xt steps:</translation>
    </message>
    <message>
        <source>Save the texts (Ctrl+Enter)</source>
        <translation>Save the texts (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Taken from last year's texts of the action it renews: bring them up to date, then save them for this year.</source>
        <translation>Taken from last year's texts of the action it renews: bring them up to date, then save them for this year.</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>New participant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>No name is recorded: the application gives the person a code.</source>
        <translation>No name is recorded: the application gives the person a code.</translation>
    </message>
    <message>
        <source>Private memo</source>
        <translation>Private memo</translation>
    </message>
    <message>
        <source>Private memo (stays in the vault, never exported)</source>
        <translation>Private memo (stays in the vault, never exported)</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>&amp;Age band:</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Gender:</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Referred by:</translation>
    </message>
    <message>
        <source>Choose who referred this person, or “Not recorded” if nobody knows.</source>
        <translation>Choose who referred this person, or “Not recorded” if nobody knows.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseField</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirm:</translation>
    </message>
    <message>
        <source>A sentence you will remember</source>
        <translation>A sentence you will remember</translation>
    </message>
    <message>
        <source>It uses the programme's own words (its name, the facilitators' names): anyone who knows it will try them first.</source>
        <translation>It uses the programme's own words (its name, the facilitators' names): anyone who knows it will try them first.</translation>
    </message>
    <message>
        <source>It contains a phone number: people who know you can guess it.</source>
        <translation>It contains a phone number: people who know you can guess it.</translation>
    </message>
    <message>
        <source>It follows the keyboard's keys (azerty, qwerty…): one of the first things tried.</source>
        <translation>It follows the keyboard's keys (azerty, qwerty…): one of the first things tried.</translation>
    </message>
    <message>
        <source>It contains a very common password, word or first name.</source>
        <translation>It contains a very common password, word or first name.</translation>
    </message>
    <message>
        <source>It contains a predictable sequence (abcd, 1234…).</source>
        <translation>It contains a predictable sequence (abcd, 1234…).</translation>
    </message>
    <message>
        <source>It repeats characters or groups: vary them.</source>
        <translation>It repeats characters or groups: vary them.</translation>
    </message>
    <message>
        <source>It contains a date or a year, easy to guess.</source>
        <translation>It contains a date or a year, easy to guess.</translation>
    </message>
    <message>
        <source>Too easy to guess: add a few words.</source>
        <translation>Too easy to guess: add a few words.</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>less than a second</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>a few seconds</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>a few minutes</translation>
    </message>
    <message>
        <source>a few hours</source>
        <translation>a few hours</translation>
    </message>
    <message>
        <source>a few days</source>
        <translation>a few days</translation>
    </message>
    <message>
        <source>a few months</source>
        <translation>a few months</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>centuries</translation>
    </message>
    <message>
        <source>Estimate: about %1 guesses — %2 for a computer.</source>
        <translation>Estimate: about %1 guesses — %2 for a computer.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>weak</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medium</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellent</translation>
    </message>
    <message>
        <source>At least 10 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>At least 10 characters. A short sentence is easy to remember and hard to guess.</translation>
    </message>
    <message>
        <source>Too short: at least 10 characters.</source>
        <translation>Too short: at least 10 characters.</translation>
    </message>
    <message>
        <source>Sho&amp;w the passphrase</source>
        <translation>Sho&amp;w the passphrase</translation>
    </message>
    <message>
        <source>Show or hide both fields (%1 in a field).</source>
        <translation>Show or hide both fields (%1 in a field).</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Strength of the passphrase</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Strength: %1</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>The two entries differ.</translation>
    </message>
    <message>
        <source>Acceptable. A longer sentence would be stronger.</source>
        <translation>Acceptable. A longer sentence would be stronger.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Strong passphrase.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>New recovery key</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops opening this vault (for instance if the sheet was lost or seen by someone). The vault is re-encrypted under a new key. Backups made before still open with the old recovery key: make a new backup afterwards.</source>
        <translation>A new recovery key replaces the old one, which stops opening this vault (for instance if the sheet was lost or seen by someone). The vault is re-encrypted under a new key. Backups made before still open with the old recovery key: make a new backup afterwards.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Create a new recovery key</source>
        <translation>&amp;Create a new recovery key</translation>
    </message>
    <message>
        <source>New recovery key made; the old one no longer opens this vault. Print it or save it, then tick the box below.</source>
        <translation>New recovery key made; the old one no longer opens this vault. Print it or save it, then tick the box below.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>An extra session of the group: later changes to the group's rhythm leave it as it is.</source>
        <translation>An extra session of the group: later changes to the group's rhythm leave it as it is.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>Between %1 and %2 meetings</source>
        <translation>Between %1 and %2 meetings</translation>
    </message>
    <message>
        <source> time(s)</source>
        <translation> time(s)</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Number of meetings</translation>
    </message>
    <message>
        <source>Between %1 and %2 weeks</source>
        <translation>Between %1 and %2 weeks</translation>
    </message>
    <message>
        <source>every </source>
        <translation>every </translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> week(s)</translation>
    </message>
    <message>
        <source>Weeks between two meetings</source>
        <translation>Weeks between two meetings</translation>
    </message>
    <message>
        <source>Plan several meetings at once, at the same hours: each is a session of its own, moved or cancelled on its own.</source>
        <translation>Plan several meetings at once, at the same hours: each is a session of its own, moved or cancelled on its own.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>Da&amp;y:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>T&amp;o:</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>Re&amp;peat:</translation>
    </message>
    <message>
        <source>Fac&amp;ilitators:</source>
        <translation>Fac&amp;ilitators:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Room:</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>No group yet</translation>
    </message>
    <message>
        <source>Choose the working group</source>
        <translation>Choose the working group</translation>
    </message>
    <message>
        <source>Choose the group</source>
        <translation>Choose the group</translation>
    </message>
    <message>
        <source>Choose an action.</source>
        <translation>Choose an action.</translation>
    </message>
    <message>
        <source>Choose the talk group of this session.</source>
        <translation>Choose the talk group of this session.</translation>
    </message>
    <message>
        <source>This action has no talk group yet: add one on the Groups and actions page first.</source>
        <translation>This action has no talk group yet: add one on the Groups and actions page first.</translation>
    </message>
    <message>
        <source>Tick at least one facilitator: a group's session needs someone to lead it.</source>
        <translation>Tick at least one facilitator: a group's session needs someone to lead it.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>New partner organisation</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Partner organisation</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;tor:</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Contact person:</translation>
    </message>
    <message>
        <source>Contact's &amp;role:</source>
        <translation>Contact's &amp;role:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Agreement &amp;from:</source>
        <translation>Agreement &amp;from:</translation>
    </message>
    <message>
        <source>Agreement &amp;until:</source>
        <translation>Agreement &amp;until:</translation>
    </message>
    <message>
        <source>Choose a sector.</source>
        <translation>Choose a sector.</translation>
    </message>
</context>
<context>
    <name>OrganisationField</name>
    <message>
        <source>Your organisation</source>
        <translation>Your organisation</translation>
    </message>
    <message>
        <source>Save the &amp;name</source>
        <translation>Save the &amp;name</translation>
    </message>
    <message>
        <source>e.g. coordination@example.org</source>
        <translation>e.g. coordination@example.org</translation>
    </message>
    <message>
        <source>Save the a&amp;ddress</source>
        <translation>Save the a&amp;ddress</translation>
    </message>
    <message>
        <source>The organiser of the invitations sent to professionals (trainings, public actions, plenary day): their replies go to this address.</source>
        <translation>The organiser of the invitations sent to professionals (trainings, public actions, plenary day): their replies go to this address.</translation>
    </message>
    <message>
        <source>Address for in&amp;vitations:</source>
        <translation>Address for in&amp;vitations:</translation>
    </message>
    <message>
        <source>Printed under the title of every report (CSV, XLSX, PDF, JSON) and given as the description of calendars for partners. At most %1 characters.</source>
        <translation>Printed under the title of every report (CSV, XLSX, PDF, JSON) and given as the description of calendars for partners. At most %1 characters.</translation>
    </message>
    <message>
        <source>Organisation's na&amp;me:</source>
        <translation>Organisation's na&amp;me:</translation>
    </message>
    <message>
        <source>Saved: invitations now come from this address.</source>
        <translation>Saved: invitations now come from this address.</translation>
    </message>
    <message>
        <source>Cleared: no invitation can be made until an address is saved.</source>
        <translation>Cleared: no invitation can be made until an address is saved.</translation>
    </message>
    <message>
        <source>Saved: the next reports will print this name.</source>
        <translation>Saved: the next reports will print this name.</translation>
    </message>
    <message>
        <source>Not set yet: reports print "%1" instead.</source>
        <translation>Not set yet: reports print "%1" instead.</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Professional contact</source>
        <translation>Professional contact</translation>
    </message>
    <message>
        <source>Agreement from</source>
        <translation>Agreement from</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>Agreement until</translation>
    </message>
</context>
<context>
    <name>OrientationDialog</name>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>New orientation</source>
        <translation>New orientation</translation>
    </message>
    <message>
        <source>What the plenary day adopted</source>
        <translation>What the plenary day adopted</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation:</translation>
    </message>
    <message>
        <source>&amp;Actions of %1 that carry it out:</source>
        <translation>&amp;Actions of %1 that carry it out:</translation>
    </message>
    <message>
        <source>No action of %1 yet: link them later, once next year's actions are created (for instance with “Renew next year”).</source>
        <translation>No action of %1 yet: link them later, once next year's actions are created (for instance with “Renew next year”).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Write the orientation adopted.</source>
        <translation>Write the orientation adopted.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>At most %1 characters.</translation>
    </message>
</context>
<context>
    <name>OrientationsField</name>
    <message>
        <source>Orientations adopted</source>
        <translation>Orientations adopted</translation>
    </message>
    <message>
        <source>Add an &amp;orientation…</source>
        <translation>Add an &amp;orientation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
</context>
<context>
    <name>OrientationsModel</name>
    <message>
        <source>Carried out by: %1</source>
        <translation>Carried out by: %1</translation>
    </message>
    <message>
        <source>No action of the following year linked yet</source>
        <translation>No action of the following year linked yet</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Find a code…</source>
        <translation>Find a code…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>E&amp;rase this person…</translation>
    </message>
    <message>
        <source>Attendance history:</source>
        <translation>Attendance history:</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Referred by</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Find a code</translation>
    </message>
    <message>
        <source>Shows the participants whose code holds the characters typed.</source>
        <translation>Shows the participants whose code holds the characters typed.</translation>
    </message>
    <message>
        <source>All referral sources</source>
        <translation>All referral sources</translation>
    </message>
    <message>
        <source>One line per participant; choose one to see their details and history.</source>
        <translation>One line per participant; choose one to see their details and history.</translation>
    </message>
    <message>
        <source>Attendance history</source>
        <translation>Attendance history</translation>
    </message>
    <message>
        <source>No participant yet. Participants are added from the attendance sheet of a session, without their name: the application gives each one a code. Open a session from the agenda to take its register.</source>
        <translation>No participant yet. Participants are added from the attendance sheet of a session, without their name: the application gives each one a code. Open a session from the agenda to take its register.</translation>
    </message>
    <message>
        <source>&amp;Open the agenda</source>
        <translation>&amp;Open the agenda</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groups</translation>
    </message>
    <message>
        <source>First attendance</source>
        <translation>First attendance</translation>
    </message>
    <message>
        <source>Last attendance</source>
        <translation>Last attendance</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked could not be put back: the participant no longer exists.</source>
        <translation>Changes not saved when the window locked could not be put back: the participant no longer exists.</translation>
    </message>
    <message>
        <source>No participant selected</source>
        <translation>No participant selected</translation>
    </message>
    <message>
        <source>Age band: %1</source>
        <translation>Age band: %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Gender: %1</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>Referred by: %1</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</source>
        <translation>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</translation>
    </message>
    <message>
        <source>Erase a participant</source>
        <translation>Erase a participant</translation>
    </message>
    <message>
        <source>Erasing deletes this person's code, attributes, memo and register lines. Their attendance stays in the anonymous totals. This cannot be undone.

Type the code %1 to confirm:</source>
        <translation>Erasing deletes this person's code, attributes, memo and register lines. Their attendance stays in the anonymous totals. This cannot be undone.

Type the code %1 to confirm:</translation>
    </message>
    <message>
        <source>The code typed does not match: nothing was erased.</source>
        <translation>The code typed does not match: nothing was erased.</translation>
    </message>
    <message>
        <source>Erased. %1 register line(s) folded into the anonymous totals.</source>
        <translation>Erased. %1 register line(s) folded into the anonymous totals.</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>Programme (as a whole)</source>
        <translation>Programme (as a whole)</translation>
    </message>
    <message>
        <source>Partners (contributions)</source>
        <translation>Partners (contributions)</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>F&amp;unders</source>
        <translation>F&amp;unders</translation>
    </message>
    <message>
        <source>Fundin&amp;g</source>
        <translation>Fundin&amp;g</translation>
    </message>
    <message>
        <source>Un&amp;do the deletion</source>
        <translation>Un&amp;do the deletion</translation>
    </message>
    <message>
        <source>Make again what was just deleted (Ctrl+Z)</source>
        <translation>Make again what was just deleted (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>&amp;New convention…</source>
        <translation>&amp;New convention…</translation>
    </message>
    <message>
        <source>&amp;Edit convention…</source>
        <translation>&amp;Edit convention…</translation>
    </message>
    <message>
        <source>De&amp;lete convention…</source>
        <translation>De&amp;lete convention…</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Commitments</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Amendments</translation>
    </message>
    <message>
        <source>Funders of the programme</source>
        <translation>Funders of the programme</translation>
    </message>
    <message>
        <source>&amp;New funder…</source>
        <translation>&amp;New funder…</translation>
    </message>
    <message>
        <source>&amp;Edit funder…</source>
        <translation>&amp;Edit funder…</translation>
    </message>
    <message>
        <source>De&amp;lete funder…</source>
        <translation>De&amp;lete funder…</translation>
    </message>
    <message>
        <source>A funder that grants were asked of cannot be deleted</source>
        <translation>A funder that grants were asked of cannot be deleted</translation>
    </message>
    <message>
        <source>No funder yet. Funders are the organisations that fund the programme: the State through its prefecture (FIPD), the département, the town, the family allowance fund… with the programmes or funds grants are asked under. Add them here, then record each year's grants on the Funding tab.</source>
        <translation>No funder yet. Funders are the organisations that fund the programme: the State through its prefecture (FIPD), the département, the town, the family allowance fund… with the programmes or funds grants are asked under. Add them here, then record each year's grants on the Funding tab.</translation>
    </message>
    <message>
        <source>Add a &amp;funder…</source>
        <translation>Add a &amp;funder…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Grants</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totals</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>In kind</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Over the years</translation>
    </message>
    <message>
        <source>Grants of the year</source>
        <translation>Grants of the year</translation>
    </message>
    <message>
        <source>New g&amp;rant…</source>
        <translation>New g&amp;rant…</translation>
    </message>
    <message>
        <source>Edit gr&amp;ant…</source>
        <translation>Edit gr&amp;ant…</translation>
    </message>
    <message>
        <source>Delete gra&amp;nt…</source>
        <translation>Delete gra&amp;nt…</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Totals by funder</source>
        <translation>Totals by funder</translation>
    </message>
    <message>
        <source>Totals by action</source>
        <translation>Totals by action</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>By funder</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>By action</translation>
    </message>
    <message>
        <source>Budget of the year</source>
        <translation>Budget of the year</translation>
    </message>
    <message>
        <source>Planned against actual, by category; the gap is actual minus planned.</source>
        <translation>Planned against actual, by category; the gap is actual minus planned.</translation>
    </message>
    <message>
        <source>New budget &amp;line…</source>
        <translation>New budget &amp;line…</translation>
    </message>
    <message>
        <source>Edit budget l&amp;ine…</source>
        <translation>Edit budget l&amp;ine…</translation>
    </message>
    <message>
        <source>Delete budget li&amp;ne…</source>
        <translation>Delete budget li&amp;ne…</translation>
    </message>
    <message>
        <source>What the partners give in kind (rooms, staff, documentation…), with its estimated value. It is entered with each partner's contributions, in the directory.</source>
        <translation>What the partners give in kind (rooms, staff, documentation…), with its estimated value. It is entered with each partner's contributions, in the directory.</translation>
    </message>
    <message>
        <source>Open the &amp;directory</source>
        <translation>Open the &amp;directory</translation>
    </message>
    <message>
        <source>Help in kind of the year</source>
        <translation>Help in kind of the year</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>Granted per year and funder</source>
        <translation>Granted per year and funder</translation>
    </message>
    <message>
        <source>No convention yet. The partnership convention is what the programme rests on: its object, its term, the partners that signed it and what each of them commits (staff, rooms, money, help in kind). Its signatories come from the directory.</source>
        <translation>No convention yet. The partnership convention is what the programme rests on: its object, its term, the partners that signed it and what each of them commits (staff, rooms, money, help in kind). Its signatories come from the directory.</translation>
    </message>
    <message>
        <source>New &amp;convention…</source>
        <translation>New &amp;convention…</translation>
    </message>
    <message>
        <source>Open the di&amp;rectory</source>
        <translation>Open the di&amp;rectory</translation>
    </message>
    <message>
        <source>No grant recorded for %1. Record each grant asked of a funder this year: for one action or the programme as a whole, the amount requested, then granted, and the payments received.</source>
        <translation>No grant recorded for %1. Record each grant asked of a funder this year: for one action or the programme as a whole, the amount requested, then granted, and the payments received.</translation>
    </message>
    <message>
        <source>No grant recorded for %1. A grant is asked of a funder: add the funders first, on the Funders tab.</source>
        <translation>No grant recorded for %1. A grant is asked of a funder: add the funders first, on the Funders tab.</translation>
    </message>
    <message>
        <source>Go to the &amp;funders</source>
        <translation>Go to the &amp;funders</translation>
    </message>
    <message>
        <source>No grant this year.</source>
        <translation>No grant this year.</translation>
    </message>
    <message>
        <source>Requested %1, granted %2, paid %3, to receive %4.</source>
        <translation>Requested %1, granted %2, paid %3, to receive %4.</translation>
    </message>
    <message>
        <source>No budget line this year.</source>
        <translation>No budget line this year.</translation>
    </message>
    <message>
        <source>Planned %1, actual %2: a gap of %3.</source>
        <translation>Planned %1, actual %2: a gap of %3.</translation>
    </message>
    <message>
        <source>%1: %2; total %3.</source>
        <translation>%1: %2; total %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Granted per year, by funder, and the partners' contributions</source>
        <translation>Granted per year, by funder, and the partners' contributions</translation>
    </message>
    <message>
        <source>No grant and no contribution recorded yet.</source>
        <translation>No grant and no contribution recorded yet.</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Object: %1</translation>
    </message>
    <message>
        <source>Signatories (%1)</source>
        <translation>Signatories (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Commitments (%1)</translation>
    </message>
    <message>
        <source>Amendments (%1)</source>
        <translation>Amendments (%1)</translation>
    </message>
    <message>
        <source>Deleted: %1. Ctrl+Z or “Undo the deletion” makes it again.</source>
        <translation>Deleted: %1. Ctrl+Z or “Undo the deletion” makes it again.</translation>
    </message>
    <message>
        <source>You can undo it right afterwards.</source>
        <translation>You can undo it right afterwards.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Nothing was deleted: %1</translation>
    </message>
    <message>
        <source>the convention “%1”</source>
        <translation>the convention “%1”</translation>
    </message>
    <message>
        <source>Delete the convention</source>
        <translation>Delete the convention</translation>
    </message>
    <message>
        <source>Delete the convention “%1”, its %2 signatories, their commitments and its amendments?</source>
        <translation>Delete the convention “%1”, its %2 signatories, their commitments and its amendments?</translation>
    </message>
    <message>
        <source>Delete the funder</source>
        <translation>Delete the funder</translation>
    </message>
    <message>
        <source>Delete the funder “%1” and its programmes?</source>
        <translation>Delete the funder “%1” and its programmes?</translation>
    </message>
    <message>
        <source>the funder “%1”</source>
        <translation>the funder “%1”</translation>
    </message>
    <message>
        <source>The funder “%1” cannot be deleted: %2</source>
        <translation>The funder “%1” cannot be deleted: %2</translation>
    </message>
    <message>
        <source>the grant of %1 for %2</source>
        <translation>the grant of %1 for %2</translation>
    </message>
    <message>
        <source>the programme as a whole</source>
        <translation>the programme as a whole</translation>
    </message>
    <message>
        <source>Delete the grant</source>
        <translation>Delete the grant</translation>
    </message>
    <message>
        <source>Delete %1 (requested %2) and its %3 payment(s)?</source>
        <translation>Delete %1 (requested %2) and its %3 payment(s)?</translation>
    </message>
    <message>
        <source>the budget line “%1”</source>
        <translation>the budget line “%1”</translation>
    </message>
    <message>
        <source>Delete the budget line</source>
        <translation>Delete the budget line</translation>
    </message>
    <message>
        <source>Delete %1 (planned %2)?</source>
        <translation>Delete %1 (planned %2)?</translation>
    </message>
    <message>
        <source>Made again: %1.</source>
        <translation>Made again: %1.</translation>
    </message>
    <message>
        <source>%1 could not be made again: %2</source>
        <translation>%1 could not be made again: %2</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choose a passphrase</translation>
    </message>
    <message>
        <source>Type it twice. You will type it each time you open VPI Groups.</source>
        <translation>Type it twice. You will type it each time you open VPI Groups.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>New payment</translation>
    </message>
    <message>
        <source>e.g. 6 000</source>
        <translation>e.g. 6 000</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Paid &amp;on:</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Amount (€):</translation>
    </message>
    <message>
        <source>Enter the amount received, in euros.</source>
        <translation>Enter the amount received, in euros.</translation>
    </message>
</context>
<context>
    <name>PaymentsField</name>
    <message>
        <source>Add a pa&amp;yment…</source>
        <translation>Add a pa&amp;yment…</translation>
    </message>
    <message>
        <source>Edit the pa&amp;yment…</source>
        <translation>Edit the pa&amp;yment…</translation>
    </message>
    <message>
        <source>Remove the payme&amp;nt</source>
        <translation>Remove the payme&amp;nt</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Payments received</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerprint</translation>
    </message>
    <message>
        <source>Paired on</source>
        <translation>Paired on</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Revoked on</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Several years</source>
        <translation>Several years</translation>
    </message>
    <message>
        <source>Q1 (January–March)</source>
        <translation>Q1 (January–March)</translation>
    </message>
    <message>
        <source>Q2 (April–June)</source>
        <translation>Q2 (April–June)</translation>
    </message>
    <message>
        <source>Q3 (July–September)</source>
        <translation>Q3 (July–September)</translation>
    </message>
    <message>
        <source>Q4 (October–December)</source>
        <translation>Q4 (October–December)</translation>
    </message>
    <message>
        <source>January</source>
        <translation>January</translation>
    </message>
    <message>
        <source>February</source>
        <translation>February</translation>
    </message>
    <message>
        <source>March</source>
        <translation>March</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>May</translation>
    </message>
    <message>
        <source>June</source>
        <translation>June</translation>
    </message>
    <message>
        <source>July</source>
        <translation>July</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>October</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>December</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Quarter:</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;to</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
</context>
<context>
    <name>PresentPanel</name>
    <message>
        <source>Tick the members who came. Members are professionals: they are named.</source>
        <translation>Tick the members who came. Members are professionals: they are named.</translation>
    </message>
    <message>
        <source>Members who came</source>
        <translation>Members who came</translation>
    </message>
    <message>
        <source>%1 of %2 members present</source>
        <translation>%1 of %2 members present</translation>
    </message>
    <message>
        <source>The working group has no member: add them in its action.</source>
        <translation>The working group has no member: add them in its action.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Skipped: public holiday</source>
        <translation>Skipped: public holiday</translation>
    </message>
    <message>
        <source>Skipped: closure</source>
        <translation>Skipped: closure</translation>
    </message>
</context>
<context>
    <name>ProfessionalsModel</name>
    <message>
        <source>Outside the directory</source>
        <translation>Outside the directory</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Names (optional)</source>
        <translation>Names (optional)</translation>
    </message>
</context>
<context>
    <name>ProfessionalsPanel</name>
    <message>
        <source>Professionals present</source>
        <translation>Professionals present</translation>
    </message>
    <message>
        <source>Professionals are not talk-group participants: their names may be kept. F2 edits the number or the names; Delete removes a line.</source>
        <translation>Professionals are not talk-group participants: their names may be kept. F2 edits the number or the names; Delete removes a line.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Number present</source>
        <translation>Number present</translation>
    </message>
    <message>
        <source>Names, separated by ; (optional)</source>
        <translation>Names, separated by ; (optional)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Names</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Remove the line</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Outside the directory — %1</source>
        <translation>Outside the directory — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) present</source>
        <translation>
            <numerusform>%n professional present</numerusform>
            <numerusform>%n professionals present</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Nobody yet.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Groups and actions</source>
        <translation>Groups and actions</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;New action…</translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation>&amp;Edit action…</translation>
    </message>
    <message>
        <source>Rene&amp;w next year</source>
        <translation>Rene&amp;w next year</translation>
    </message>
    <message>
        <source>Mark the selected action renewed and create next year's, linked to it, with a copy of its talk groups: reports count it as a renewed action.</source>
        <translation>Mark the selected action renewed and create next year's, linked to it, with a copy of its talk groups: reports count it as a renewed action.</translation>
    </message>
    <message>
        <source>Add a &amp;session…</source>
        <translation>Add a &amp;session…</translation>
    </message>
    <message>
        <source>A dated session of the selected action (a training day, a stand, the plenary) or an extra session of the selected talk group, outside its series.</source>
        <translation>A dated session of the selected action (a training day, a stand, the plenary) or an extra session of the selected talk group, outside its series.</translation>
    </message>
    <message>
        <source>Review of &amp;the year…</source>
        <translation>Review of &amp;the year…</translation>
    </message>
    <message>
        <source>Each action of the year shown, its figures and the plenary's decision: renew, renew with changes, or stop.</source>
        <translation>Each action of the year shown, its figures and the plenary's decision: renew, renew with changes, or stop.</translation>
    </message>
    <message>
        <source>Texts for the &amp;bilan…</source>
        <translation>Texts for the &amp;bilan…</translation>
    </message>
    <message>
        <source>The selected action's aims, audience, what was done and next steps, for the yearly bilan (%1)</source>
        <translation>The selected action's aims, audience, what was done and next steps, for the yearly bilan (%1)</translation>
    </message>
    <message>
        <source>Talk groups of the selected action</source>
        <translation>Talk groups of the selected action</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>New &amp;group…</translation>
    </message>
    <message>
        <source>Edit g&amp;roup…</source>
        <translation>Edit g&amp;roup…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next term…</source>
        <translation>D&amp;uplicate for next term…</translation>
    </message>
    <message>
        <source>Open a new group with the same settings, starting the following term; nothing is saved until you save it.</source>
        <translation>Open a new group with the same settings, starting the following term; nothing is saved until you save it.</translation>
    </message>
    <message>
        <source>De&amp;lete group…</source>
        <translation>De&amp;lete group…</translation>
    </message>
    <message>
        <source>Delete the selected group (Delete key)</source>
        <translation>Delete the selected group (Delete key)</translation>
    </message>
    <message>
        <source>Un&amp;do the renewal</source>
        <translation>Un&amp;do the renewal</translation>
    </message>
    <message>
        <source>Delete what the renewal created (Ctrl+Z)</source>
        <translation>Delete what the renewal created (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>&amp;Open the directory</source>
        <translation>&amp;Open the directory</translation>
    </message>
    <message>
        <source>A talk group needs two facilitators from the directory, and it has fewer than two yet: add them there first.</source>
        <translation>A talk group needs two facilitators from the directory, and it has fewer than two yet: add them there first.</translation>
    </message>
    <message>
        <source>No action yet. Create an action first (an axis, a year), then its talk groups: their sessions make the agenda.</source>
        <translation>No action yet. Create an action first (an axis, a year), then its talk groups: their sessions make the agenda.</translation>
    </message>
    <message>
        <source>Select an action above to see its groups.</source>
        <translation>Select an action above to see its groups.</translation>
    </message>
    <message>
        <source>Only talk-group actions have groups: this action has none.</source>
        <translation>Only talk-group actions have groups: this action has none.</translation>
    </message>
    <message>
        <source>This action has no group yet. Add a group to it: its rhythm makes the sessions of the agenda.</source>
        <translation>This action has no group yet. Add a group to it: its rhythm makes the sessions of the agenda.</translation>
    </message>
    <message>
        <source>Add &amp;a group…</source>
        <translation>Add &amp;a group…</translation>
    </message>
    <message>
        <source>The texts for the bilan of “%1” were saved.</source>
        <translation>The texts for the bilan of “%1” were saved.</translation>
    </message>
    <message>
        <source>Session added on %1 from %2 to %3: it is in the agenda.</source>
        <translation>Session added on %1 from %2 to %3: it is in the agenda.</translation>
    </message>
    <message>
        <source>Create the %1 action “%2” with its %3 group(s) and %4 session(s)?</source>
        <translation>Create the %1 action “%2” with its %3 group(s) and %4 session(s)?</translation>
    </message>
    <message>
        <source>Create the %1 action “%2”, to be filled in?</source>
        <translation>Create the %1 action “%2”, to be filled in?</translation>
    </message>
    <message>
        <source>This action will be marked renewed. You can undo it right afterwards.</source>
        <translation>This action will be marked renewed. You can undo it right afterwards.</translation>
    </message>
    <message>
        <source>Renew next year</source>
        <translation>Renew next year</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>“%1” continues in %2: its action for %2 was created, to be filled in.</source>
        <translation>“%1” continues in %2: its action for %2 was created, to be filled in.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: attendance was recorded on sessions of the %1 action meanwhile. Edit that action and its groups instead.</source>
        <translation>The renewal cannot be undone: attendance was recorded on sessions of the %1 action meanwhile. Edit that action and its groups instead.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: the %1 action was changed meanwhile. Delete what you no longer want by hand.</source>
        <translation>The renewal cannot be undone: the %1 action was changed meanwhile. Delete what you no longer want by hand.</translation>
    </message>
    <message>
        <source>Renewal undone: the %1 action “%2” and its groups were deleted.</source>
        <translation>Renewal undone: the %1 action “%2” and its groups were deleted.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Delete group</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2 of its sessions were held or have attendance, a headcount or a note, and reports count them.

To stop the group, edit it and end its series at a date (Ends: Until), or cancel its sessions still to come.</source>
        <translation>“%1” cannot be deleted: %2 of its sessions were held or have attendance, a headcount or a note, and reports count them.

To stop the group, edit it and end its series at a date (Ends: Until), or cancel its sessions still to come.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the group “%1” and its %2 session(s)? This cannot be undone.</source>
        <translation>Delete the group “%1” and its %2 session(s)? This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>The group “%1” was deleted.</source>
        <translation>The group “%1” was deleted.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Sessions outside the action's year</source>
        <translation>Sessions outside the action's year</translation>
    </message>
    <message>
        <source>The action is for %1, but these sessions fall in another year:
%2

Reports will count them in their own year. Save anyway?</source>
        <translation>The action is for %1, but these sessions fall in another year:
%2

Reports will count them in their own year. Save anyway?</translation>
    </message>
    <message>
        <source>%1 is also with “%2”</source>
        <translation>%1 is also with “%2”</translation>
    </message>
    <message>
        <source>room %1 is also booked for “%2”</source>
        <translation>room %1 is also booked for “%2”</translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation>Double bookings</translation>
    </message>
    <message>
        <source>These sessions book a facilitator or a room already taken:
%1

Save anyway?</source>
        <translation>These sessions book a facilitator or a room already taken:
%1

Save anyway?</translation>
    </message>
    <message>
        <source>Sessions that no longer fit</source>
        <translation>Sessions that no longer fit</translation>
    </message>
    <message>
        <source>These sessions were edited by hand and the new rhythm has no session on their day:
%1

Keep them as they are, or delete them?</source>
        <translation>These sessions were edited by hand and the new rhythm has no session on their day:
%1

Keep them as they are, or delete them?</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Keep them</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>&amp;Delete them</translation>
    </message>
    <message>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Back to the editor</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Changes not saved when the window locked could not be put back: the record they belong to no longer exists.</source>
        <translation>Changes not saved when the window locked could not be put back: the record they belong to no longer exists.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copy</translation>
    </message>
    <message>
        <source>Copy the key, to paste it into a password manager. The clipboard is emptied after %1 seconds.</source>
        <translation>Copy the key, to paste it into a password manager. The clipboard is emptied after %1 seconds.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and keep it safe</source>
        <translation>I have printed or written down the recovery key and keep it safe</translation>
    </message>
    <message>
        <source>Key copied. Paste it into a password manager now: the clipboard will be emptied in %1 seconds.</source>
        <translation>Key copied. Paste it into a password manager now: the clipboard will be emptied in %1 seconds.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>recovery-key-vpi-groups.pdf</source>
        <translation>recovery-key-vpi-groups.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick or print it, then delete it here.</source>
        <translation>Saved to %1. Move it to a USB stick or print it, then delete it here.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, then keep it safe, away from the computer. It will not be shown again.</source>
        <translation>Print it or save it as a PDF, then keep it safe, away from the computer. It will not be shown again.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Created on %1 at %2.</source>
        <translation>Created on %1 at %2.</translation>
    </message>
    <message>
        <source>VPI Groups — vault recovery key</source>
        <translation>VPI Groups — vault recovery key</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Whoever holds it can read everything in the vault.</source>
        <translation>This key opens the vault if the passphrase is forgotten. Whoever holds it can read everything in the vault.</translation>
    </message>
    <message>
        <source>What to do with this sheet</source>
        <translation>What to do with this sheet</translation>
    </message>
    <message>
        <source>Keep it locked away, apart from the computer, and do not photograph it or copy it onto the computer.</source>
        <translation>Keep it locked away, apart from the computer, and do not photograph it or copy it onto the computer.</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, choose “Forgotten passphrase…” in the window that asks for it, type these %1 groups in order, then choose a new passphrase.</source>
        <translation>If the passphrase is forgotten, choose “Forgotten passphrase…” in the window that asks for it, type these %1 groups in order, then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Vault folder: %1</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Present</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excused</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Not saved yet: the code is given when the session is saved.</source>
        <translation>Not saved yet: the code is given when the session is saved.</translation>
    </message>
    <message>
        <source>Added here: enrolled in the group when the session is saved.</source>
        <translation>Added here: enrolled in the group when the session is saved.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>ReleasesDialog</name>
    <message>
        <source>Reports released</source>
        <translation>Reports released</translation>
    </message>
    <message>
        <source>Every report file written from this vault, newest first. Each new report is protected together with these: a count they published stays published, a count they hid stays hidden, and nothing new lets a hidden count be worked out. The list is kept in the vault and is never reset.</source>
        <translation>Every report file written from this vault, newest first. Each new report is protected together with these: a count they published stays published, a count they hid stays hidden, and nothing new lets a hidden count be worked out. The list is kept in the vault and is never reset.</translation>
    </message>
    <message>
        <source>No report has been released from this vault yet.</source>
        <translation>No report has been released from this vault yet.</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>Written</source>
        <translation>Written</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Counts shown</source>
        <translation>Counts shown</translation>
    </message>
    <message>
        <source>Counts hidden</source>
        <translation>Counts hidden</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>quarters</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Facilitators' sector</source>
        <translation>Facilitators' sector</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Referral source</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Age band</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Compute</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>C&amp;olumns by:</source>
        <translation>C&amp;olumns by:</translation>
    </message>
    <message>
        <source>&amp;Breakdowns:</source>
        <translation>&amp;Breakdowns:</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>This year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>This quarter</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Last quarter</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Gender</translation>
    </message>
    <message>
        <source>Co&amp;nsolidated (with received bundles)</source>
        <translation>Co&amp;nsolidated (with received bundles)</translation>
    </message>
    <message>
        <source>This vault's totals and those received from the paired organisations</source>
        <translation>This vault's totals and those received from the paired organisations</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop computing this report</source>
        <translation>Stop computing this report</translation>
    </message>
    <message>
        <source>Usual per&amp;iods:</source>
        <translation>Usual per&amp;iods:</translation>
    </message>
    <message>
        <source>Suppression threshold &amp;k:</source>
        <translation>Suppression threshold &amp;k:</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>What to count</translation>
    </message>
    <message>
        <source>Tab&amp;les:</source>
        <translation>Tab&amp;les:</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Report preview</translation>
    </message>
    <message>
        <source>CS&amp;V…</source>
        <translation>CS&amp;V…</translation>
    </message>
    <message>
        <source>&amp;XLSX…</source>
        <translation>&amp;XLSX…</translation>
    </message>
    <message>
        <source>P&amp;DF…</source>
        <translation>P&amp;DF…</translation>
    </message>
    <message>
        <source>&amp;JSON…</source>
        <translation>&amp;JSON…</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>Reports &amp;released…</source>
        <translation>Reports &amp;released…</translation>
    </message>
    <message>
        <source>Every report file written from this vault (the release ledger)</source>
        <translation>Every report file written from this vault (the release ledger)</translation>
    </message>
    <message>
        <source>Yearly &amp;bilan…</source>
        <translation>Yearly &amp;bilan…</translation>
    </message>
    <message>
        <source>The document for funders: the programme, each action, the finances (DOCX or PDF)</source>
        <translation>The document for funders: the programme, each action, the finances (DOCX or PDF)</translation>
    </message>
    <message>
        <source>Export the &amp;calendar for partners (.ics)…</source>
        <translation>Export the &amp;calendar for partners (.ics)…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Computing…</translation>
    </message>
    <message>
        <source>Computing… checking that nothing can be deduced: pass %1, %2 value(s) left</source>
        <translation>Computing… checking that nothing can be deduced: pass %1, %2 value(s) left</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
    <message>
        <source>%1 of %2 counts of people are hidden (checked together with %3 report(s) released before, %4 linear programs solved).</source>
        <translation>%1 of %2 counts of people are hidden (checked together with %3 report(s) released before, %4 linear programs solved).</translation>
    </message>
    <message>
        <source>Most counts are hidden: columns by quarter or by year, or fewer breakdowns, would publish more of them.</source>
        <translation>Most counts are hidden: columns by quarter or by year, or fewer breakdowns, would publish more of them.</translation>
    </message>
    <message>
        <source>Chart: attendances per month</source>
        <translation>Chart: attendances per month</translation>
    </message>
    <message>
        <source>Disclosure rule and notes</source>
        <translation>Disclosure rule and notes</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Export the report</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Writing the file…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Report written: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>The backup is restored into a new, empty folder; the current vault is not touched. The restored vault opens with the passphrase that was in force when the backup was made.</source>
        <translation>The backup is restored into a new, empty folder; the current vault is not touched. The restored vault opens with the passphrase that was in force when the backup was made.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>Br&amp;owse…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choose the backup file</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Bro&amp;wse…</translation>
    </message>
    <message>
        <source>Choose the new folder</source>
        <translation>Choose the new folder</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Backup &amp;file:</translation>
    </message>
    <message>
        <source>New &amp;folder:</source>
        <translation>New &amp;folder:</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Passphrase of the backup:</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>VPI Groups backups (*.vpibak)</source>
        <translation>VPI Groups backups (*.vpibak)</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>New folder</translation>
    </message>
    <message>
        <source>Backup of vault %1, made %2, restored and verified in %3.</source>
        <translation>Backup of vault %1, made %2, restored and verified in %3.</translation>
    </message>
    <message>
        <source>Note: this folder belongs to another user of this computer.</source>
        <translation>Note: this folder belongs to another user of this computer.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Yearly review of the actions</source>
        <translation>Yearly review of the actions</translation>
    </message>
    <message>
        <source>For each action of the year, its figures and the decision of the plenary day: renew it, renew it with changes, or stop it. The figures are the year's report's before small counts are masked: they are shown only on this computer.</source>
        <translation>For each action of the year, its figures and the decision of the plenary day: renew it, renew it with changes, or stop it. The figures are the year's report's before small counts are masked: they are shown only on this computer.</translation>
    </message>
    <message>
        <source>Convention to renew</source>
        <translation>Convention to renew</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Actions of the year</source>
        <translation>Actions of the year</translation>
    </message>
    <message>
        <source>Decision on the selected action</source>
        <translation>Decision on the selected action</translation>
    </message>
    <message>
        <source>To be &amp;decided</source>
        <translation>To be &amp;decided</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renew</translation>
    </message>
    <message>
        <source>Renew with &amp;changes</source>
        <translation>Renew with &amp;changes</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>S&amp;top</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Apply</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter)</source>
        <translation>Record the decision (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Undo the renewal</source>
        <translation>&amp;Undo the renewal</translation>
    </message>
    <message>
        <source>Delete next year's action the renewal just created, and its groups</source>
        <translation>Delete next year's action the renewal just created, and its groups</translation>
    </message>
    <message>
        <source>Decision on “%1”</source>
        <translation>Decision on “%1”</translation>
    </message>
    <message>
        <source>Rea&amp;son — what changes next year (required):</source>
        <translation>Rea&amp;son — what changes next year (required):</translation>
    </message>
    <message>
        <source>Rea&amp;son — why it stops (required):</source>
        <translation>Rea&amp;son — why it stops (required):</translation>
    </message>
    <message>
        <source>Rea&amp;son (optional):</source>
        <translation>Rea&amp;son (optional):</translation>
    </message>
    <message>
        <source>Its %1 action exists: applying records only the reason, and whether it changes.</source>
        <translation>Its %1 action exists: applying records only the reason, and whether it changes.</translation>
    </message>
    <message>
        <source>The action goes back to “to be decided”; its reason is cleared.</source>
        <translation>The action goes back to “to be decided”; its reason is cleared.</translation>
    </message>
    <message>
        <source>Applying creates the %1 action, with a copy of its talk groups and their sessions; it can be undone right after.</source>
        <translation>Applying creates the %1 action, with a copy of its talk groups and their sessions; it can be undone right after.</translation>
    </message>
    <message>
        <source>Applying creates the %1 action; it can be undone right after.</source>
        <translation>Applying creates the %1 action; it can be undone right after.</translation>
    </message>
    <message>
        <source>This action is renewed: its %1 action exists. To decide otherwise, first undo the renewal (“Undo the renewal” below).</source>
        <translation>This action is renewed: its %1 action exists. To decide otherwise, first undo the renewal (“Undo the renewal” below).</translation>
    </message>
    <message>
        <source>This action is renewed: its %1 action exists. To decide otherwise, the renewal must be undone first, which is offered right after renewing only; the %1 action can still be changed on the Groups and actions page.</source>
        <translation>This action is renewed: its %1 action exists. To decide otherwise, the renewal must be undone first, which is offered right after renewing only; the %1 action can still be changed on the Groups and actions page.</translation>
    </message>
    <message>
        <source>Say what changes next year: a renewal with changes needs it, in the reason field.</source>
        <translation>Say what changes next year: a renewal with changes needs it, in the reason field.</translation>
    </message>
    <message>
        <source>Say why the action stops, in the reason field.</source>
        <translation>Say why the action stops, in the reason field.</translation>
    </message>
    <message>
        <source>“%1” continues in %2: its %2 action was created with %3 group(s) and %4 session(s). “Undo the renewal” deletes them.</source>
        <translation>“%1” continues in %2: its %2 action was created with %3 group(s) and %4 session(s). “Undo the renewal” deletes them.</translation>
    </message>
    <message>
        <source>“%1” continues in %2: its %2 action was created, to be filled in. “Undo the renewal” deletes it.</source>
        <translation>“%1” continues in %2: its %2 action was created, to be filled in. “Undo the renewal” deletes it.</translation>
    </message>
    <message>
        <source>Decision recorded for “%1”: %2.</source>
        <translation>Decision recorded for “%1”: %2.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: attendance was recorded on sessions of the %1 action meanwhile.</source>
        <translation>The renewal cannot be undone: attendance was recorded on sessions of the %1 action meanwhile.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: the %1 action was changed meanwhile.</source>
        <translation>The renewal cannot be undone: the %1 action was changed meanwhile.</translation>
    </message>
    <message>
        <source>Renewal undone: the %1 action “%2” and its groups were deleted.</source>
        <translation>Renewal undone: the %1 action “%2” and its groups were deleted.</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>Figures of the year</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>To be decided</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Renewed</translation>
    </message>
    <message>
        <source>Renewed with changes</source>
        <translation>Renewed with changes</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) held</source>
        <translation>
            <numerusform>%Ln session held</numerusform>
            <numerusform>%Ln sessions held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln cancelled</numerusform>
            <numerusform>%Ln cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance(s)</source>
        <translation>
            <numerusform>%Ln attendance</numerusform>
            <numerusform>%Ln attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h of training</source>
        <translation>%1 h of training</translation>
    </message>
    <message numerus="yes">
        <source>%Ln professional(s) trained</source>
        <translation>
            <numerusform>%Ln professional trained</numerusform>
            <numerusform>%Ln professionals trained</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln support(s)</source>
        <translation>
            <numerusform>%Ln support</numerusform>
            <numerusform>%Ln supports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people reached (estimate)</source>
        <translation>
            <numerusform>%Ln person reached (estimate)</numerusform>
            <numerusform>%Ln people reached (estimate)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orientation(s) adopted</source>
        <translation>
            <numerusform>%Ln orientation adopted</numerusform>
            <numerusform>%Ln orientations adopted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) held</source>
        <translation>
            <numerusform>%Ln meeting held</numerusform>
            <numerusform>%Ln meetings held</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln member</numerusform>
            <numerusform>%Ln members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance(s) at meetings</source>
        <translation>
            <numerusform>%Ln attendance at meetings</numerusform>
            <numerusform>%Ln attendances at meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s)</source>
        <translation>
            <numerusform>%Ln decision</numerusform>
            <numerusform>%Ln decisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide the text typed</source>
        <translation>Hide the text typed</translation>
    </message>
    <message>
        <source>Hide the text typed (%1)</source>
        <translation>Hide the text typed (%1)</translation>
    </message>
    <message>
        <source>Show the text typed</source>
        <translation>Show the text typed</translation>
    </message>
    <message>
        <source>Show the text typed (%1)</source>
        <translation>Show the text typed (%1)</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Caps Lock is on.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Attendance</translation>
    </message>
    <message>
        <source>Mem&amp;bers present</source>
        <translation>Mem&amp;bers present</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Decisions and tas&amp;ks</source>
        <translation>Decisions and tas&amp;ks</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Attendance sh&amp;eet (PDF)…</source>
        <translation>Attendance sh&amp;eet (PDF)…</translation>
    </message>
    <message>
        <source>De&amp;lete the session…</source>
        <translation>De&amp;lete the session…</translation>
    </message>
    <message>
        <source>Duplicate a &amp;week later…</source>
        <translation>Duplicate a &amp;week later…</translation>
    </message>
    <message>
        <source>Open a new session with the same action, group, times, facilitators and room, one week later; nothing is saved until you save it.</source>
        <translation>Open a new session with the same action, group, times, facilitators and room, one week later; nothing is saved until you save it.</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>In&amp;vite…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Between %1 and %2 minutes</source>
        <translation>Between %1 and %2 minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Cancel the sess&amp;ion…</source>
        <translation>Cancel the sess&amp;ion…</translation>
    </message>
    <message>
        <source>Mark the session cancelled; give the reason, then Save.</source>
        <translation>Mark the session cancelled; give the reason, then Save.</translation>
    </message>
    <message>
        <source>Why it is cancelled (required)</source>
        <translation>Why it is cancelled (required)</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Sta&amp;rt:</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>Reas&amp;on:</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Roo&amp;m:</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Attendance register</translation>
    </message>
    <message>
        <source>Notes for the facilitators</source>
        <translation>Notes for the facilitators</translation>
    </message>
    <message>
        <source>A session marked held is not deleted: reports count it.</source>
        <translation>A session marked held is not deleted: reports count it.</translation>
    </message>
    <message>
        <source>Delete this session; asks first.</source>
        <translation>Delete this session; asks first.</translation>
    </message>
    <message>
        <source>Talk-group sessions never get invitations.</source>
        <translation>Talk-group sessions never get invitations.</translation>
    </message>
    <message>
        <source>Save first: the invitation is made from the session as saved.</source>
        <translation>Save first: the invitation is made from the session as saved.</translation>
    </message>
    <message>
        <source>Invite professionals of the directory: an .ics file or an e-mail draft.</source>
        <translation>Invite professionals of the directory: an .ics file or an e-mail draft.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling, then Save.</source>
        <translation>Give the reason for cancelling, then Save.</translation>
    </message>
    <message>
        <source>Delete the session of %1 (%2)? This cannot be undone.</source>
        <translation>Delete the session of %1 (%2)? This cannot be undone.</translation>
    </message>
    <message>
        <source>The changes made in this window are lost with it.</source>
        <translation>The changes made in this window are lost with it.</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Delete the session</translation>
    </message>
    <message>
        <source>&amp;Delete the session</source>
        <translation>&amp;Delete the session</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Duplicate the session</translation>
    </message>
    <message>
        <source>The changes made in this window are not saved. The copy is made from the session as saved, and once the copy is saved this window closes without them.</source>
        <translation>The changes made in this window are not saved. The copy is made from the session as saved, and once the copy is saved this window closes without them.</translation>
    </message>
    <message>
        <source>&amp;Duplicate the saved session</source>
        <translation>&amp;Duplicate the saved session</translation>
    </message>
    <message>
        <source>new person %1</source>
        <translation>new person %1</translation>
    </message>
    <message>
        <source>No participant has the code “%1”. Choose a code from the list shown while you type, or add a new participant.</source>
        <translation>No participant has the code “%1”. Choose a code from the list shown while you type, or add a new participant.</translation>
    </message>
    <message>
        <source>%1 is already on the register.</source>
        <translation>%1 is already on the register.</translation>
    </message>
    <message>
        <source>%1 is on the register: saved with the session.</source>
        <translation>%1 is on the register: saved with the session.</translation>
    </message>
    <message>
        <source>Attendance sheet saved: %1</source>
        <translation>Attendance sheet saved: %1</translation>
    </message>
    <message>
        <source>Not saved: change the time, the room or the facilitators.</source>
        <translation>Not saved: change the time, the room or the facilitators.</translation>
    </message>
    <message>
        <source>Overlapping sessions</source>
        <translation>Overlapping sessions</translation>
    </message>
    <message>
        <source>This session overlaps %1. Save anyway?</source>
        <translation>This session overlaps %1. Save anyway?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Save anyway</translation>
    </message>
    <message>
        <source>Added to the register: %1. The code is given when you save.</source>
        <translation>Added to the register: %1. The code is given when you save.</translation>
    </message>
    <message>
        <source>Not saved: choose a day in the action's year.</source>
        <translation>Not saved: choose a day in the action's year.</translation>
    </message>
    <message>
        <source>Session outside the action's year</source>
        <translation>Session outside the action's year</translation>
    </message>
    <message>
        <source>The action is for %1, but the session would fall on %2. Reports will count it in its own year. Save anyway?</source>
        <translation>The action is for %1, but the session would fall on %2. Reports will count it in its own year. Save anyway?</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Go back</translation>
    </message>
    <message>
        <source>facilitator %1</source>
        <translation>facilitator %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>room %1</translation>
    </message>
    <message>
        <source>“%1” (%2, on %3 from %4 to %5)</source>
        <translation>“%1” (%2, on %3 from %4 to %5)</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionals</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Codes given</source>
        <translation>Codes given</translation>
    </message>
    <message>
        <source>Saved. The new participants have their codes:
%1

The codes are also on the Participants page.</source>
        <translation>Saved. The new participants have their codes:
%1

The codes are also on the Participants page.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Discard the changes made to this session?</source>
        <translation>Discard the changes made to this session?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Discard the changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;uration:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>&amp;Facilitators:</translation>
    </message>
    <message>
        <source>Keyboard: P present, E excused, A absent (then the next line), Space to cycle, Delete to clear, Ctrl+Z to undo.</source>
        <translation>Keyboard: P present, E excused, A absent (then the next line), Space to cycle, Delete to clear, Ctrl+Z to undo.</translation>
    </message>
    <message>
        <source>Type a code, then Enter</source>
        <translation>Type a code, then Enter</translation>
    </message>
    <message>
        <source>Add by &amp;code:</source>
        <translation>Add by &amp;code:</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>New &amp;participant…</translation>
    </message>
    <message>
        <source>&amp;Headcount only (no register)</source>
        <translation>&amp;Headcount only (no register)</translation>
    </message>
    <message>
        <source>Notes for the facilitators. They stay in the vault and are never exported.</source>
        <translation>Notes for the facilitators. They stay in the vault and are never exported.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save first: the sheet lists the register as saved.</source>
        <translation>Save first: the sheet lists the register as saved.</translation>
    </message>
    <message>
        <source>A PDF sheet to sign, with the participants' codes only.</source>
        <translation>A PDF sheet to sign, with the participants' codes only.</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</source>
        <translation>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The interface will be in French after a restart.</source>
        <translation>The interface will be in French after a restart.</translation>
    </message>
    <message>
        <source>The interface will be in English after a restart.</source>
        <translation>The interface will be in English after a restart.</translation>
    </message>
    <message>
        <source>Restarting locks the vault: unsaved changes in open editors are kept and offered again once the passphrase is typed.</source>
        <translation>Restarting locks the vault: unsaved changes in open editors are kept and offered again once the passphrase is typed.</translation>
    </message>
    <message>
        <source>Restarting opens a new demo vault: the changes made in this one are lost.</source>
        <translation>Restarting opens a new demo vault: the changes made in this one are lost.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Restart &amp;now</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>La&amp;ter</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Between %1 and %2 minutes</source>
        <translation>Between %1 and %2 minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Change the &amp;passphrase…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>New &amp;recovery key…</translation>
    </message>
    <message>
        <source>Lock after inactivity of:</source>
        <translation>Lock after inactivity of:</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Records</translation>
    </message>
    <message>
        <source>Between %1 and %2 months</source>
        <translation>Between %1 and %2 months</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Between %1 and %2 values</source>
        <translation>Between %1 and %2 values</translation>
    </message>
    <message>
        <source> values</source>
        <translation> values</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Person-level attendance is kept this long after a participant's last attendance, then folded into anonymous totals and deleted (CNIL: 24 months).</source>
        <translation>Person-level attendance is kept this long after a participant's last attendance, then folded into anonymous totals and deleted (CNIL: 24 months).</translation>
    </message>
    <message>
        <source>In anonymised totals, counts from 1 to k−1 are hidden (k = 5 by default; 3 is INSEE's minimum, 11 the DGFiP rule for individuals).</source>
        <translation>In anonymised totals, counts from 1 to k−1 are hidden (k = 5 by default; 3 is INSEE's minimum, 11 the DGFiP rule for individuals).</translation>
    </message>
    <message>
        <source>Each hidden count keeps at least this many possible values for whoever holds every report released (3 at least: a hidden count is 1 or more, so two values would say nearly everything). More hides more.</source>
        <translation>Each hidden count keeps at least this many possible values for whoever holds every report released (3 at least: a hidden count is 1 or more, so two values would say nearly everything). More hides more.</translation>
    </message>
    <message>
        <source>Keep person-level records for:</source>
        <translation>Keep person-level records for:</translation>
    </message>
    <message>
        <source>Suppression threshold k:</source>
        <translation>Suppression threshold k:</translation>
    </message>
    <message>
        <source>Hidden counts keep at &amp;least:</source>
        <translation>Hidden counts keep at &amp;least:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>As the system (French when unsure)</source>
        <translation>As the system (French when unsure)</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Vault</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Open the &amp;folder</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Back up now…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Location:</translation>
    </message>
    <message>
        <source>Consolidation</source>
        <translation>Consolidation</translation>
    </message>
    <message>
        <source>&amp;Consolidation…</source>
        <translation>&amp;Consolidation…</translation>
    </message>
    <message>
        <source>Pair this vault with the coordinator's, send it this vault's totals, or receive the organisations' totals</source>
        <translation>Pair this vault with the coordinator's, send it this vault's totals, or receive the organisations' totals</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>This vault coordinates the programme “%1”.</source>
        <translation>This vault coordinates the programme “%1”.</translation>
    </message>
    <message>
        <source>Paired with the coordinator of “%1”.</source>
        <translation>Paired with the coordinator of “%1”.</translation>
    </message>
    <message>
        <source>Not paired yet.</source>
        <translation>Not paired yet.</translation>
    </message>
</context>
<context>
    <name>SignatoriesField</name>
    <message>
        <source>&amp;Add a signatory…</source>
        <translation>&amp;Add a signatory…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signatories</translation>
    </message>
</context>
<context>
    <name>SignatoriesModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signed on</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Signatory</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>New signatory</source>
        <translation>New signatory</translation>
    </message>
    <message>
        <source>e.g. Ms Durand, director</source>
        <translation>e.g. Ms Durand, director</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signed &amp;by:</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signed &amp;on:</translation>
    </message>
    <message>
        <source>Every organisation of the directory signs already: add the partner to the directory first.</source>
        <translation>Every organisation of the directory signs already: add the partner to the directory first.</translation>
    </message>
    <message>
        <source>Choose the organisation that signed.</source>
        <translation>Choose the organisation that signed.</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Missing</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>revoked on %1</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>nothing received</translation>
    </message>
    <message>
        <source>nothing received for %1</source>
        <translation>nothing received for %1</translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation>nothing missing</translation>
    </message>
</context>
<context>
    <name>SupportDialog</name>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>New support</source>
        <translation>New support</translation>
    </message>
    <message>
        <source>Where it was put out or held</source>
        <translation>Where it was put out or held</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Support:</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantity:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Places:</translation>
    </message>
    <message>
        <source>Estimated &amp;reach:</source>
        <translation>Estimated &amp;reach:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>The end is before the start.</translation>
    </message>
</context>
<context>
    <name>SupportsField</name>
    <message>
        <source>Supports of the campaign</source>
        <translation>Supports of the campaign</translation>
    </message>
    <message>
        <source>Add a su&amp;pport…</source>
        <translation>Add a su&amp;pport…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
</context>
<context>
    <name>SupportsModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Reach (est.)</source>
        <translation>Reach (est.)</translation>
    </message>
</context>
<context>
    <name>TalliesPage</name>
    <message>
        <source>Reception tallies</source>
        <translation>Reception tallies</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Counts only: no name, no person. Reports hide small counts as they do for attendance.</source>
        <translation>Counts only: no name, no person. Reports hide small counts as they do for attendance.</translation>
    </message>
    <message>
        <source>Months recorded</source>
        <translation>Months recorded</translation>
    </message>
    <message>
        <source>One line per partner and month, latest first; choose one to show its counts in the editor, Enter to edit them.</source>
        <translation>One line per partner and month, latest first; choose one to show its counts in the editor, Enter to edit them.</translation>
    </message>
    <message>
        <source>Counts of one month</source>
        <translation>Counts of one month</translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation>Choose a partner…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save this partner's month (Ctrl+S)</source>
        <translation>Save this partner's month (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete this month…</source>
        <translation>&amp;Delete this month…</translation>
    </message>
    <message>
        <source>Delete the counts of this partner for this month</source>
        <translation>Delete the counts of this partner for this month</translation>
    </message>
    <message>
        <source>%1: between %2 and %3 persons</source>
        <translation>%1: between %2 and %3 persons</translation>
    </message>
    <message>
        <source>Counts not saved when the window locked could not be put back: their month or their partner can no longer be chosen.</source>
        <translation>Counts not saved when the window locked could not be put back: their month or their partner can no longer be chosen.</translation>
    </message>
    <message>
        <source>Counts not saved when the window locked have been put back. Save them (Ctrl+S), or choose another month to drop them.</source>
        <translation>Counts not saved when the window locked have been put back. Save them (Ctrl+S), or choose another month to drop them.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>No tally recorded yet. Each month, partners who receive victims count the persons they received in person and those they informed or directed elsewhere, by gender. Only counts are kept here, never a name nor a person; reports protect them like attendance, hiding small counts.</source>
        <translation>No tally recorded yet. Each month, partners who receive victims count the persons they received in person and those they informed or directed elsewhere, by gender. Only counts are kept here, never a name nor a person; reports protect them like attendance, hiding small counts.</translation>
    </message>
    <message>
        <source>Choose a month and a partner, type their counts, then save.</source>
        <translation>Choose a month and a partner, type their counts, then save.</translation>
    </message>
    <message>
        <source>&amp;Enter a first month</source>
        <translation>&amp;Enter a first month</translation>
    </message>
    <message>
        <source>The partners come from the directory: add them there first.</source>
        <translation>The partners come from the directory: add them there first.</translation>
    </message>
    <message>
        <source>Open the di&amp;rectory</source>
        <translation>Open the di&amp;rectory</translation>
    </message>
    <message>
        <source>Counts not saved</source>
        <translation>Counts not saved</translation>
    </message>
    <message>
        <source>The counts typed for %1 are not saved. Show another month or partner and lose them?</source>
        <translation>The counts typed for %1 are not saved. Show another month or partner and lose them?</translation>
    </message>
    <message>
        <source>&amp;Lose the changes</source>
        <translation>&amp;Lose the changes</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Keep editing</translation>
    </message>
    <message>
        <source>Choose the partner whose counts these are.</source>
        <translation>Choose the partner whose counts these are.</translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S saves).</source>
        <translation>Not saved yet (Ctrl+S saves).</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this partner this month.</source>
        <translation>Nothing recorded yet for this partner this month.</translation>
    </message>
    <message>
        <source>As recorded.</source>
        <translation>As recorded.</translation>
    </message>
    <message>
        <source>Choose a partner.</source>
        <translation>Choose a partner.</translation>
    </message>
    <message>
        <source>Correct the count refused before saving.</source>
        <translation>Correct the count refused before saving.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n person(s) for %1.</source>
        <translation>
            <numerusform>Saved: %n person for %1.</numerusform>
            <numerusform>Saved: %n persons for %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All counts are zero: nothing is kept for %1.</source>
        <translation>All counts are zero: nothing is kept for %1.</translation>
    </message>
    <message>
        <source>Deleted: the counts of %1.</source>
        <translation>Deleted: the counts of %1.</translation>
    </message>
    <message>
        <source>Delete the month's counts</source>
        <translation>Delete the month's counts</translation>
    </message>
    <message numerus="yes">
        <source>Delete the counts of %1 (%n person(s))? Reports will no longer count them. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the counts of %1 (%n person)? Reports will no longer count them. This cannot be undone.</numerusform>
            <numerusform>Delete the counts of %1 (%n persons)? Reports will no longer count them. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Keep</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informed</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>Follow-up task</source>
        <translation>Follow-up task</translation>
    </message>
    <message>
        <source>New follow-up task</source>
        <translation>New follow-up task</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Facilitator %1</source>
        <translation>Facilitator %1</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>By:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Wh&amp;at:</source>
        <translation>Wh&amp;at:</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Say what is to be done.</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <source>Follow-up tasks</source>
        <translation>Follow-up tasks</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Show &amp;done tasks</source>
        <translation>Show &amp;done tasks</translation>
    </message>
    <message>
        <source>Space: done or not (saved at once); Enter: change the task; Delete: remove it. Tasks are added at a working group's meeting.</source>
        <translation>Space: done or not (saved at once); Enter: change the task; Delete: remove it. Tasks are added at a working group's meeting.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Change…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>No follow-up task for %1.</source>
        <translation>No follow-up task for %1.</translation>
    </message>
    <message>
        <source>No follow-up task yet. Tasks are added in a working group's meeting, on its “Decisions and tasks” tab.</source>
        <translation>No follow-up task yet. Tasks are added in a working group's meeting, on its “Decisions and tasks” tab.</translation>
    </message>
    <message>
        <source>“%1” marked done.</source>
        <translation>“%1” marked done.</translation>
    </message>
    <message>
        <source>“%1” marked not done.</source>
        <translation>“%1” marked not done.</translation>
    </message>
    <message>
        <source>Undone: “%1” is as it was.</source>
        <translation>Undone: “%1” is as it was.</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Task saved.</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>“%1” removed.</translation>
    </message>
    <message>
        <source>Remove the task</source>
        <translation>Remove the task</translation>
    </message>
    <message>
        <source>Remove the task “%1”? This cannot be undone.</source>
        <translation>Remove the task “%1”? This cannot be undone.</translation>
    </message>
    <message>
        <source>&amp;Remove the task</source>
        <translation>&amp;Remove the task</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Keep it</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Task</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Due</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Working group</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>VPI Groups — unlock</source>
        <translation>VPI Groups — unlock</translation>
    </message>
    <message>
        <source>The vault is locked. Type your passphrase to open it.
Vault: %1</source>
        <translation>The vault is locked. Type your passphrase to open it.
Vault: %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Forgotten passphrase…</source>
        <translation>&amp;Forgotten passphrase…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when the vault was created (groups of 4 characters), then choose a new passphrase.</source>
        <translation>Type the recovery key you printed or saved when the vault was created (groups of 4 characters), then choose a new passphrase.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Set and open</source>
        <translation>&amp;Set and open</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>Older database</source>
        <translation>Older database</translation>
    </message>
    <message>
        <source>The database in this folder is older than its key file: an older copy of vault.db was put back (from a copy of the folder, a sync tool, a USB stick). What was written since is missing from it, and people erased since may have come back.

Open it all the same? The choice is recorded in the audit log. Otherwise, put back the latest vault.db, or restore your latest backup.</source>
        <translation>The database in this folder is older than its key file: an older copy of vault.db was put back (from a copy of the folder, a sync tool, a USB stick). What was written since is missing from it, and people erased since may have come back.

Open it all the same? The choice is recorded in the audit log. Otherwise, put back the latest vault.db, or restore your latest backup.</translation>
    </message>
    <message>
        <source>&amp;Open the older database</source>
        <translation>&amp;Open the older database</translation>
    </message>
    <message>
        <source>&amp;Do not open</source>
        <translation>&amp;Do not open</translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Enter the amount, in euros.</source>
        <translation>Enter the amount, in euros.</translation>
    </message>
</context>
</TS>