<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr_FR">
<context>
    <name>MainWindow</name>
    <message>
        <source>VPI Groups — Talk groups and prevention actions</source>
        <translation>VPI Groups — Groupes de parole et actions de prévention</translation>
    </message>
    <message>
        <source>%1 (demo vault)</source>
        <translation>%1 (coffre de démonstration)</translation>
    </message>
    <message>
        <source>Plan talk-group sessions, record attendance without names and prepare anonymised totals. Everything stays on this computer, encrypted.</source>
        <translation>Planifiez les séances des groupes de parole, notez les présences sans aucun nom et préparez des bilans anonymisés. Tout reste sur cet ordinateur, chiffré.</translation>
    </message>
    <message>
        <source>Demo vault: deleted when the window closes.</source>
        <translation>Coffre de démonstration : il sera effacé à la fermeture de la fenêtre.</translation>
    </message>
</context>
</TS>