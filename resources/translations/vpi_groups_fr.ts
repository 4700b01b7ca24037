<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionDialog</name>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Why the action is not renewed</source>
        <translation>Pourquoi l’action n’est pas reconduite</translation>
    </message>
    <message>
        <source>A working group</source>
        <translation>Un groupe de travail</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Professionals trained, by sector</source>
        <translation>Professionnel·les formé·es, par secteur</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>In&amp;titulé :</translation>
    </message>
    <message>
        <source>A&amp;xis:</source>
        <translation>A&amp;xe :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Yearly review:</source>
        <translation>Bi&amp;lan annuel :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Kind of public action:</source>
        <translation>T&amp;ype d’action grand public :</translation>
    </message>
    <message>
        <source>Estimated &amp;reach:</source>
        <translation>&amp;Public touché (estimation) :</translation>
    </message>
    <message>
        <source>Supports of the campaign</source>
        <translation>Supports de la campagne</translation>
    </message>
    <message>
        <source>Orientations adopted</source>
        <translation>Orientations adoptées</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
    <message>
        <source>&amp;What it is:</source>
        <translation>&amp;Nature :</translation>
    </message>
    <message>
        <source>Axis:</source>
        <translation>Axe :</translation>
    </message>
    <message>
        <source>Members:</source>
        <translation>Membres :</translation>
    </message>
    <message>
        <source>Next year&apos;s action continues this one: cancel the renewal to change it.</source>
        <translation>L’action de l’année suivante continue celle-ci : annulez la reconduction pour changer ce statut.</translation>
    </message>
    <message>
        <source>Use &quot;Renew next year&quot; on the programme page.</source>
        <translation>Utilisez « Reconduire l’année suivante » sur la page Groupes et actions.</translation>
    </message>
    <message>
        <source>Choose an axis.</source>
        <translation>Choisissez un axe.</translation>
    </message>
    <message>
        <source>Choose the kind of action.</source>
        <translation>Choisissez le type d’action.</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Yearly review</source>
        <translation>Bilan annuel</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Previous period (Page Up)</source>
        <translation>Période précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Aujourd’hui</translation>
    </message>
    <message>
        <source>Next period (Page Down)</source>
        <translation>Période suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>New &amp;session…</source>
        <translation>Nouvelle &amp;séance…</translation>
    </message>
    <message>
        <source>A training day, a stand, the plenary, or one more session of a group</source>
        <translation>Une journée de formation, un stand, la plénière, ou une séance de plus d’un groupe</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Group or action</source>
        <translation>Groupe ou action</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>All groups</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>All facilitators</source>
        <translation>Tous les animateur·rices</translation>
    </message>
    <message>
        <source>Week of %1 to %2</source>
        <translation>Semaine du %1 au %2</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacée du %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n séance</numerusform>
            <numerusform>%n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in conflict</source>
        <translation>
            <numerusform>%n en conflit</numerusform>
            <numerusform>%n en conflit</numerusform>
        </translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <source>Filter by group</source>
        <translation>Filtrer par groupe</translation>
    </message>
    <message>
        <source>Filter by facilitator</source>
        <translation>Filtrer par animateur·rice</translation>
    </message>
    <message>
        <source>Sessions of the period</source>
        <translation>Séances de la période</translation>
    </message>
    <message>
        <source>One line per session; Enter or a double-click opens it.</source>
        <translation>Une ligne par séance ; Entrée ou un double-clic l’ouvre.</translation>
    </message>
    <message>
        <source>No session yet: sessions come from the groups of the Groups and actions page. Create an action there, then its groups: their sessions appear here.</source>
        <translation>Aucune séance pour l’instant : les séances viennent des groupes de la page Groupes et actions. Créez-y une action, puis ses groupes : leurs séances apparaîtront ici.</translation>
    </message>
    <message>
        <source>&amp;Open Groups and actions</source>
        <translation>&amp;Ouvrir Groupes et actions</translation>
    </message>
    <message>
        <source>Colours: blue talk groups, green training, orange public actions. Struck through: cancelled. Red frame ⚠: a facilitator or a room booked twice. ↷: moved from its series&apos; date. Shaded day: public holiday or closure.</source>
        <translation>Couleurs : bleu groupes de parole, vert formation, orange actions grand public. Barré : annulée. Cadre rouge ⚠ : animateur·rice ou salle réservés deux fois. ↷ : déplacée de sa date dans la série. Jour grisé : jour férié ou fermeture.</translation>
    </message>
    <message>
        <source>Arrows: days and sessions; Home, End: start and end of the week; Page Up, Page Down: period; Enter: open the session.</source>
        <translation>Flèches : jours et séances ; Début, Fin : début et fin de la semaine ; Page préc., Page suiv. : période ; Entrée : ouvrir la séance.</translation>
    </message>
    <message>
        <source>In focus: %1</source>
        <translation>Au clavier : %1</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>New amendment</source>
        <translation>Nouvel avenant</translation>
    </message>
    <message>
        <source>e.g. Amendment no. 1: the convention is extended</source>
        <translation>ex. : Avenant n° 1 : la convention est prolongée</translation>
    </message>
    <message>
        <source>Leave the dash if the amendment does not move the end</source>
        <translation>Laissez le tiret si l’avenant ne change pas la date de fin</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le :</translation>
    </message>
    <message>
        <source>&amp;What it changes:</source>
        <translation>Ce qu’il &amp;change :</translation>
    </message>
    <message>
        <source>&amp;New end:</source>
        <translation>&amp;Nouvelle fin :</translation>
    </message>
    <message>
        <source>Say what the amendment changes.</source>
        <translation>Dites ce que change l’avenant.</translation>
    </message>
</context>
<context>
    <name>AmendmentsField</name>
    <message>
        <source>&amp;Add an amendment…</source>
        <translation>&amp;Ajouter un avenant…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
</context>
<context>
    <name>AmendmentsModel</name>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Avenant</translation>
    </message>
    <message>
        <source>New end</source>
        <translation>Nouvelle fin</translation>
    </message>
</context>
<context>
    <name>Amounts</name>
    <message>
        <source>Enter an amount in euros, with digits only: for example 12500, 12 500 or 12 500,50.</source>
        <translation>Saisissez un montant en euros, en chiffres seulement : par exemple 12500, 12 500 ou 12 500,50.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheet</name>
    <message>
        <source>The attendance sheet cannot be made</source>
        <translation>Impossible de préparer la feuille d’émargement</translation>
    </message>
    <message>
        <source>Save the attendance sheet</source>
        <translation>Enregistrer la feuille d’émargement</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Attendance sheet not saved</source>
        <translation>Feuille d’émargement non enregistrée</translation>
    </message>
    <message>
        <source>Choose another folder (or free some space), then save again.</source>
        <translation>Choisissez un autre dossier (ou libérez de la place), puis enregistrez de nouveau.</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Back up the vault</source>
        <translation>Sauvegarder le coffre</translation>
    </message>
    <message>
        <source>The backup is one encrypted file. It opens with the passphrase (or the recovery key) in force today. Keep it on another disk or a USB stick.</source>
        <translation>La sauvegarde est un seul fichier chiffré. Elle s’ouvre avec la phrase de passe (ou la clé de secours) en vigueur aujourd’hui. Gardez-la sur un autre disque ou une clé USB.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <source>VPI Groups backups (*.vpibak)</source>
        <translation>Sauvegardes VPI Groups (*.vpibak)</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Remplacer le fichier ?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with this backup?</source>
        <translation>%1 existe déjà. Le remplacer par cette sauvegarde ?</translation>
    </message>
    <message>
        <source>Backup written and verified: %1 (%2).</source>
        <translation>Sauvegarde écrite et vérifiée : %1 (%2).</translation>
    </message>
</context>
<context>
    <name>BilanDialog</name>
    <message>
        <source>Yearly bilan</source>
        <translation>Bilan annuel</translation>
    </message>
    <message>
        <source>The document for the funders and the partners: the programme, one sheet per action, the finances and the anonymised tables. Its counts of people are protected as a report&apos;s are; writing it is recorded with the reports released. Open it in Word or LibreOffice to finish it.</source>
        <translation>Le document destiné aux financeurs et aux partenaires : le programme, une fiche par action, les finances et les tableaux anonymisés. Ses effectifs de personnes sont protégés comme ceux d’un rapport, et son enregistrement est inscrit au registre des bilans diffusés. Ouvrez-le dans Word ou LibreOffice pour le finaliser.</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <source>Year of the bilan</source>
        <translation>Année du bilan</translation>
    </message>
    <message>
        <source>The report&apos;s &amp;period: %1 to %2</source>
        <translation>La &amp;période du rapport : du %1 au %2</translation>
    </message>
    <message>
        <source>What the bilan holds</source>
        <translation>Contenu du bilan</translation>
    </message>
    <message>
        <source>Write as &amp;DOCX…</source>
        <translation>Enregistrer en &amp;DOCX…</translation>
    </message>
    <message>
        <source>Write as PD&amp;F…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Preparing the bilan…</source>
        <translation>Préparation du bilan…</translation>
    </message>
    <message>
        <source>%1: %2 headings, %3 tables. Ready to be written.</source>
        <translation>%1 : %2 rubriques, %3 tableaux. Prêt à être enregistré.</translation>
    </message>
    <message>
        <source>Write the bilan</source>
        <translation>Enregistrer le bilan</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Bilan written: %1</source>
        <translation>Bilan enregistré : %1</translation>
    </message>
</context>
<context>
    <name>BudgetLineDialog</name>
    <message>
        <source>New budget line, %1</source>
        <translation>Nouvelle ligne budgétaire, %1</translation>
    </message>
    <message>
        <source>Budget line, %1</source>
        <translation>Ligne budgétaire, %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. printing of the posters</source>
        <translation>ex. : impression des affiches</translation>
    </message>
    <message>
        <source>e.g. 1 200</source>
        <translation>ex. : 1 200</translation>
    </message>
    <message>
        <source>blank: not known yet</source>
        <translation>vide : pas encore connu</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Catégorie :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Planned:</source>
        <translation>&amp;Prévu :</translation>
    </message>
    <message>
        <source>A&amp;ctual:</source>
        <translation>&amp;Réalisé :</translation>
    </message>
    <message>
        <source>Choose the category.</source>
        <translation>Choisissez la catégorie.</translation>
    </message>
</context>
<context>
    <name>BudgetModel</name>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Réalisé</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Écart</translation>
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
        <translation>aujourd’hui</translation>
    </message>
    <message>
        <source>sessions: %1</source>
        <translation>séances : %1</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>aucune séance</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <source>held</source>
        <translation>tenue</translation>
    </message>
    <message>
        <source>moved from %1</source>
        <translation>déplacée du %1</translation>
    </message>
    <message>
        <source>a facilitator or the room is booked twice</source>
        <translation>animateur·rice ou salle réservés deux fois</translation>
    </message>
    <message>
        <source>Agenda by week</source>
        <translation>Agenda de la semaine</translation>
    </message>
    <message>
        <source>Agenda by month</source>
        <translation>Agenda du mois</translation>
    </message>
    <message>
        <source>Closure: %1</source>
        <translation>Fermeture : %1</translation>
    </message>
    <message>
        <source>Moved from %1</source>
        <translation>Déplacée du %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>A facilitator or the room is booked twice</source>
        <translation>Un animateur ou la salle est réservé deux fois</translation>
    </message>
</context>
<context>
    <name>CalendarExportDialog</name>
    <message>
        <source>Export the calendar (.ics)</source>
        <translation>Exporter l’agenda (.ics)</translation>
    </message>
    <message>
        <source>Every facilitator</source>
        <translation>Tous les animateur·rices</translation>
    </message>
    <message>
        <source>Only &amp;between</source>
        <translation>Seulement e&amp;ntre</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>Partners: title, time, and the place where it may be shared</source>
        <translation>Partenaires : titre, horaire, et le lieu quand il peut être communiqué</translation>
    </message>
    <message>
        <source>Busy only: a neutral title and the time, nothing else</source>
        <translation>Occupé seulement : un titre neutre et l’horaire, rien d’autre</translation>
    </message>
    <message>
        <source>Write the &amp;facilitators&apos; names</source>
        <translation>Écrire les noms des &amp;animateur·rices</translation>
    </message>
    <message>
        <source>Keep &amp;cancelled sessions, marked &quot;ANNULÉ&quot; (Outlook may still show them)</source>
        <translation>Garder les séances ann&amp;ulées, marquées « ANNULÉ » (Outlook peut encore les afficher)</translation>
    </message>
    <message>
        <source>One &amp;file per group</source>
        <translation>Un fic&amp;hier par groupe</translation>
    </message>
    <message>
        <source>&amp;Groups (none ticked: all):</source>
        <translation>&amp;Groupes (aucun coché : tous) :</translation>
    </message>
    <message>
        <source>Facilita&amp;tor:</source>
        <translation>Anima&amp;teur·rice :</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>&amp;Privacy:</source>
        <translation>&amp;Confidentialité :</translation>
    </message>
    <message>
        <source>Ne&amp;utral title:</source>
        <translation>T&amp;itre neutre :</translation>
    </message>
    <message>
        <source>Calendar &amp;name:</source>
        <translation>Nom du ca&amp;lendrier :</translation>
    </message>
    <message>
        <source>Never included, whatever the choices: participants, their codes, attendance, notes and memos.</source>
        <translation>Jamais inclus, quels que soient les choix : les participant·es, leurs codes, les présences, les notes et les mémos.</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>What partners will see (first events):</source>
        <translation>Ce que verront les partenaires (premiers évènements) :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répété</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the file (a series counts once).</source>
        <translation>
            <numerusform>%n évènement dans le fichier (une série compte pour un).</numerusform>
            <numerusform>%n évènements dans le fichier (une série compte pour un).</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder for the calendars</source>
        <translation>Dossier des agendas</translation>
    </message>
    <message>
        <source>Save the calendar</source>
        <translation>Enregistrer l’agenda</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written in %1.</source>
        <translation>
            <numerusform>%n fichier écrit dans %1.</numerusform>
            <numerusform>%n fichiers écrits dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase de passe</translation>
    </message>
    <message>
        <source>The vault is re-encrypted under a new key: the old passphrase stops working, also with a copy of the key file. Backups made before keep opening with the passphrase of their day. The recovery key does not change.</source>
        <translation>Le coffre est rechiffré avec une nouvelle clé : l’ancienne phrase de passe ne marche plus, même avec une copie du fichier de clés. Les sauvegardes faites avant s’ouvrent toujours avec la phrase de passe de leur date. La clé de secours ne change pas.</translation>
    </message>
    <message>
        <source>C&amp;urrent passphrase:</source>
        <translation>Phrase de passe &amp;actuelle :</translation>
    </message>
    <message>
        <source>C&amp;hange the passphrase</source>
        <translation>C&amp;hanger la phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase changed. Use the new one from now on.</source>
        <translation>Phrase de passe changée. Utilisez désormais la nouvelle.</translation>
    </message>
    <message>
        <source>Passphrase changed. This vault came from a version whose recovery key could not follow a new key: here is its new recovery key. The old one no longer works.</source>
        <translation>Phrase de passe changée. Ce coffre venait d’une version dont la clé de secours ne pouvait pas suivre une nouvelle clé : voici sa nouvelle clé de secours. L’ancienne ne marche plus.</translation>
    </message>
</context>
<context>
    <name>CheckedSpinBox</name>
    <message>
        <source>Digits only</source>
        <translation>Chiffres seulement</translation>
    </message>
    <message>
        <source>Between %1 and %2</source>
        <translation>Entre %1 et %2</translation>
    </message>
    <message>
        <source>%1 — %2 refused, the value stays %3</source>
        <translation>%1 — %2 refusé, la valeur reste %3</translation>
    </message>
    <message>
        <source>%1 — empty, the value stays %2</source>
        <translation>%1 — champ vide, la valeur reste %2</translation>
    </message>
</context>
<context>
    <name>CommitmentDialog</name>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nouvel engagement</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. a psychologist for the talk groups</source>
        <translation>ex. : une psychologue pour les groupes de parole</translation>
    </message>
    <message>
        <source>e.g. 5 000</source>
        <translation>ex. : 5 000</translation>
    </message>
    <message>
        <source>The money committed, or the estimated value of the staff, rooms or help</source>
        <translation>La somme engagée, ou la valeur estimée du personnel, des salles ou de l’aide</translation>
    </message>
    <message>
        <source>&amp;Signatory:</source>
        <translation>&amp;Signataire :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Amount or value (€):</source>
        <translation>&amp;Montant ou valeur (€) :</translation>
    </message>
    <message>
        <source>Add the signatories first: a commitment is theirs.</source>
        <translation>Ajoutez d’abord les signataires : un engagement est toujours celui d’un signataire.</translation>
    </message>
    <message>
        <source>Choose the signatory who commits.</source>
        <translation>Choisissez le signataire qui s’engage.</translation>
    </message>
    <message>
        <source>Choose what kind of commitment it is.</source>
        <translation>Choisissez le type d’engagement.</translation>
    </message>
    <message>
        <source>Describe the commitment.</source>
        <translation>Décrivez l’engagement.</translation>
    </message>
</context>
<context>
    <name>CommitmentsField</name>
    <message>
        <source>&amp;Add a commitment…</source>
        <translation>&amp;Ajouter un engagement…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
</context>
<context>
    <name>CommitmentsModel</name>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Amount or value</source>
        <translation>Montant ou valeur</translation>
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
        <translation>&amp;Appairage</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Recei&amp;ve</source>
        <translation>Rece&amp;voir</translation>
    </message>
    <message>
        <source>The coordinator gives each organisation its card; each organisation gives back its key. Once a file is registered, read the fingerprint words to each other by phone: the same words on both sides mean the right key.</source>
        <translation>Le coordinateur donne sa carte à chaque structure ; chaque structure lui rend sa clé. Une fois un fichier enregistré, lisez-vous les mots d’empreinte au téléphone : les mêmes mots des deux côtés, c’est la bonne clé.</translation>
    </message>
    <message>
        <source>Coordinator key:</source>
        <translation>Clé de coordinateur :</translation>
    </message>
    <message>
        <source>This vault&apos;s key:</source>
        <translation>Clé de ce coffre :</translation>
    </message>
    <message>
        <source>&amp;Become the coordinator…</source>
        <translation>&amp;Devenir coordinateur…</translation>
    </message>
    <message>
        <source>Save the coordinator &amp;card…</source>
        <translation>Enregistrer la &amp;carte du coordinateur…</translation>
    </message>
    <message>
        <source>Re&amp;gister a card or key…</source>
        <translation>Enre&amp;gistrer une carte ou une clé reçue…</translation>
    </message>
    <message>
        <source>Save this vault&apos;s &amp;key…</source>
        <translation>Enregistrer la c&amp;lé de ce coffre…</translation>
    </message>
    <message>
        <source>Vaults paired</source>
        <translation>Coffres appairés</translation>
    </message>
    <message>
        <source>Vau&amp;lts paired:</source>
        <translation>Co&amp;ffres appairés :</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>Révo&amp;quer…</translation>
    </message>
    <message>
        <source>Its bundles are removed from the consolidation and new ones refused</source>
        <translation>Ses envois sont retirés de la consolidation et les prochains refusés</translation>
    </message>
    <message>
        <source>Register the coordinator&apos;s card first (tab Pairing): the bundle is encrypted for it, and only the coordinator can open it.</source>
        <translation>Enregistrez d’abord la carte du coordinateur (onglet Appairage) : l’envoi est chiffré pour elle, et seul le coordinateur peut l’ouvrir.</translation>
    </message>
    <message>
        <source>A bundle holds this vault&apos;s totals for a month, a quarter or a year, without any name or code. Prepare it, read what it holds, then write it and send the file to the coordinator.</source>
        <translation>Un envoi contient les totaux de ce coffre pour un mois, un trimestre ou une année, sans aucun nom ni code. Préparez-le, lisez ce qu’il contient, puis écrivez-le et envoyez le fichier au coordinateur.</translation>
    </message>
    <message>
        <source>Whole year</source>
        <translation>Année entière</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>&amp;Prepare</source>
        <translation>P&amp;réparer</translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation>Ce que contient l’envoi</translation>
    </message>
    <message>
        <source>Choose the period, then Prepare: what the bundle holds shows here.</source>
        <translation>Choisissez la période, puis Préparer : ce que contient l’envoi s’affiche ici.</translation>
    </message>
    <message>
        <source>What the bundle &amp;holds:</source>
        <translation>Ce q&amp;ue contient l’envoi :</translation>
    </message>
    <message>
        <source>&amp;Write the bundle…</source>
        <translation>Écr&amp;ire l’envoi…</translation>
    </message>
    <message>
        <source>Only the coordinator&apos;s vault receives bundles: become the coordinator first (tab Pairing).</source>
        <translation>Seul le coffre du coordinateur reçoit des envois : devenez d’abord coordinateur (onglet Appairage).</translation>
    </message>
    <message>
        <source>Import the bundles the organisations sent, or drop their files here. Each file is checked on its own: a refused one changes nothing. A newer bundle replaces the older one for the months it holds.</source>
        <translation>Importez les envois des structures, ou déposez leurs fichiers ici. Chaque fichier est vérifié à part : un fichier refusé ne change rien. Un envoi plus récent remplace l’ancien pour les mois qu’il contient.</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>Impor&amp;ter des envois…</translation>
    </message>
    <message>
        <source>Files imported</source>
        <translation>Fichiers importés</translation>
    </message>
    <message>
        <source>Files i&amp;mported:</source>
        <translation>Fic&amp;hiers importés :</translation>
    </message>
    <message>
        <source>Bundles received for the y&amp;ear:</source>
        <translation>Env&amp;ois reçus pour l’année :</translation>
    </message>
    <message>
        <source>Bundles received for the year</source>
        <translation>Envois reçus pour l’année</translation>
    </message>
    <message>
        <source>programme “%1”: %2</source>
        <translation>programme « %1 » : %2</translation>
    </message>
    <message>
        <source>none (this vault is not the coordinator)</source>
        <translation>aucune (ce coffre n’est pas celui du coordinateur)</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>not made yet (made when it is first saved)</source>
        <translation>pas encore créée (elle l’est au premier enregistrement)</translation>
    </message>
    <message>
        <source>Become the coordinator</source>
        <translation>Devenir coordinateur</translation>
    </message>
    <message>
        <source>Name of the programme, as the organisations know it (written on the card):</source>
        <translation>Nom du programme, tel que les structures le connaissent (écrit sur la carte) :</translation>
    </message>
    <message>
        <source>Give the programme&apos;s name.</source>
        <translation>Donnez le nom du programme.</translation>
    </message>
    <message>
        <source>This vault coordinates the programme “%1”. Save the card and give it to each organisation.</source>
        <translation>Ce coffre coordonne le programme « %1 ». Enregistrez la carte et donnez-la à chaque structure.</translation>
    </message>
    <message>
        <source>Save the coordinator card</source>
        <translation>Enregistrer la carte du coordinateur</translation>
    </message>
    <message>
        <source>Coordinator cards (*.json)</source>
        <translation>Cartes de coordinateur (*.json)</translation>
    </message>
    <message>
        <source>Card written: %1. Its fingerprint: %2.</source>
        <translation>Carte écrite : %1. Son empreinte : %2.</translation>
    </message>
    <message>
        <source>Save this vault&apos;s key</source>
        <translation>Enregistrer la clé de ce coffre</translation>
    </message>
    <message>
        <source>Organisation keys (*.json)</source>
        <translation>Clés de structure (*.json)</translation>
    </message>
    <message>
        <source>Key written: %1. Its fingerprint: %2.</source>
        <translation>Clé écrite : %1. Son empreinte : %2.</translation>
    </message>
    <message>
        <source>Register a card or a key</source>
        <translation>Enregistrer une carte ou une clé</translation>
    </message>
    <message>
        <source>Cards and keys (*.json);;All files (*)</source>
        <translation>Cartes et clés (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Coordinator of the programme “%1” registered.

Call the coordinator and compare the fingerprint words: they must read the same words on their screen.

%2</source>
        <translation>Coordinateur du programme « %1 » enregistré.

Appelez le coordinateur et comparez les mots d’empreinte : il doit lire les mêmes mots sur son écran.

%2</translation>
    </message>
    <message>
        <source>Organisation “%1” registered.

Call the organisation and compare the fingerprint words: they must read the same words on their screen.

%2</source>
        <translation>Structure « %1 » enregistrée.

Appelez la structure et comparez les mots d’empreinte : elle doit lire les mêmes mots sur son écran.

%2</translation>
    </message>
    <message>
        <source>Compare the fingerprint</source>
        <translation>Comparer l’empreinte</translation>
    </message>
    <message>
        <source>Revoke this organisation?</source>
        <translation>Révoquer cette structure ?</translation>
    </message>
    <message>
        <source>Revoke the key of “%1”? What it sent is removed from the consolidation, and its next bundles are refused. To receive its bundles again, it must make a new key.</source>
        <translation>Révoquer la clé de « %1 » ? Ce qu’elle a envoyé est retiré de la consolidation, et ses prochains envois sont refusés. Pour que ses envois soient de nouveau reçus, elle devra créer une nouvelle clé.</translation>
    </message>
    <message>
        <source>“%1” revoked: its bundles are removed.</source>
        <translation>« %1 » révoquée : ses envois sont retirés.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>Read what the bundle holds, then write it.</source>
        <translation>Lisez ce que contient l’envoi, puis écrivez-le.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Bundle from “%1” for %2.</source>
        <translation>Envoi de « %1 » pour %2.</translation>
    </message>
    <message>
        <source>Encrypted for the coordinator of the programme “%1”, whose fingerprint is:</source>
        <translation>Chiffré pour le coordinateur du programme « %1 », dont l’empreinte est :</translation>
    </message>
    <message>
        <source>It holds totals without any name or code:</source>
        <translation>Il contient des totaux sans aucun nom ni code :</translation>
    </message>
    <message>
        <source>Sessions planned or held: %1</source>
        <translation>Séances prévues ou réalisées : %1</translation>
    </message>
    <message>
        <source>Sessions held: %1</source>
        <translation>Séances réalisées : %1</translation>
    </message>
    <message>
        <source>Attendances: %1</source>
        <translation>Présences : %1</translation>
    </message>
    <message>
        <source>Distinct participants: %1</source>
        <translation>Participant·es différent·es : %1</translation>
    </message>
    <message>
        <source>Persons received by partners: %1</source>
        <translation>Personnes reçues par les partenaires : %1</translation>
    </message>
    <message>
        <source>Actions (%1):</source>
        <translation>Actions (%1) :</translation>
    </message>
    <message>
        <source>Talk groups (%1):</source>
        <translation>Groupes de parole (%1) :</translation>
    </message>
    <message>
        <source>Partners, for their receptions (%1):</source>
        <translation>Partenaires, pour leurs accueils (%1) :</translation>
    </message>
    <message>
        <source>Write the bundle</source>
        <translation>Écrire l’envoi</translation>
    </message>
    <message>
        <source>VPI Groups bundles (*.vpibundle)</source>
        <translation>Envois VPI Groups (*.vpibundle)</translation>
    </message>
    <message>
        <source>Bundle written: %1. Send this file to the coordinator.</source>
        <translation>Envoi écrit : %1. Envoyez ce fichier au coordinateur.</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des envois</translation>
    </message>
    <message>
        <source>VPI Groups bundles (*.vpibundle);;All files (*)</source>
        <translation>Envois VPI Groups (*.vpibundle);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>%1: received from %2 for %3.</source>
        <translation>%1 : reçu de %2 pour %3.</translation>
    </message>
    <message>
        <source>Replaces the earlier bundle (%1): attendances %2 → %3, participants %4 → %5.</source>
        <translation>Remplace l’envoi précédent (%1) : présences %2 → %3, participant·es %4 → %5.</translation>
    </message>
    <message>
        <source>The earlier bundle (%1) still counts for the months this one lacks.</source>
        <translation>L’envoi précédent (%1) reste compté pour les mois que celui-ci n’a pas.</translation>
    </message>
    <message>
        <source>%1: refused. %2</source>
        <translation>%1 : refusé. %2</translation>
    </message>
</context>
<context>
    <name>ContributionDialog</name>
    <message>
        <source>New contribution</source>
        <translation>Nouvelle participation</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>e.g. 1 500,00</source>
        <translation>ex. 1 500,00</translation>
    </message>
    <message>
        <source>e.g. a room two evenings a month</source>
        <translation>ex. une salle deux soirs par mois</translation>
    </message>
    <message>
        <source>e.g. 800</source>
        <translation>ex. 800</translation>
    </message>
    <message>
        <source>What the help in kind would have cost (a room&apos;s rent, hours of staff): the bilan counts it in the contributions in kind.</source>
        <translation>Ce qu’aurait coûté l’aide en nature (le loyer d’une salle, des heures de personnel) : le bilan la compte dans les contributions en nature.</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Montant :</translation>
    </message>
    <message>
        <source>In &amp;kind:</source>
        <translation>En &amp;nature :</translation>
    </message>
    <message>
        <source>Estimated &amp;value:</source>
        <translation>&amp;Valeur estimée :</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Ac&amp;tion :</translation>
    </message>
    <message>
        <source>The programme as a whole</source>
        <translation>Le programme dans son ensemble</translation>
    </message>
</context>
<context>
    <name>ContributionModel</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Financial contribution</source>
        <translation>Participation financière</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
</context>
<context>
    <name>ConventionDialog</name>
    <message>
        <source>New convention</source>
        <translation>Nouvelle convention</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Convention</translation>
    </message>
    <message>
        <source>e.g. Partnership convention of the network</source>
        <translation>ex. : Convention de partenariat du réseau</translation>
    </message>
    <message>
        <source>What the partners agree to do together</source>
        <translation>Ce que les partenaires s’engagent à faire ensemble</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>In&amp;titulé :</translation>
    </message>
    <message>
        <source>O&amp;bject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>&amp;Signatories (%1)</source>
        <translation>&amp;Signataires (%1)</translation>
    </message>
    <message>
        <source>Co&amp;mmitments (%1)</source>
        <translation>En&amp;gagements (%1)</translation>
    </message>
    <message>
        <source>Amen&amp;dments (%1)</source>
        <translation>A&amp;venants (%1)</translation>
    </message>
</context>
<context>
    <name>ConventionModel</name>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until (as amended)</source>
        <translation>Fin (avec avenants)</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>%1 (amended)</source>
        <translation>%1 (par avenant)</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Creating the vault</source>
        <translation>Création du coffre</translation>
    </message>
    <message>
        <source>Tuning the encryption to this computer and creating the vault…</source>
        <translation>Réglage du chiffrement pour cet ordinateur et création du coffre…</translation>
    </message>
    <message>
        <source>The vault is ready.</source>
        <translation>Le coffre est prêt.</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>Decision taken</source>
        <translation>Décision prise</translation>
    </message>
    <message>
        <source>Decision taken:</source>
        <translation>Décision prise :</translation>
    </message>
    <message>
        <source>Write the decision taken.</source>
        <translation>Écrivez la décision prise.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Partner organisations</source>
        <translation>Structures partenaires</translation>
    </message>
    <message>
        <source>&amp;New partner…</source>
        <translation>&amp;Nouvelle structure…</translation>
    </message>
    <message>
        <source>&amp;Edit partner…</source>
        <translation>&amp;Modifier la structure…</translation>
    </message>
    <message>
        <source>Contributions of the selected partner</source>
        <translation>Participations de la structure sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Add a contribution…</source>
        <translation>&amp;Ajouter une participation…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Mod&amp;ifier…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>S&amp;upprimer…</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <source>New &amp;facilitator…</source>
        <translation>Nou&amp;vel·le animateur·rice…</translation>
    </message>
    <message>
        <source>Edit facili&amp;tator…</source>
        <translation>Modifier l’anima&amp;teur·rice…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Start with the directory: the partner organisations and the facilitators. Each talk group needs at least two facilitators, chosen from here; then create the action and its groups in Groups and actions (rooms are typed in the group&apos;s editor).</source>
        <translation>Commencez par l’annuaire : les structures partenaires et les animateur·rices. Chaque groupe de parole a besoin d’au moins deux animateur·rices, choisi·es ici ; créez ensuite l’action et ses groupes dans Groupes et actions (les salles se saisissent dans la fiche du groupe).</translation>
    </message>
    <message>
        <source>Add a &amp;partner…</source>
        <translation>Ajouter une &amp;structure…</translation>
    </message>
    <message>
        <source>Add a f&amp;acilitator…</source>
        <translation>Ajouter un·e a&amp;nimateur·rice…</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Enter an amount in euros, for example 1 500,00.</source>
        <translation>Saisissez un montant en euros, par exemple 1 500,00.</translation>
    </message>
    <message>
        <source>Delete the contribution</source>
        <translation>Supprimer la participation</translation>
    </message>
    <message>
        <source>Delete this contribution? This cannot be undone.</source>
        <translation>Supprimer cette participation ? Cette suppression est définitive.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
</context>
<context>
    <name>EditorDialog</name>
    <message>
        <source>U&amp;ndo</source>
        <translation>Défa&amp;ire</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Défaire la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation>Réta&amp;blir</translation>
    </message>
    <message>
        <source>Redo the change (Ctrl+Shift+Z)</source>
        <translation>Rétablir la modification (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</source>
        <translation>Les modifications non enregistrées au moment du verrouillage ont été remises. Enregistrez-les, ou annulez pour les abandonner.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Close this editor and lose the changes made in it?</source>
        <translation>Fermer cette fiche et perdre les modifications qui y ont été faites ?</translation>
    </message>
    <message>
        <source>&amp;Lose the changes</source>
        <translation>&amp;Perdre les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
</context>
<context>
    <name>FacilitatorDialog</name>
    <message>
        <source>New facilitator</source>
        <translation>Nouvel·le animateur·rice</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur·rice</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>e.g. social worker, psychologist</source>
        <translation>ex. assistante sociale, psychologue</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. first.last@example.org</source>
        <translation>ex. prenom.nom@exemple.fr</translation>
    </message>
    <message>
        <source>Where invitations to trainings and meetings are sent (optional).</source>
        <translation>L’adresse où sont envoyées les invitations aux formations et réunions (facultatif).</translation>
    </message>
    <message>
        <source>&amp;Active (can be given new groups)</source>
        <translation>&amp;Actif·ve (peut recevoir de nouveaux groupes)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction :</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;teur :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>Choose a sector.</source>
        <translation>Choisissez un secteur.</translation>
    </message>
</context>
<context>
    <name>FacilitatorModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif·ve</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>VPI Groups — first start</source>
        <translation>VPI Groups — premier démarrage</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Précédent</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Open VPI Groups</source>
        <translation>&amp;Ouvrir VPI Groups</translation>
    </message>
</context>
<context>
    <name>FollowUpPanel</name>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Add a decision…</source>
        <translation>Ajouter une décision…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tâches de suivi</translation>
    </message>
    <message>
        <source>Add a task…</source>
        <translation>Ajouter une tâche…</translation>
    </message>
    <message>
        <source>Decisions taken at this meeting:</source>
        <translation>Décisions prises à cette réunion :</translation>
    </message>
    <message>
        <source>Follow-up tasks (Space: done; Enter: change; Delete: remove):</source>
        <translation>Tâches de suivi (Espace : faite ; Entrée : modifier ; Suppr : retirer) :</translation>
    </message>
</context>
<context>
    <name>FunderDialog</name>
    <message>
        <source>New funder</source>
        <translation>Nouveau financeur</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>e.g. Prefecture (State)</source>
        <translation>ex. : Préfecture (État)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The same organisation in the directory, when the funder is a partner too</source>
        <translation>La même structure dans l’annuaire, quand le financeur est aussi partenaire</translation>
    </message>
    <message>
        <source>One per line, e.g.
FIPD
REAAP</source>
        <translation>Un par ligne, ex. :
FIPD
REAAP</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Partner in the directory:</source>
        <translation>&amp;Partenaire dans l’annuaire :</translation>
    </message>
    <message>
        <source>P&amp;rogrammes or funds:</source>
        <translation>&amp;Dispositifs ou fonds :</translation>
    </message>
    <message>
        <source>Choose the kind of funder.</source>
        <translation>Choisissez le type de financeur.</translation>
    </message>
</context>
<context>
    <name>FunderModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Dispositifs</translation>
    </message>
    <message>
        <source>Partner in the directory</source>
        <translation>Partenaire dans l’annuaire</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
</context>
<context>
    <name>GrantDialog</name>
    <message>
        <source>New grant, %1</source>
        <translation>Nouvelle subvention, %1</translation>
    </message>
    <message>
        <source>Grant, %1</source>
        <translation>Subvention, %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>e.g. 12 500</source>
        <translation>ex. : 12 500</translation>
    </message>
    <message>
        <source>blank: pending</source>
        <translation>vide : en attente</translation>
    </message>
    <message>
        <source>Leave blank while it is not decided; 0 if refused</source>
        <translation>Laissez vide tant que ce n’est pas décidé ; 0 en cas de refus</translation>
    </message>
    <message>
        <source>Year:</source>
        <translation>Année :</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Financeur :</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Dis&amp;positif :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>Re&amp;quested:</source>
        <translation>&amp;Demandé :</translation>
    </message>
    <message>
        <source>as&amp;ked on</source>
        <translation>demandé &amp;le</translation>
    </message>
    <message>
        <source>&amp;Granted:</source>
        <translation>A&amp;ccordé :</translation>
    </message>
    <message>
        <source>grante&amp;d on</source>
        <translation>acc&amp;ordé le</translation>
    </message>
    <message>
        <source>Pa&amp;yments:</source>
        <translation>&amp;Versements :</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Paid: %1. Not granted yet.</source>
        <translation>Versé : %1. Pas encore accordé.</translation>
    </message>
    <message>
        <source>Paid: %1. To receive: %2.</source>
        <translation>Versé : %1. Reste à percevoir : %2.</translation>
    </message>
    <message>
        <source>Choose the funder.</source>
        <translation>Choisissez le financeur.</translation>
    </message>
</context>
<context>
    <name>GrantModel</name>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Dispositif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>Reste à percevoir</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <source>New talk group</source>
        <translation>Nouveau groupe de parole</translation>
    </message>
    <message>
        <source>Talk group</source>
        <translation>Groupe de parole</translation>
    </message>
    <message>
        <source>Closed (fixed members)</source>
        <translation>Fermé (membres fixes)</translation>
    </message>
    <message>
        <source>Open (drop-in)</source>
        <translation>Ouvert (accès libre)</translation>
    </message>
    <message>
        <source>Between %1 and %2 people</source>
        <translation>Entre %1 et %2 personnes</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Fewest participants</source>
        <translation>Nombre minimum de participants</translation>
    </message>
    <message>
        <source>Most participants</source>
        <translation>Nombre maximum de participants</translation>
    </message>
    <message>
        <source>Choose or type a new room</source>
        <translation>Choisissez ou saisissez une nouvelle salle</translation>
    </message>
    <message>
        <source>&amp;Location may be shared with partners</source>
        <translation>Lieu pa&amp;rtageable avec les partenaires</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité :</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>Sa&amp;lle :</translation>
    </message>
    <message>
        <source>&amp;Facilitators (two or more):</source>
        <translation>&amp;Animateur·rices (deux ou plus) :</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Jus&amp;qu’au</translation>
    </message>
    <message>
        <source>For a number of &amp;sessions</source>
        <translation>Pour un nombre de &amp;séances</translation>
    </message>
    <message>
        <source>Between %1 and %2 sessions</source>
        <translation>Entre %1 et %2 séances</translation>
    </message>
    <message>
        <source>Number of sessions</source>
        <translation>Nombre de séances</translation>
    </message>
    <message>
        <source>Date of the last session</source>
        <translation>Date de la dernière séance</translation>
    </message>
    <message>
        <source>Between %1 and %2 minutes</source>
        <translation>Entre %1 et %2 minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>First day of the closure</source>
        <translation>Premier jour de la fermeture</translation>
    </message>
    <message>
        <source>Last day of the closure</source>
        <translation>Dernier jour de la fermeture</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Aj&amp;outer</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Enle&amp;ver</translation>
    </message>
    <message>
        <source>&amp;Rhythm:</source>
        <translation>&amp;Fréquence :</translation>
    </message>
    <message>
        <source>&amp;Every:</source>
        <translation>&amp;Tous les :</translation>
    </message>
    <message>
        <source>&amp;Which one:</source>
        <translation>Ran&amp;g dans le mois :</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>Firs&amp;t day:</source>
        <translation>&amp;Premier jour :</translation>
    </message>
    <message>
        <source>Ends:</source>
        <translation>Fin :</translation>
    </message>
    <message>
        <source>T&amp;ime:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Public holidays:</source>
        <translation>Jo&amp;urs fériés :</translation>
    </message>
    <message>
        <source>Closures:</source>
        <translation>Fermetures :</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Récurrence</translation>
    </message>
    <message>
        <source>Dates of the series</source>
        <translation>Dates de la série</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>month(s)</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>week(s)</source>
        <translation>semaine(s)</translation>
    </message>
    <message>
        <source>%1 session(s) from %2 to %3; %4 date(s) skipped.</source>
        <translation>%1 séance(s) du %2 au %3 ; %4 date(s) sautée(s).</translation>
    </message>
</context>
<context>
    <name>GroupModel</name>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateur·rices</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
    <message>
        <source>%1, every %2</source>
        <translation>%1, tous les %2</translation>
    </message>
</context>
<context>
    <name>HelpViewer</name>
    <message>
        <source>VPI Groups help</source>
        <translation>Aide de VPI Groups</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Revenir à la page précédente</translation>
    </message>
    <message>
        <source>Back to the previous page (Alt+Left arrow)</source>
        <translation>Revenir à la page précédente (Alt+Flèche gauche)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>First page of the guide</source>
        <translation>Première page du guide</translation>
    </message>
    <message>
        <source>Find in the page</source>
        <translation>Chercher dans la page</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Chercher :</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Occurrence précédente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Sui&amp;vant</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Occurrence suivante</translation>
    </message>
    <message>
        <source>This page of the guide cannot be found: %1</source>
        <translation>Cette page du guide est introuvable : %1</translation>
    </message>
    <message>
        <source>This link leads outside the guide and is not opened here (the application never uses the network): %1</source>
        <translation>Ce lien mène hors du guide et n’est pas ouvert ici (l’application n’utilise jamais le réseau) : %1</translation>
    </message>
    <message>
        <source>VPI Groups help — %1</source>
        <translation>Aide de VPI Groups — %1</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
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
        <translation>Financeur</translation>
    </message>
</context>
<context>
    <name>InKindModel</name>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Estimated value</source>
        <translation>Valeur estimée</translation>
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
        <translation>Bienvenue dans VPI Groups</translation>
    </message>
    <message>
        <source>&lt;p&gt;Everything you record here — groups, sessions, attendance, notes — is kept in an &lt;b&gt;encrypted vault&lt;/b&gt; on this computer only. Nothing is sent over the network.&lt;/p&gt;&lt;p&gt;The vault opens with a &lt;b&gt;passphrase&lt;/b&gt; that you choose now. Without it the data cannot be read, not even by us: there is no reset by e-mail.&lt;/p&gt;&lt;p&gt;In case you forget it, the next pages give you a &lt;b&gt;recovery key&lt;/b&gt;. Print it or save it, and keep it safe, away from the computer. If both the passphrase and the recovery key are lost, the data is lost.&lt;/p&gt;&lt;p&gt;The vault will be created in:&lt;br/&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tout ce que vous enregistrez ici — groupes, séances, présences, notes — est conservé dans un &lt;b&gt;coffre chiffré&lt;/b&gt;, sur cet ordinateur uniquement. Rien n’est envoyé sur le réseau.&lt;/p&gt;&lt;p&gt;Le coffre s’ouvre avec une &lt;b&gt;phrase de passe&lt;/b&gt; que vous choisissez maintenant. Sans elle, personne ne peut lire les données, pas même nous : il n’existe aucune réinitialisation par courriel.&lt;/p&gt;&lt;p&gt;En cas d’oubli, les pages suivantes vous donnent une &lt;b&gt;clé de secours&lt;/b&gt;. Imprimez-la ou enregistrez-la, et gardez-la en lieu sûr, à part de l’ordinateur. Si la phrase de passe et la clé de secours sont perdues toutes les deux, les données sont perdues.&lt;/p&gt;&lt;p&gt;Le coffre sera créé dans :&lt;br/&gt;&lt;tt&gt;%1&lt;/tt&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>InvitationDialog</name>
    <message>
        <source>Invite professionals</source>
        <translation>Inviter des professionnel·les</translation>
    </message>
    <message>
        <source>Tick the people to invite: everyone of the directory with an e-mail address, the session&apos;s facilitators first. The invitation is made from the session as saved; send it again after a change, and once the session is cancelled the file cancels it in their calendars.</source>
        <translation>Cochez les personnes à inviter : toutes celles de l’annuaire qui ont une adresse électronique, les animateur·rices de la séance en premier. L’invitation reprend la séance telle qu’elle est enregistrée ; renvoyez-la après un changement. Une fois la séance annulée, le fichier l’annule dans leurs agendas.</translation>
    </message>
    <message>
        <source>People to invite</source>
        <translation>Personnes à inviter</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Aucun rappel</translation>
    </message>
    <message>
        <source>1 hour before</source>
        <translation>1 heure avant</translation>
    </message>
    <message>
        <source>1 day before</source>
        <translation>1 jour avant</translation>
    </message>
    <message>
        <source>2 days before</source>
        <translation>2 jours avant</translation>
    </message>
    <message>
        <source>1 week before</source>
        <translation>1 semaine avant</translation>
    </message>
    <message>
        <source>&amp;People:</source>
        <translation>&amp;Personnes :</translation>
    </message>
    <message>
        <source>&amp;Reminder:</source>
        <translation>&amp;Rappel :</translation>
    </message>
    <message>
        <source>Save the &amp;invitation (.ics)…</source>
        <translation>Enregistrer l’&amp;invitation (.ics)…</translation>
    </message>
    <message>
        <source>Prepare the &amp;e-mail (.eml)…</source>
        <translation>Préparer le &amp;courriel (.eml)…</translation>
    </message>
    <message>
        <source>An e-mail ready to send, the invitation attached, that your mail program opens: nothing is sent from here.</source>
        <translation>Un courriel prêt à envoyer, l’invitation en pièce jointe, que votre messagerie ouvre : rien n’est envoyé d’ici.</translation>
    </message>
    <message>
        <source>&amp;Open the e-mail</source>
        <translation>&amp;Ouvrir le courriel</translation>
    </message>
    <message numerus="yes">
        <source>Invite to every session to come of this action (%n)</source>
        <translation>
            <numerusform>Inviter à toutes les séances à venir de cette action (%n)</numerusform>
            <numerusform>Inviter à toutes les séances à venir de cette action (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>One invitation per session, each to accept or decline in the calendar: all attached to one e-mail, or one file each in a folder.</source>
        <translation>Une invitation par séance, chacune à accepter ou refuser dans l’agenda : toutes jointes à un seul courriel, ou un fichier chacune dans un dossier.</translation>
    </message>
    <message>
        <source>Nobody in the directory has an e-mail address yet: add addresses to facilitators or partners in the Directory, then invite.</source>
        <translation>Personne dans l’annuaire n’a encore d’adresse électronique : ajoutez-en aux animateur·rices ou aux structures partenaires dans l’Annuaire, puis invitez.</translation>
    </message>
    <message>
        <source>Not offered, their address is not one e-mail address (correct it in the Directory): %1.</source>
        <translation>Non proposé·es, leur adresse n’en est pas une (à corriger dans l’Annuaire) : %1.</translation>
    </message>
    <message>
        <source>Save the &amp;invitations in a folder (.ics)…</source>
        <translation>Enregistrer les &amp;invitations dans un dossier (.ics)…</translation>
    </message>
    <message>
        <source>Folder for the invitations</source>
        <translation>Dossier des invitations</translation>
    </message>
    <message>
        <source>Save the e-mail draft</source>
        <translation>Enregistrer le brouillon de courriel</translation>
    </message>
    <message>
        <source>Save the invitation</source>
        <translation>Enregistrer l’invitation</translation>
    </message>
    <message>
        <source>E-mails (*.eml)</source>
        <translation>Courriels (*.eml)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Agendas (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>E-mail carrying %n invitation(s) written in %1.</source>
        <translation>
            <numerusform>Courriel portant %n invitation écrit dans %1.</numerusform>
            <numerusform>Courriel portant %n invitations écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invitation file(s) written in the folder %1.</source>
        <translation>
            <numerusform>%n fichier d’invitation écrit dans le dossier %1.</numerusform>
            <numerusform>%n fichiers d’invitation écrits dans le dossier %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) no longer invited to some of these sessions: their cancellations are in %1, to send too.</source>
        <translation>
            <numerusform>%n personne n’est plus invitée à certaines de ces séances : ses annulations sont dans %1, à envoyer aussi.</numerusform>
            <numerusform>%n personnes ne sont plus invitées à certaines de ces séances : leurs annulations sont dans %1, à envoyer aussi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancellation for %n person(s) written in %1.</source>
        <translation>
            <numerusform>Annulation pour %n personne écrite dans %1.</numerusform>
            <numerusform>Annulation pour %n personnes écrite dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invitation for %n person(s) written in %1.</source>
        <translation>
            <numerusform>Invitation pour %n personne écrite dans %1.</numerusform>
            <numerusform>Invitation pour %n personnes écrite dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) no longer invited: their cancellation is in %1, to send too.</source>
        <translation>
            <numerusform>%n personne n’est plus invitée : son annulation est dans %1, à envoyer aussi.</numerusform>
            <numerusform>%n personnes ne sont plus invitées : leur annulation est dans %1, à envoyer aussi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernier</translation>
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
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OK, add &amp;another</source>
        <translation>OK, en ajouter un &amp;autre</translation>
    </message>
    <message>
        <source>Keep this line and type the next one</source>
        <translation>Garder cette ligne et saisir la suivante</translation>
    </message>
</context>
<context>
    <name>LinesField</name>
    <message>
        <source>Insert adds a line, Enter edits the current one, Delete removes it.</source>
        <translation>Inser ajoute une ligne, Entrée modifie la ligne courante, Suppr la retire.</translation>
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
        <translation>La page affichée à droite. Ctrl+1 à Ctrl+8 affichent une page depuis n’importe où.</translation>
    </message>
    <message>
        <source>Page content</source>
        <translation>Contenu de la page</translation>
    </message>
    <message>
        <source>Vault status</source>
        <translation>État du coffre</translation>
    </message>
    <message>
        <source>Show the convention</source>
        <translation>Voir la convention</translation>
    </message>
    <message>
        <source>Open the partnership page on this convention</source>
        <translation>Ouvrir la page Partenariat sur cette convention</translation>
    </message>
    <message>
        <source>Show the convention to renew</source>
        <translation>Voir la convention à renouveler</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Groups and actions</source>
        <translation>Groupes et actions</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Tallies</source>
        <translation>Comptages</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Menu bar</source>
        <translation>Barre de menus</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Sauvegarder le coffre…</translation>
    </message>
    <message>
        <source>&amp;Export the calendar (.ics)…</source>
        <translation>&amp;Exporter l’agenda (.ics)…</translation>
    </message>
    <message>
        <source>Follow-up &amp;tasks…</source>
        <translation>&amp;Tâches de suivi…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>User &amp;guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <source>&amp;About VPI Groups</source>
        <translation>&amp;À propos de VPI Groups</translation>
    </message>
    <message>
        <source>VPI Groups — Talk groups and prevention actions</source>
        <translation>VPI Groups — Groupes de parole et actions de prévention</translation>
    </message>
    <message>
        <source>%1 (demo vault)</source>
        <translation>%1 (coffre de démonstration)</translation>
    </message>
    <message>
        <source>Demo vault, deleted when the window closes (passphrase: %1)</source>
        <translation>Coffre de démonstration, effacé à la fermeture (phrase de passe : %1)</translation>
    </message>
    <message>
        <source>Vault: %1</source>
        <translation>Coffre : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n other convention(s) to renew)</source>
        <translation>
            <numerusform>%1 (et %n autre convention à renouveler)</numerusform>
            <numerusform>%1 (et %n autres conventions à renouveler)</numerusform>
        </translation>
    </message>
    <message>
        <source>Vault locked</source>
        <translation>Coffre verrouillé</translation>
    </message>
    <message numerus="yes">
        <source>Vault locked. Unsaved changes in %n editor(s) could not be kept: the disk is full or cannot be written.</source>
        <translation>
            <numerusform>Coffre verrouillé. Les modifications non enregistrées de %n éditeur n’ont pas pu être gardées : le disque est plein ou ne peut pas être écrit.</numerusform>
            <numerusform>Coffre verrouillé. Les modifications non enregistrées de %n éditeurs n’ont pas pu être gardées : le disque est plein ou ne peut pas être écrit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the restored vault</source>
        <translation>Ouvrir le coffre restauré</translation>
    </message>
    <message>
        <source>Open the restored vault in %1 now? The current vault will be locked.</source>
        <translation>Ouvrir maintenant le coffre restauré dans %1 ? Le coffre actuel sera verrouillé.</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>Redémarrage</translation>
    </message>
    <message>
        <source>VPI Groups could not start again. The new language will be used at the next start: close the application and open it again.</source>
        <translation>VPI Groups n’a pas pu redémarrer. La nouvelle langue sera utilisée au prochain démarrage : fermez l’application puis ouvrez-la de nouveau.</translation>
    </message>
    <message>
        <source>About VPI Groups</source>
        <translation>À propos de VPI Groups</translation>
    </message>
    <message>
        <source>VPI Groups %1

Talk groups and prevention actions against domestic violence. Everything stays on this computer, encrypted; the application never uses the network.</source>
        <translation>VPI Groups %1

Groupes de parole et actions de prévention des violences intrafamiliales. Tout reste sur cet ordinateur, chiffré ; l’application n’utilise jamais le réseau.</translation>
    </message>
</context>
<context>
    <name>MembersField</name>
    <message>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <source>Led by</source>
        <translation>Anime</translation>
    </message>
    <message>
        <source>The directory has no facilitator yet: add them there.</source>
        <translation>L’annuaire n’a encore aucun·e animateur·rice : ajoutez-les d’abord.</translation>
    </message>
    <message>
        <source>Led by:</source>
        <translation>Anime :</translation>
    </message>
    <message>
        <source>Facilitator %1</source>
        <translation>Animateur·rice %1</translation>
    </message>
    <message>
        <source>%1 (no longer active)</source>
        <translation>%1 (n’est plus actif·ve)</translation>
    </message>
    <message>
        <source>Nobody in particular</source>
        <translation>Personne en particulier</translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>A working group usually has 6 to 8 members.</source>
        <translation>Un groupe de travail compte d’ordinaire 6 à 8 membres.</translation>
    </message>
</context>
<context>
    <name>MinutesPanel</name>
    <message>
        <source>Minutes of the meeting</source>
        <translation>Compte rendu de la réunion</translation>
    </message>
    <message>
        <source>Minutes of the meeting. They stay in the vault and are never exported: send them to the members yourself if you wish.</source>
        <translation>Compte rendu de la réunion. Il reste dans le coffre et n’est jamais exporté : envoyez-le vous-même aux membres si vous le souhaitez.</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Bold (%1)</source>
        <translation>Gras (%1)</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Italique</translation>
    </message>
    <message>
        <source>Italic (%1)</source>
        <translation>Italique (%1)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Send to the members (.eml)…</source>
        <translation>Envoyer aux membres (.eml)…</translation>
    </message>
    <message>
        <source>An e-mail ready to send, the minutes as saved addressed to the members who have an address, that your mail program opens: nothing is sent from here.</source>
        <translation>Un courriel prêt à envoyer, le compte rendu tel qu’enregistré adressé aux membres qui ont une adresse, que votre messagerie ouvre : rien n’est envoyé d’ici.</translation>
    </message>
    <message>
        <source>Open the e-mail</source>
        <translation>Ouvrir le courriel</translation>
    </message>
    <message>
        <source>The minutes have changes not saved yet: save the session first, then send them (the e-mail holds the minutes as saved).</source>
        <translation>Le compte rendu a des modifications pas encore enregistrées : enregistrez d’abord la séance, puis envoyez-le (le courriel reprend le compte rendu tel qu’enregistré).</translation>
    </message>
    <message>
        <source>No minutes saved yet: write them, save the session, then send them to the members.</source>
        <translation>Aucun compte rendu enregistré : écrivez-le, enregistrez la séance, puis envoyez-le aux membres.</translation>
    </message>
    <message>
        <source>Send the minutes to the members</source>
        <translation>Envoyer le compte rendu aux membres</translation>
    </message>
    <message>
        <source>minutes.eml</source>
        <translation>compte-rendu.eml</translation>
    </message>
    <message>
        <source>E-mails (*.eml)</source>
        <translation>Courriels (*.eml)</translation>
    </message>
    <message numerus="yes">
        <source>E-mail to %n member(s) written in %1: open it in your mail program to send it.</source>
        <translation>
            <numerusform>Courriel à %n membre écrit dans %1 : ouvrez-le dans votre messagerie pour l’envoyer.</numerusform>
            <numerusform>Courriel à %n membres écrit dans %1 : ouvrez-le dans votre messagerie pour l’envoyer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MoneyModel</name>
    <message>
        <source>Requested</source>
        <translation>Demandé</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Versé</translation>
    </message>
    <message>
        <source>To receive</source>
        <translation>Reste à percevoir</translation>
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
        <translation>Textes du bilan</translation>
    </message>
    <message>
        <source>“%1” — %2, %3</source>
        <translation>« %1 » — %2, %3</translation>
    </message>
    <message>
        <source>What the action sets out to do</source>
        <translation>Ce que l’action se propose de faire</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>À qui elle s’adresse</translation>
    </message>
    <message>
        <source>What was done this year: when, where, with which partners, how it went</source>
        <translation>Ce qui a été fait cette année : quand, où, avec quels partenaires, comment cela s’est passé</translation>
    </message>
    <message>
        <source>What comes next year</source>
        <translation>Ce qui est prévu l’année prochaine</translation>
    </message>
    <message>
        <source>&amp;Aims:</source>
        <translation>&amp;Objectifs :</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>Public &amp;visé :</translation>
    </message>
    <message>
        <source>&amp;What was done:</source>
        <translation>Ce qui a été &amp;réalisé :</translation>
    </message>
    <message>
        <source>Ne&amp;xt steps:</source>
        <translation>&amp;Perspectives :</translation>
    </message>
    <message>
        <source>Save the texts (Ctrl+Enter)</source>
        <translation>Enregistrer les textes (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Taken from last year&apos;s texts of the action it renews: bring them up to date, then save them for this year.</source>
        <translation>Repris des textes de l’an dernier de l’action qu’elle reconduit : mettez-les à jour, puis enregistrez-les pour cette année.</translation>
    </message>
</context>
<context>
    <name>NewParticipantDialog</name>
    <message>
        <source>New participant</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant·e</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>No name is recorded: the application gives the person a code.</source>
        <translation>Aucun nom n’est enregistré : l’application attribue un code à la personne.</translation>
    </message>
    <message>
        <source>Private memo</source>
        <translation>Mémo privé</translation>
    </message>
    <message>
        <source>Private memo (stays in the vault, never exported)</source>
        <translation>Mémo privé (reste dans le coffre, jamais exporté)</translation>
    </message>
    <message>
        <source>&amp;Age band:</source>
        <translation>Tranche d’&amp;âge :</translation>
    </message>
    <message>
        <source>&amp;Gender:</source>
        <translation>&amp;Genre :</translation>
    </message>
    <message>
        <source>&amp;Referred by:</source>
        <translation>&amp;Orientée par :</translation>
    </message>
    <message>
        <source>Choose who referred this person, or “Not recorded” if nobody knows.</source>
        <translation>Choisissez qui a orienté cette personne, ou « Non renseigné » si on ne le sait pas.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseField</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Confirm:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>A sentence you will remember</source>
        <translation>Une phrase dont vous vous souviendrez</translation>
    </message>
    <message>
        <source>It uses the programme&apos;s own words (its name, the facilitators&apos; names): anyone who knows it will try them first.</source>
        <translation>Elle reprend les mots du dispositif (nom du programme, des animateurs) : ceux qui le connaissent les essaieront d’abord.</translation>
    </message>
    <message>
        <source>It contains a phone number: people who know you can guess it.</source>
        <translation>Elle contient un numéro de téléphone : ceux qui vous connaissent peuvent le deviner.</translation>
    </message>
    <message>
        <source>It follows the keyboard&apos;s keys (azerty, qwerty…): one of the first things tried.</source>
        <translation>Elle suit les touches du clavier (azerty, qsdf…) : c’est un des premiers essais.</translation>
    </message>
    <message>
        <source>It contains a very common password, word or first name.</source>
        <translation>Elle contient un mot de passe, un mot ou un prénom très répandu.</translation>
    </message>
    <message>
        <source>It contains a predictable sequence (abcd, 1234…).</source>
        <translation>Elle contient une suite prévisible (abcd, 1234…).</translation>
    </message>
    <message>
        <source>It repeats characters or groups: vary them.</source>
        <translation>Elle répète des caractères ou des groupes : variez-les.</translation>
    </message>
    <message>
        <source>It contains a date or a year, easy to guess.</source>
        <translation>Elle contient une date ou une année, facile à deviner.</translation>
    </message>
    <message>
        <source>Too easy to guess: add a few words.</source>
        <translation>Trop facile à deviner : ajoutez quelques mots.</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>moins d’une seconde</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>quelques secondes</translation>
    </message>
    <message>
        <source>a few minutes</source>
        <translation>quelques minutes</translation>
    </message>
    <message>
        <source>a few hours</source>
        <translation>quelques heures</translation>
    </message>
    <message>
        <source>a few days</source>
        <translation>quelques jours</translation>
    </message>
    <message>
        <source>a few months</source>
        <translation>quelques mois</translation>
    </message>
    <message>
        <source>years</source>
        <translation>des années</translation>
    </message>
    <message>
        <source>centuries</source>
        <translation>des siècles</translation>
    </message>
    <message>
        <source>Estimate: about %1 guesses — %2 for a computer.</source>
        <translation>Estimation : environ %1 essais — %2 pour un ordinateur.</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>good</source>
        <translation>bonne</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>excellente</translation>
    </message>
    <message>
        <source>At least 10 characters. A short sentence is easy to remember and hard to guess.</source>
        <translation>Au moins 10 caractères. Une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>Too short: at least 10 characters.</source>
        <translation>Trop courte : au moins 10 caractères.</translation>
    </message>
    <message>
        <source>Sho&amp;w the passphrase</source>
        <translation>A&amp;fficher la phrase de passe</translation>
    </message>
    <message>
        <source>Show or hide both fields (%1 in a field).</source>
        <translation>Affiche ou masque les deux champs (%1 dans un champ).</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Robustesse de la phrase de passe</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Robustesse : %1</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <source>Acceptable. A longer sentence would be stronger.</source>
        <translation>Acceptable. Une phrase plus longue serait plus sûre.</translation>
    </message>
    <message>
        <source>Strong passphrase.</source>
        <translation>Phrase de passe solide.</translation>
    </message>
</context>
<context>
    <name>NewRecoveryKeyDialog</name>
    <message>
        <source>New recovery key</source>
        <translation>Nouvelle clé de secours</translation>
    </message>
    <message>
        <source>A new recovery key replaces the old one, which stops opening this vault (for instance if the sheet was lost or seen by someone). The vault is re-encrypted under a new key. Backups made before still open with the old recovery key: make a new backup afterwards.</source>
        <translation>Une nouvelle clé de secours remplace l’ancienne, qui n’ouvre plus ce coffre (par exemple si la feuille a été perdue ou vue par quelqu’un). Le coffre est rechiffré avec une nouvelle clé. Les sauvegardes faites avant s’ouvrent toujours avec l’ancienne clé de secours : faites ensuite une nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Create a new recovery key</source>
        <translation>&amp;Créer une nouvelle clé de secours</translation>
    </message>
    <message>
        <source>New recovery key made; the old one no longer opens this vault. Print it or save it, then tick the box below.</source>
        <translation>Nouvelle clé de secours créée ; l’ancienne n’ouvre plus ce coffre. Imprimez-la ou enregistrez-la, puis cochez la case ci-dessous.</translation>
    </message>
</context>
<context>
    <name>NewSessionDialog</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>An extra session of the group: later changes to the group&apos;s rhythm leave it as it is.</source>
        <translation>Séance supplémentaire du groupe : les modifications ultérieures du rythme du groupe ne la changent pas.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune salle</translation>
    </message>
    <message>
        <source>Between %1 and %2 meetings</source>
        <translation>Entre %1 et %2 réunions</translation>
    </message>
    <message>
        <source> time(s)</source>
        <translation> fois</translation>
    </message>
    <message>
        <source>Number of meetings</source>
        <translation>Nombre de réunions</translation>
    </message>
    <message>
        <source>Between %1 and %2 weeks</source>
        <translation>Entre %1 et %2 semaines</translation>
    </message>
    <message>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <source> week(s)</source>
        <translation> semaine(s)</translation>
    </message>
    <message>
        <source>Weeks between two meetings</source>
        <translation>Semaines entre deux réunions</translation>
    </message>
    <message>
        <source>Plan several meetings at once, at the same hours: each is a session of its own, moved or cancelled on its own.</source>
        <translation>Planifier plusieurs réunions d’un coup, aux mêmes heures : chacune est une séance à part, déplacée ou annulée à part.</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Fin :</translation>
    </message>
    <message>
        <source>Re&amp;peat:</source>
        <translation>&amp;Répéter :</translation>
    </message>
    <message>
        <source>Fac&amp;ilitators:</source>
        <translation>A&amp;nimateur·rices :</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Salle :</translation>
    </message>
    <message>
        <source>No group yet</source>
        <translation>Aucun groupe pour l’instant</translation>
    </message>
    <message>
        <source>Choose the working group</source>
        <translation>Choisir le groupe de travail</translation>
    </message>
    <message>
        <source>Choose the group</source>
        <translation>Choisir le groupe</translation>
    </message>
    <message>
        <source>Choose an action.</source>
        <translation>Choisissez une action.</translation>
    </message>
    <message>
        <source>Choose the talk group of this session.</source>
        <translation>Choisissez le groupe de parole de cette séance.</translation>
    </message>
    <message>
        <source>This action has no talk group yet: add one on the Groups and actions page first.</source>
        <translation>Cette action n’a pas encore de groupe de parole : ajoutez-en un d’abord dans la page Groupes et actions.</translation>
    </message>
    <message>
        <source>Tick at least one facilitator: a group&apos;s session needs someone to lead it.</source>
        <translation>Cochez au moins un·e animateur·rice : une séance de groupe a besoin de quelqu’un pour l’animer.</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>New partner organisation</source>
        <translation>Nouvelle structure partenaire</translation>
    </message>
    <message>
        <source>Partner organisation</source>
        <translation>Structure partenaire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Sec&amp;tor:</source>
        <translation>Sec&amp;teur :</translation>
    </message>
    <message>
        <source>&amp;Contact person:</source>
        <translation>&amp;Personne référente :</translation>
    </message>
    <message>
        <source>Contact&apos;s &amp;role:</source>
        <translation>Fonction de la &amp;référente :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Télé&amp;phone :</translation>
    </message>
    <message>
        <source>Agreement &amp;from:</source>
        <translation>Convention &amp;depuis le :</translation>
    </message>
    <message>
        <source>Agreement &amp;until:</source>
        <translation>Convention &amp;jusqu’au :</translation>
    </message>
    <message>
        <source>Choose a sector.</source>
        <translation>Choisissez un secteur.</translation>
    </message>
</context>
<context>
    <name>OrganisationField</name>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message>
        <source>Save the &amp;name</source>
        <translation>Enregistrer le &amp;nom</translation>
    </message>
    <message>
        <source>e.g. coordination@example.org</source>
        <translation>ex. coordination@exemple.fr</translation>
    </message>
    <message>
        <source>Save the a&amp;ddress</source>
        <translation>Enregistrer &amp;l’adresse</translation>
    </message>
    <message>
        <source>The organiser of the invitations sent to professionals (trainings, public actions, plenary day): their replies go to this address.</source>
        <translation>L’organisateur·rice des invitations envoyées aux professionnel·les (formations, actions grand public, journée plénière) : leurs réponses arrivent à cette adresse.</translation>
    </message>
    <message>
        <source>Address for in&amp;vitations:</source>
        <translation>Adresse des in&amp;vitations :</translation>
    </message>
    <message>
        <source>Printed under the title of every report (CSV, XLSX, PDF, JSON) and given as the description of calendars for partners. At most %1 characters.</source>
        <translation>Imprimé sous le titre de chaque bilan (CSV, XLSX, PDF, JSON) et donné comme description des agendas destinés aux partenaires. %1 caractères au plus.</translation>
    </message>
    <message>
        <source>Organisation&apos;s na&amp;me:</source>
        <translation>Nom de l’&amp;organisation :</translation>
    </message>
    <message>
        <source>Saved: invitations now come from this address.</source>
        <translation>Enregistrée : les invitations partent désormais de cette adresse.</translation>
    </message>
    <message>
        <source>Cleared: no invitation can be made until an address is saved.</source>
        <translation>Effacée : aucune invitation ne peut être faite tant qu’une adresse n’est pas enregistrée.</translation>
    </message>
    <message>
        <source>Saved: the next reports will print this name.</source>
        <translation>Enregistré : les prochains bilans porteront ce nom.</translation>
    </message>
    <message>
        <source>Not set yet: reports print &quot;%1&quot; instead.</source>
        <translation>Pas encore renseigné : les bilans portent « %1 » à la place.</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Professional contact</source>
        <translation>Contact professionnel</translation>
    </message>
    <message>
        <source>Agreement from</source>
        <translation>Convention depuis le</translation>
    </message>
    <message>
        <source>Agreement until</source>
        <translation>Convention jusqu’au</translation>
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
        <translation>Nouvelle orientation</translation>
    </message>
    <message>
        <source>What the plenary day adopted</source>
        <translation>Ce que la journée plénière a adopté</translation>
    </message>
    <message>
        <source>&amp;Orientation:</source>
        <translation>&amp;Orientation :</translation>
    </message>
    <message>
        <source>&amp;Actions of %1 that carry it out:</source>
        <translation>&amp;Actions de %1 qui la mettent en œuvre :</translation>
    </message>
    <message>
        <source>No action of %1 yet: link them later, once next year&apos;s actions are created (for instance with “Renew next year”).</source>
        <translation>Aucune action de %1 pour l’instant : reliez-les plus tard, une fois les actions de l’année suivante créées (par exemple avec « Reconduire l’année suivante »).</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Write the orientation adopted.</source>
        <translation>Écrivez l’orientation adoptée.</translation>
    </message>
    <message>
        <source>At most %1 characters.</source>
        <translation>%1 caractères au plus.</translation>
    </message>
</context>
<context>
    <name>OrientationsField</name>
    <message>
        <source>Orientations adopted</source>
        <translation>Orientations adoptées</translation>
    </message>
    <message>
        <source>Add an &amp;orientation…</source>
        <translation>Ajouter une &amp;orientation…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
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
        <translation>Mise en œuvre par : %1</translation>
    </message>
    <message>
        <source>No action of the following year linked yet</source>
        <translation>Aucune action de l’année suivante reliée pour l’instant</translation>
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
        <translation>Chercher un code…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>E&amp;rase this person…</source>
        <translation>E&amp;ffacer cette personne…</translation>
    </message>
    <message>
        <source>Attendance history:</source>
        <translation>Historique des présences :</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Orientée par</translation>
    </message>
    <message>
        <source>Find a code</source>
        <translation>Chercher un code</translation>
    </message>
    <message>
        <source>Shows the participants whose code holds the characters typed.</source>
        <translation>Affiche les participant·es dont le code contient les caractères saisis.</translation>
    </message>
    <message>
        <source>All referral sources</source>
        <translation>Toutes les orientations</translation>
    </message>
    <message>
        <source>One line per participant; choose one to see their details and history.</source>
        <translation>Une ligne par participant·e ; choisissez-en une pour voir sa fiche et son historique.</translation>
    </message>
    <message>
        <source>Attendance history</source>
        <translation>Historique de présence</translation>
    </message>
    <message>
        <source>No participant yet. Participants are added from the attendance sheet of a session, without their name: the application gives each one a code. Open a session from the agenda to take its register.</source>
        <translation>Aucun·e participant·e pour l’instant. Les participant·es sont ajouté·es depuis la feuille de présence d’une séance, sans leur nom : l’application donne un code à chacun·e. Ouvrez une séance depuis l’agenda pour faire l’appel.</translation>
    </message>
    <message>
        <source>&amp;Open the agenda</source>
        <translation>&amp;Ouvrir l’agenda</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message>
        <source>First attendance</source>
        <translation>Première présence</translation>
    </message>
    <message>
        <source>Last attendance</source>
        <translation>Dernière présence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked could not be put back: the participant no longer exists.</source>
        <translation>Les modifications non enregistrées au moment du verrouillage n’ont pas pu être remises : la personne n’existe plus.</translation>
    </message>
    <message>
        <source>No participant selected</source>
        <translation>Aucune personne sélectionnée</translation>
    </message>
    <message>
        <source>Age band: %1</source>
        <translation>Tranche d’âge : %1</translation>
    </message>
    <message>
        <source>Gender: %1</source>
        <translation>Genre : %1</translation>
    </message>
    <message>
        <source>Referred by: %1</source>
        <translation>Orientée par : %1</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusée</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absente</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</source>
        <translation>Les modifications non enregistrées au moment du verrouillage ont été remises. Enregistrez-les, ou annulez pour les abandonner.</translation>
    </message>
    <message>
        <source>Erase a participant</source>
        <translation>Effacer une personne</translation>
    </message>
    <message>
        <source>Erasing deletes this person&apos;s code, attributes, memo and register lines. Their attendance stays in the anonymous totals. This cannot be undone.

Type the code %1 to confirm:</source>
        <translation>L’effacement supprime le code, les attributs, le mémo et les lignes de présence de cette personne. Ses présences restent dans les totaux anonymes. C’est définitif.

Saisissez le code %1 pour confirmer :</translation>
    </message>
    <message>
        <source>The code typed does not match: nothing was erased.</source>
        <translation>Le code saisi ne correspond pas : rien n’a été effacé.</translation>
    </message>
    <message>
        <source>Erased. %1 register line(s) folded into the anonymous totals.</source>
        <translation>Effacée. %1 ligne(s) de présence intégrée(s) aux totaux anonymes.</translation>
    </message>
</context>
<context>
    <name>Partnership</name>
    <message>
        <source>Programme (as a whole)</source>
        <translation>Ensemble du programme</translation>
    </message>
    <message>
        <source>Partners (contributions)</source>
        <translation>Partenaires (contributions)</translation>
    </message>
</context>
<context>
    <name>PartnershipPage</name>
    <message>
        <source>Partnership</source>
        <translation>Partenariat</translation>
    </message>
    <message>
        <source>&amp;Convention</source>
        <translation>&amp;Convention</translation>
    </message>
    <message>
        <source>F&amp;unders</source>
        <translation>&amp;Financeurs</translation>
    </message>
    <message>
        <source>Fundin&amp;g</source>
        <translation>Fin&amp;ancement</translation>
    </message>
    <message>
        <source>Un&amp;do the deletion</source>
        <translation>Ann&amp;uler la suppression</translation>
    </message>
    <message>
        <source>Make again what was just deleted (Ctrl+Z)</source>
        <translation>Rétablir ce qui vient d’être supprimé (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Conventions</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <source>&amp;New convention…</source>
        <translation>&amp;Nouvelle convention…</translation>
    </message>
    <message>
        <source>&amp;Edit convention…</source>
        <translation>&amp;Modifier la convention…</translation>
    </message>
    <message>
        <source>De&amp;lete convention…</source>
        <translation>&amp;Supprimer la convention…</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Engagements</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Avenants</translation>
    </message>
    <message>
        <source>Funders of the programme</source>
        <translation>Financeurs du programme</translation>
    </message>
    <message>
        <source>&amp;New funder…</source>
        <translation>&amp;Nouveau financeur…</translation>
    </message>
    <message>
        <source>&amp;Edit funder…</source>
        <translation>&amp;Modifier le financeur…</translation>
    </message>
    <message>
        <source>De&amp;lete funder…</source>
        <translation>&amp;Supprimer le financeur…</translation>
    </message>
    <message>
        <source>A funder that grants were asked of cannot be deleted</source>
        <translation>Un financeur à qui des subventions ont été demandées ne peut pas être supprimé</translation>
    </message>
    <message>
        <source>No funder yet. Funders are the organisations that fund the programme: the State through its prefecture (FIPD), the département, the town, the family allowance fund… with the programmes or funds grants are asked under. Add them here, then record each year&apos;s grants on the Funding tab.</source>
        <translation>Aucun financeur pour l’instant. Les financeurs sont les organismes qui financent le programme : l’État par sa préfecture (FIPD), le département, la commune, la caisse d’allocations familiales… avec les dispositifs ou fonds au titre desquels les subventions sont demandées. Ajoutez-les ici, puis saisissez les subventions de chaque année dans l’onglet Financement.</translation>
    </message>
    <message>
        <source>Add a &amp;funder…</source>
        <translation>A&amp;jouter un financeur…</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Grants</source>
        <translation>Subventions</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>In kind</source>
        <translation>En nature</translation>
    </message>
    <message>
        <source>Over the years</source>
        <translation>Au fil des années</translation>
    </message>
    <message>
        <source>Grants of the year</source>
        <translation>Subventions de l’année</translation>
    </message>
    <message>
        <source>New g&amp;rant…</source>
        <translation>Nouvelle su&amp;bvention…</translation>
    </message>
    <message>
        <source>Edit gr&amp;ant…</source>
        <translation>Modifier la subven&amp;tion…</translation>
    </message>
    <message>
        <source>Delete gra&amp;nt…</source>
        <translation>Su&amp;pprimer la subvention…</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Totals by funder</source>
        <translation>Totaux par financeur</translation>
    </message>
    <message>
        <source>Totals by action</source>
        <translation>Totaux par action</translation>
    </message>
    <message>
        <source>By funder</source>
        <translation>Par financeur</translation>
    </message>
    <message>
        <source>By action</source>
        <translation>Par action</translation>
    </message>
    <message>
        <source>Budget of the year</source>
        <translation>Budget de l’année</translation>
    </message>
    <message>
        <source>Planned against actual, by category; the gap is actual minus planned.</source>
        <translation>Prévu et réalisé, par catégorie ; l’écart est le réalisé moins le prévu.</translation>
    </message>
    <message>
        <source>New budget &amp;line…</source>
        <translation>Nouvelle &amp;ligne budgétaire…</translation>
    </message>
    <message>
        <source>Edit budget l&amp;ine…</source>
        <translation>Modifier la l&amp;igne budgétaire…</translation>
    </message>
    <message>
        <source>Delete budget li&amp;ne…</source>
        <translation>Supprimer la li&amp;gne budgétaire…</translation>
    </message>
    <message>
        <source>What the partners give in kind (rooms, staff, documentation…), with its estimated value. It is entered with each partner&apos;s contributions, in the directory.</source>
        <translation>Ce que les partenaires apportent en nature (salles, personnel, documentation…), avec sa valeur estimée. Cela se saisit avec les participations de chaque partenaire, dans l’annuaire.</translation>
    </message>
    <message>
        <source>Open the &amp;directory</source>
        <translation>&amp;Ouvrir l’annuaire</translation>
    </message>
    <message>
        <source>Help in kind of the year</source>
        <translation>Contributions en nature de l’année</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>Granted per year and funder</source>
        <translation>Montants accordés par année et par financeur</translation>
    </message>
    <message>
        <source>No convention yet. The partnership convention is what the programme rests on: its object, its term, the partners that signed it and what each of them commits (staff, rooms, money, help in kind). Its signatories come from the directory.</source>
        <translation>Aucune convention pour l’instant. La convention de partenariat est le socle du programme : son objet, sa durée, les partenaires qui l’ont signée et ce à quoi chacun s’engage (personnel, salles, financement, aide en nature). Ses signataires viennent de l’annuaire.</translation>
    </message>
    <message>
        <source>New &amp;convention…</source>
        <translation>Nouv&amp;elle convention…</translation>
    </message>
    <message>
        <source>Open the di&amp;rectory</source>
        <translation>Ouv&amp;rir l’annuaire</translation>
    </message>
    <message>
        <source>No grant recorded for %1. Record each grant asked of a funder this year: for one action or the programme as a whole, the amount requested, then granted, and the payments received.</source>
        <translation>Aucune subvention enregistrée pour %1. Saisissez chaque subvention demandée cette année à un financeur : pour une action ou pour l’ensemble du programme, le montant demandé, puis accordé, et les versements reçus.</translation>
    </message>
    <message>
        <source>No grant recorded for %1. A grant is asked of a funder: add the funders first, on the Funders tab.</source>
        <translation>Aucune subvention enregistrée pour %1. Une subvention se demande à un financeur : ajoutez d’abord les financeurs, dans l’onglet Financeurs.</translation>
    </message>
    <message>
        <source>Go to the &amp;funders</source>
        <translation>&amp;Voir les financeurs</translation>
    </message>
    <message>
        <source>No grant this year.</source>
        <translation>Aucune subvention cette année.</translation>
    </message>
    <message>
        <source>Requested %1, granted %2, paid %3, to receive %4.</source>
        <translation>Demandé %1, accordé %2, versé %3, reste à percevoir %4.</translation>
    </message>
    <message>
        <source>No budget line this year.</source>
        <translation>Aucune ligne budgétaire cette année.</translation>
    </message>
    <message>
        <source>Planned %1, actual %2: a gap of %3.</source>
        <translation>Prévu %1, réalisé %2 : un écart de %3.</translation>
    </message>
    <message>
        <source>%1: %2; total %3.</source>
        <translation>%1 : %2 ; total %3.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>Granted per year, by funder, and the partners&apos; contributions</source>
        <translation>Montants accordés par année et par financeur, et contributions des partenaires</translation>
    </message>
    <message>
        <source>No grant and no contribution recorded yet.</source>
        <translation>Aucune subvention ni contribution enregistrée pour l’instant.</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objet : %1</translation>
    </message>
    <message>
        <source>Signatories (%1)</source>
        <translation>Signataires (%1)</translation>
    </message>
    <message>
        <source>Commitments (%1)</source>
        <translation>Engagements (%1)</translation>
    </message>
    <message>
        <source>Amendments (%1)</source>
        <translation>Avenants (%1)</translation>
    </message>
    <message>
        <source>Deleted: %1. Ctrl+Z or “Undo the deletion” makes it again.</source>
        <translation>Supprimé : %1. Pour revenir en arrière : Ctrl+Z ou « Annuler la suppression ».</translation>
    </message>
    <message>
        <source>You can undo it right afterwards.</source>
        <translation>Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
    <message>
        <source>Nothing was deleted: %1</source>
        <translation>Rien n’a été supprimé : %1</translation>
    </message>
    <message>
        <source>the convention “%1”</source>
        <translation>la convention « %1 »</translation>
    </message>
    <message>
        <source>Delete the convention</source>
        <translation>Supprimer la convention</translation>
    </message>
    <message>
        <source>Delete the convention “%1”, its %2 signatories, their commitments and its amendments?</source>
        <translation>Supprimer la convention « %1 », ses %2 signataires, leurs engagements et ses avenants ?</translation>
    </message>
    <message>
        <source>Delete the funder</source>
        <translation>Supprimer le financeur</translation>
    </message>
    <message>
        <source>Delete the funder “%1” and its programmes?</source>
        <translation>Supprimer le financeur « %1 » et ses dispositifs ?</translation>
    </message>
    <message>
        <source>the funder “%1”</source>
        <translation>le financeur « %1 »</translation>
    </message>
    <message>
        <source>The funder “%1” cannot be deleted: %2</source>
        <translation>Le financeur « %1 » ne peut pas être supprimé : %2</translation>
    </message>
    <message>
        <source>the grant of %1 for %2</source>
        <translation>la subvention de %1 pour %2</translation>
    </message>
    <message>
        <source>the programme as a whole</source>
        <translation>l’ensemble du programme</translation>
    </message>
    <message>
        <source>Delete the grant</source>
        <translation>Supprimer la subvention</translation>
    </message>
    <message>
        <source>Delete %1 (requested %2) and its %3 payment(s)?</source>
        <translation>Supprimer %1 (demandé : %2) et ses %3 versement(s) ?</translation>
    </message>
    <message>
        <source>the budget line “%1”</source>
        <translation>la ligne budgétaire « %1 »</translation>
    </message>
    <message>
        <source>Delete the budget line</source>
        <translation>Supprimer la ligne budgétaire</translation>
    </message>
    <message>
        <source>Delete %1 (planned %2)?</source>
        <translation>Supprimer %1 (prévu : %2) ?</translation>
    </message>
    <message>
        <source>Made again: %1.</source>
        <translation>Rétabli : %1.</translation>
    </message>
    <message>
        <source>%1 could not be made again: %2</source>
        <translation>Impossible de rétablir %1 : %2</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Choisissez une phrase de passe</translation>
    </message>
    <message>
        <source>Type it twice. You will type it each time you open VPI Groups.</source>
        <translation>Saisissez-la deux fois. Vous la taperez à chaque ouverture de VPI Groups.</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Versement</translation>
    </message>
    <message>
        <source>New payment</source>
        <translation>Nouveau versement</translation>
    </message>
    <message>
        <source>e.g. 6 000</source>
        <translation>ex. : 6 000</translation>
    </message>
    <message>
        <source>Paid &amp;on:</source>
        <translation>Versé &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Amount (€):</source>
        <translation>&amp;Montant (€) :</translation>
    </message>
    <message>
        <source>Enter the amount received, in euros.</source>
        <translation>Saisissez le montant reçu, en euros.</translation>
    </message>
</context>
<context>
    <name>PaymentsField</name>
    <message>
        <source>Add a pa&amp;yment…</source>
        <translation>Ajou&amp;ter un versement…</translation>
    </message>
    <message>
        <source>Edit the pa&amp;yment…</source>
        <translation>&amp;Modifier le versement…</translation>
    </message>
    <message>
        <source>Remove the payme&amp;nt</source>
        <translation>&amp;Retirer le versement</translation>
    </message>
    <message>
        <source>Payments received</source>
        <translation>Versements reçus</translation>
    </message>
</context>
<context>
    <name>PaymentsModel</name>
    <message>
        <source>Paid on</source>
        <translation>Versé le</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
</context>
<context>
    <name>PeerModel</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Paired on</source>
        <translation>Appairé le</translation>
    </message>
    <message>
        <source>Revoked on</source>
        <translation>Révoqué le</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordinateur</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Several years</source>
        <translation>Plusieurs années</translation>
    </message>
    <message>
        <source>Q1 (January–March)</source>
        <translation>T1 (janvier–mars)</translation>
    </message>
    <message>
        <source>Q2 (April–June)</source>
        <translation>T2 (avril–juin)</translation>
    </message>
    <message>
        <source>Q3 (July–September)</source>
        <translation>T3 (juillet–septembre)</translation>
    </message>
    <message>
        <source>Q4 (October–December)</source>
        <translation>T4 (octobre–décembre)</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>Mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>Avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>Août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>Septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>Novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Décembre</translation>
    </message>
    <message>
        <source>&amp;Quarter:</source>
        <translation>&amp;Trimestre :</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>j&amp;usqu’à</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>Ann&amp;ées :</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>Ann&amp;ée :</translation>
    </message>
</context>
<context>
    <name>PresentPanel</name>
    <message>
        <source>Tick the members who came. Members are professionals: they are named.</source>
        <translation>Cochez les membres venu·es. Ce sont des professionnel·les : ils et elles sont nommé·es.</translation>
    </message>
    <message>
        <source>Members who came</source>
        <translation>Membres venu·es</translation>
    </message>
    <message>
        <source>%1 of %2 members present</source>
        <translation>%1 membre(s) présent·e(s) sur %2</translation>
    </message>
    <message>
        <source>The working group has no member: add them in its action.</source>
        <translation>Le groupe de travail n’a aucun membre : ajoutez-les dans son action.</translation>
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
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Skipped: public holiday</source>
        <translation>Sautée : jour férié</translation>
    </message>
    <message>
        <source>Skipped: closure</source>
        <translation>Sautée : fermeture</translation>
    </message>
</context>
<context>
    <name>ProfessionalsModel</name>
    <message>
        <source>Outside the directory</source>
        <translation>Hors annuaire</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent·es</translation>
    </message>
    <message>
        <source>Names (optional)</source>
        <translation>Noms (facultatif)</translation>
    </message>
</context>
<context>
    <name>ProfessionalsPanel</name>
    <message>
        <source>Professionals present</source>
        <translation>Professionnel·les présent·es</translation>
    </message>
    <message>
        <source>Professionals are not talk-group participants: their names may be kept. F2 edits the number or the names; Delete removes a line.</source>
        <translation>Les professionnel·les ne sont pas des participant·es des groupes de parole : leurs noms peuvent être notés. F2 modifie le nombre ou les noms ; Suppr retire une ligne.</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Number present</source>
        <translation>Nombre de présent·es</translation>
    </message>
    <message>
        <source>Names, separated by ; (optional)</source>
        <translation>Noms, séparés par des ; (facultatif)</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Remove the line</source>
        <translation>Retirer la ligne</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Structure :</translation>
    </message>
    <message>
        <source>Outside the directory — %1</source>
        <translation>Hors annuaire — %1</translation>
    </message>
    <message numerus="yes">
        <source>%n professional(s) present</source>
        <translation>
            <numerusform>%n professionnel·le présent·e</numerusform>
            <numerusform>%n professionnel·les présent·es</numerusform>
        </translation>
    </message>
    <message>
        <source>Nobody yet.</source>
        <translation>Personne pour l’instant.</translation>
    </message>
</context>
<context>
    <name>ProgrammePage</name>
    <message>
        <source>Groups and actions</source>
        <translation>Groupes et actions</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;New action…</source>
        <translation>&amp;Nouvelle action…</translation>
    </message>
    <message>
        <source>&amp;Edit action…</source>
        <translation>&amp;Modifier l’action…</translation>
    </message>
    <message>
        <source>Rene&amp;w next year</source>
        <translation>&amp;Reconduire l’année suivante</translation>
    </message>
    <message>
        <source>Mark the selected action renewed and create next year&apos;s, linked to it, with a copy of its talk groups: reports count it as a renewed action.</source>
        <translation>Marquer l’action sélectionnée comme reconduite et créer celle de l’année suivante, liée à elle, avec une copie de ses groupes de parole : les bilans la comptent comme une action reconduite.</translation>
    </message>
    <message>
        <source>Add a &amp;session…</source>
        <translation>Ajou&amp;ter une séance…</translation>
    </message>
    <message>
        <source>A dated session of the selected action (a training day, a stand, the plenary) or an extra session of the selected talk group, outside its series.</source>
        <translation>Une séance datée de l’action sélectionnée (une journée de formation, un stand, la plénière) ou une séance supplémentaire du groupe de parole sélectionné, hors de sa série.</translation>
    </message>
    <message>
        <source>Review of &amp;the year…</source>
        <translation>Re&amp;vue de l’année…</translation>
    </message>
    <message>
        <source>Each action of the year shown, its figures and the plenary&apos;s decision: renew, renew with changes, or stop.</source>
        <translation>Chaque action de l’année affichée, ses chiffres et la décision de la plénière : reconduire, reconduire avec changements, ou arrêter.</translation>
    </message>
    <message>
        <source>Texts for the &amp;bilan…</source>
        <translation>Textes du &amp;bilan…</translation>
    </message>
    <message>
        <source>The selected action&apos;s aims, audience, what was done and next steps, for the yearly bilan (%1)</source>
        <translation>Objectifs, public visé, réalisations et perspectives de l’action sélectionnée, pour le bilan annuel (%1)</translation>
    </message>
    <message>
        <source>Talk groups of the selected action</source>
        <translation>Groupes de parole de l’action sélectionnée</translation>
    </message>
    <message>
        <source>New &amp;group…</source>
        <translation>Nouveau &amp;groupe…</translation>
    </message>
    <message>
        <source>Edit g&amp;roup…</source>
        <translation>Mod&amp;ifier le groupe…</translation>
    </message>
    <message>
        <source>D&amp;uplicate for next term…</source>
        <translation>Dupli&amp;quer pour le trimestre suivant…</translation>
    </message>
    <message>
        <source>Open a new group with the same settings, starting the following term; nothing is saved until you save it.</source>
        <translation>Ouvrir un nouveau groupe avec les mêmes réglages, qui commence au trimestre suivant ; rien n’est enregistré avant que vous l’enregistriez.</translation>
    </message>
    <message>
        <source>De&amp;lete group…</source>
        <translation>&amp;Supprimer le groupe…</translation>
    </message>
    <message>
        <source>Delete the selected group (Delete key)</source>
        <translation>Supprimer le groupe sélectionné (touche Suppr)</translation>
    </message>
    <message>
        <source>Un&amp;do the renewal</source>
        <translation>Annuler la re&amp;conduction</translation>
    </message>
    <message>
        <source>Delete what the renewal created (Ctrl+Z)</source>
        <translation>Supprimer ce que la reconduction a créé (Ctrl+Z)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>&amp;Open the directory</source>
        <translation>&amp;Ouvrir l’annuaire</translation>
    </message>
    <message>
        <source>A talk group needs two facilitators from the directory, and it has fewer than two yet: add them there first.</source>
        <translation>Un groupe de parole a besoin de deux animateur·rices de l’annuaire, qui n’en compte pas encore deux : ajoutez-les d’abord.</translation>
    </message>
    <message>
        <source>No action yet. Create an action first (an axis, a year), then its talk groups: their sessions make the agenda.</source>
        <translation>Aucune action pour l’instant. Créez d’abord une action (un axe, une année), puis ses groupes de parole : leurs séances forment l’agenda.</translation>
    </message>
    <message>
        <source>Select an action above to see its groups.</source>
        <translation>Sélectionnez une action ci-dessus pour voir ses groupes.</translation>
    </message>
    <message>
        <source>Only talk-group actions have groups: this action has none.</source>
        <translation>Seules les actions de type groupe de parole ont des groupes : celle-ci n’en a pas.</translation>
    </message>
    <message>
        <source>This action has no group yet. Add a group to it: its rhythm makes the sessions of the agenda.</source>
        <translation>Cette action n’a pas encore de groupe. Ajoutez-lui un groupe : son rythme crée les séances de l’agenda.</translation>
    </message>
    <message>
        <source>Add &amp;a group…</source>
        <translation>A&amp;jouter un groupe…</translation>
    </message>
    <message>
        <source>The texts for the bilan of “%1” were saved.</source>
        <translation>Les textes du bilan de « %1 » ont été enregistrés.</translation>
    </message>
    <message>
        <source>Session added on %1 from %2 to %3: it is in the agenda.</source>
        <translation>Séance ajoutée le %1 de %2 à %3 : elle figure dans l’agenda.</translation>
    </message>
    <message>
        <source>Create the %1 action “%2” with its %3 group(s) and %4 session(s)?</source>
        <translation>Créer l’action %1 « %2 » avec ses %3 groupe(s) et %4 séance(s) ?</translation>
    </message>
    <message>
        <source>Create the %1 action “%2”, to be filled in?</source>
        <translation>Créer l’action %1 « %2 », à compléter ?</translation>
    </message>
    <message>
        <source>This action will be marked renewed. You can undo it right afterwards.</source>
        <translation>Cette action sera marquée comme reconduite. Vous pourrez annuler juste après.</translation>
    </message>
    <message>
        <source>Renew next year</source>
        <translation>Reconduire l’année suivante</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>“%1” continues in %2: its action for %2 was created, to be filled in.</source>
        <translation>« %1 » se poursuit en %2 : son action %2 a été créée, à compléter.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: attendance was recorded on sessions of the %1 action meanwhile. Edit that action and its groups instead.</source>
        <translation>La reconduction ne peut plus être annulée : des présences ont été saisies entre-temps sur des séances de l’action %1. Modifiez plutôt cette action et ses groupes.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: the %1 action was changed meanwhile. Delete what you no longer want by hand.</source>
        <translation>La reconduction ne peut plus être annulée : l’action %1 a été modifiée entre-temps. Supprimez à la main ce dont vous ne voulez plus.</translation>
    </message>
    <message>
        <source>Renewal undone: the %1 action “%2” and its groups were deleted.</source>
        <translation>Reconduction annulée : l’action %1 « %2 » et ses groupes ont été supprimés.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Delete group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>“%1” cannot be deleted: %2 of its sessions were held or have attendance, a headcount or a note, and reports count them.

To stop the group, edit it and end its series at a date (Ends: Until), or cancel its sessions still to come.</source>
        <translation>« %1 » ne peut pas être supprimé : %2 de ses séances ont eu lieu ou ont des présences, un effectif ou une note, et les bilans les comptent.

Pour arrêter le groupe, modifiez-le et terminez sa série à une date (Fin : Jusqu’au), ou annulez ses séances à venir.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Delete the group “%1” and its %2 session(s)? This cannot be undone.</source>
        <translation>Supprimer le groupe « %1 » et ses %2 séance(s) ? Cette suppression est définitive.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>The group “%1” was deleted.</source>
        <translation>Le groupe « %1 » a été supprimé.</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Enregistrer quand même</translation>
    </message>
    <message>
        <source>Sessions outside the action&apos;s year</source>
        <translation>Séances hors de l’année de l’action</translation>
    </message>
    <message>
        <source>The action is for %1, but these sessions fall in another year:
%2

Reports will count them in their own year. Save anyway?</source>
        <translation>L’action est celle de %1, mais ces séances tombent une autre année :
%2

Les bilans les compteront dans leur propre année. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>%1 is also with “%2”</source>
        <translation>%1 est aussi avec « %2 »</translation>
    </message>
    <message>
        <source>room %1 is also booked for “%2”</source>
        <translation>la salle %1 est aussi réservée pour « %2 »</translation>
    </message>
    <message>
        <source>Double bookings</source>
        <translation>Doubles réservations</translation>
    </message>
    <message>
        <source>These sessions book a facilitator or a room already taken:
%1

Save anyway?</source>
        <translation>Ces séances réservent un animateur ou une salle déjà pris :
%1

Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Sessions that no longer fit</source>
        <translation>Séances qui ne correspondent plus</translation>
    </message>
    <message>
        <source>These sessions were edited by hand and the new rhythm has no session on their day:
%1

Keep them as they are, or delete them?</source>
        <translation>Ces séances ont été modifiées à la main et le nouveau rythme ne prévoit pas de séance ce jour-là :
%1

Les conserver telles quelles, ou les supprimer ?</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Les conserver</translation>
    </message>
    <message>
        <source>&amp;Delete them</source>
        <translation>Les &amp;supprimer</translation>
    </message>
    <message>
        <source>&amp;Back to the editor</source>
        <translation>&amp;Revenir à l’éditeur</translation>
    </message>
</context>
<context>
    <name>RecordsPage</name>
    <message>
        <source>Changes not saved when the window locked could not be put back: the record they belong to no longer exists.</source>
        <translation>Les modifications non enregistrées au moment du verrouillage n’ont pas pu être remises : la fiche à laquelle elles appartiennent n’existe plus.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the key, to paste it into a password manager. The clipboard is emptied after %1 seconds.</source>
        <translation>Copier la clé, pour la coller dans un gestionnaire de mots de passe. Le presse-papiers est vidé au bout de %1 secondes.</translation>
    </message>
    <message>
        <source>I have printed or written down the recovery key and keep it safe</source>
        <translation>J’ai imprimé ou noté la clé de secours et je la garde en lieu sûr</translation>
    </message>
    <message>
        <source>Key copied. Paste it into a password manager now: the clipboard will be emptied in %1 seconds.</source>
        <translation>Clé copiée. Collez-la maintenant dans un gestionnaire de mots de passe : le presse-papiers sera vidé dans %1 secondes.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de secours</translation>
    </message>
    <message>
        <source>recovery-key-vpi-groups.pdf</source>
        <translation>cle-de-secours-vpi-groups.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1. Move it to a USB stick or print it, then delete it here.</source>
        <translation>Enregistrée dans %1. Copiez-la sur une clé USB ou imprimez-la, puis supprimez-la de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de secours</translation>
    </message>
    <message>
        <source>Print it or save it as a PDF, then keep it safe, away from the computer. It will not be shown again.</source>
        <translation>Imprimez-la ou enregistrez-la en PDF, puis gardez-la en lieu sûr, à part de l’ordinateur. Elle ne sera plus jamais affichée.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Created on %1 at %2.</source>
        <translation>Créée le %1 à %2.</translation>
    </message>
    <message>
        <source>VPI Groups — vault recovery key</source>
        <translation>VPI Groups — clé de secours du coffre</translation>
    </message>
    <message>
        <source>This key opens the vault if the passphrase is forgotten. Whoever holds it can read everything in the vault.</source>
        <translation>Cette clé ouvre le coffre si la phrase de passe est oubliée. Quiconque la détient peut lire tout ce que contient le coffre.</translation>
    </message>
    <message>
        <source>What to do with this sheet</source>
        <translation>Que faire de cette feuille</translation>
    </message>
    <message>
        <source>Keep it locked away, apart from the computer, and do not photograph it or copy it onto the computer.</source>
        <translation>Rangez-la sous clé, loin de l’ordinateur, sans la photographier ni la recopier sur l’ordinateur.</translation>
    </message>
    <message>
        <source>If the passphrase is forgotten, choose “Forgotten passphrase…” in the window that asks for it, type these %1 groups in order, then choose a new passphrase.</source>
        <translation>Si la phrase de passe est oubliée, choisissez « Phrase de passe oubliée… » dans la fenêtre qui la demande, tapez ces %1 groupes dans l’ordre, puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Vault folder: %1</source>
        <translation>Dossier du coffre : %1</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Present</source>
        <translation>Présente</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusée</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absente</translation>
    </message>
    <message>
        <source>Not saved yet: the code is given when the session is saved.</source>
        <translation>Pas encore enregistrée : le code sera attribué à l’enregistrement de la séance.</translation>
    </message>
    <message>
        <source>Added here: enrolled in the group when the session is saved.</source>
        <translation>Ajoutée ici : inscrite au groupe à l’enregistrement de la séance.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
</context>
<context>
    <name>ReleasesDialog</name>
    <message>
        <source>Reports released</source>
        <translation>Bilans diffusés</translation>
    </message>
    <message>
        <source>Every report file written from this vault, newest first. Each new report is protected together with these: a count they published stays published, a count they hid stays hidden, and nothing new lets a hidden count be worked out. The list is kept in the vault and is never reset.</source>
        <translation>Tous les fichiers de bilan écrits depuis ce coffre, du plus récent au plus ancien. Chaque nouveau bilan est protégé avec eux : un effectif qu’ils ont publié reste publié, un effectif qu’ils ont masqué reste masqué, et rien de nouveau ne permet de retrouver un effectif masqué. La liste est conservée dans le coffre et n’est jamais remise à zéro.</translation>
    </message>
    <message>
        <source>No report has been released from this vault yet.</source>
        <translation>Aucun bilan n’a encore été diffusé depuis ce coffre.</translation>
    </message>
</context>
<context>
    <name>ReleasesModel</name>
    <message>
        <source>Written</source>
        <translation>Écrit le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <source>Counts shown</source>
        <translation>Effectifs publiés</translation>
    </message>
    <message>
        <source>Counts hidden</source>
        <translation>Effectifs masqués</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>months</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>quarters</source>
        <translation>trimestres</translation>
    </message>
    <message>
        <source>years</source>
        <translation>années</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Axis</source>
        <translation>Axe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Facilitators&apos; sector</source>
        <translation>Secteur des animateur·rices</translation>
    </message>
    <message>
        <source>Referral source</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Age band</source>
        <translation>Tranche d’âge</translation>
    </message>
    <message>
        <source>&amp;Compute</source>
        <translation>&amp;Calculer</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>C&amp;olumns by:</source>
        <translation>C&amp;olonnes par :</translation>
    </message>
    <message>
        <source>&amp;Breakdowns:</source>
        <translation>Ve&amp;ntilations :</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L’année dernière</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <source>Last quarter</source>
        <translation>Le trimestre dernier</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Genre</translation>
    </message>
    <message>
        <source>Co&amp;nsolidated (with received bundles)</source>
        <translation>Consolidé (avec les &amp;envois reçus)</translation>
    </message>
    <message>
        <source>This vault&apos;s totals and those received from the paired organisations</source>
        <translation>Les totaux de ce coffre et ceux reçus des structures appairées</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop computing this report</source>
        <translation>Arrêter le calcul de ce bilan</translation>
    </message>
    <message>
        <source>Usual per&amp;iods:</source>
        <translation>Pér&amp;iodes usuelles :</translation>
    </message>
    <message>
        <source>Suppression threshold &amp;k:</source>
        <translation>Seuil de masquage &amp;k :</translation>
    </message>
    <message>
        <source>What to count</source>
        <translation>Ce qui est compté</translation>
    </message>
    <message>
        <source>Tab&amp;les:</source>
        <translation>Tab&amp;leaux :</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
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
        <translation>Ouvrir le do&amp;ssier</translation>
    </message>
    <message>
        <source>Reports &amp;released…</source>
        <translation>Bilans diff&amp;usés…</translation>
    </message>
    <message>
        <source>Every report file written from this vault (the release ledger)</source>
        <translation>Tous les fichiers de bilan écrits depuis ce coffre (registre des diffusions)</translation>
    </message>
    <message>
        <source>Yearly &amp;bilan…</source>
        <translation>&amp;Bilan annuel…</translation>
    </message>
    <message>
        <source>The document for funders: the programme, each action, the finances (DOCX or PDF)</source>
        <translation>Le document destiné aux financeurs : le programme, chaque action, les finances (DOCX ou PDF)</translation>
    </message>
    <message>
        <source>Export the &amp;calendar for partners (.ics)…</source>
        <translation>Exporter l’&amp;agenda pour les partenaires (.ics)…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Computing… checking that nothing can be deduced: pass %1, %2 value(s) left</source>
        <translation>Calcul… vérification que rien ne peut être déduit : passe %1, encore %2 valeur(s) à examiner</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <source>%1 of %2 counts of people are hidden (checked together with %3 report(s) released before, %4 linear programs solved).</source>
        <translation>%1 effectifs de personnes sur %2 sont masqués (vérifiés avec %3 bilan(s) diffusé(s) auparavant, %4 programmes linéaires résolus).</translation>
    </message>
    <message>
        <source>Most counts are hidden: columns by quarter or by year, or fewer breakdowns, would publish more of them.</source>
        <translation>La plupart des effectifs sont masqués : des colonnes par trimestre ou par année, ou moins de ventilations, en publieraient davantage.</translation>
    </message>
    <message>
        <source>Chart: attendances per month</source>
        <translation>Graphique : présences par mois</translation>
    </message>
    <message>
        <source>Disclosure rule and notes</source>
        <translation>Règle de diffusion et notes</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le bilan</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>Écriture du fichier…</translation>
    </message>
    <message>
        <source>Report written: %1</source>
        <translation>Bilan écrit : %1</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>The backup is restored into a new, empty folder; the current vault is not touched. The restored vault opens with the passphrase that was in force when the backup was made.</source>
        <translation>La sauvegarde est restaurée dans un dossier nouveau et vide ; le coffre actuel n’est pas modifié. Le coffre restauré s’ouvre avec la phrase de passe en vigueur lors de la sauvegarde.</translation>
    </message>
    <message>
        <source>Br&amp;owse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>Choose the backup file</source>
        <translation>Choisir le fichier de sauvegarde</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the new folder</source>
        <translation>Choisir le nouveau dossier</translation>
    </message>
    <message>
        <source>Backup &amp;file:</source>
        <translation>Fichier de &amp;sauvegarde :</translation>
    </message>
    <message>
        <source>New &amp;folder:</source>
        <translation>Nouveau &amp;dossier :</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the backup:</source>
        <translation>&amp;Phrase de passe de la sauvegarde :</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>VPI Groups backups (*.vpibak)</source>
        <translation>Sauvegardes VPI Groups (*.vpibak)</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Backup of vault %1, made %2, restored and verified in %3.</source>
        <translation>Sauvegarde du coffre %1, faite le %2, restaurée et vérifiée dans %3.</translation>
    </message>
    <message>
        <source>Note: this folder belongs to another user of this computer.</source>
        <translation>Attention : ce dossier appartient à un autre utilisateur de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Yearly review of the actions</source>
        <translation>Revue annuelle des actions</translation>
    </message>
    <message>
        <source>For each action of the year, its figures and the decision of the plenary day: renew it, renew it with changes, or stop it. The figures are the year&apos;s report&apos;s before small counts are masked: they are shown only on this computer.</source>
        <translation>Pour chaque action de l’année, ses chiffres et la décision de la journée plénière : la reconduire, la reconduire avec des changements, ou l’arrêter. Les chiffres sont ceux du bilan de l’année avant le masquage des petits effectifs : ils ne s’affichent que sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Convention to renew</source>
        <translation>Convention à renouveler</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Année :</translation>
    </message>
    <message>
        <source>Actions of the year</source>
        <translation>Actions de l’année</translation>
    </message>
    <message>
        <source>Decision on the selected action</source>
        <translation>Décision sur l’action choisie</translation>
    </message>
    <message>
        <source>To be &amp;decided</source>
        <translation>À &amp;décider</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Reconduire</translation>
    </message>
    <message>
        <source>Renew with &amp;changes</source>
        <translation>Reconduire avec &amp;changements</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>Arrê&amp;ter</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Record the decision (Ctrl+Enter)</source>
        <translation>Enregistrer la décision (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Undo the renewal</source>
        <translation>Annuler la reco&amp;nduction</translation>
    </message>
    <message>
        <source>Delete next year&apos;s action the renewal just created, and its groups</source>
        <translation>Supprimer l’action de l’année suivante que la reconduction vient de créer, et ses groupes</translation>
    </message>
    <message>
        <source>Decision on “%1”</source>
        <translation>Décision sur « %1 »</translation>
    </message>
    <message>
        <source>Rea&amp;son — what changes next year (required):</source>
        <translation>&amp;Motif — ce qui change l’an prochain (obligatoire) :</translation>
    </message>
    <message>
        <source>Rea&amp;son — why it stops (required):</source>
        <translation>&amp;Motif — pourquoi elle s’arrête (obligatoire) :</translation>
    </message>
    <message>
        <source>Rea&amp;son (optional):</source>
        <translation>&amp;Motif (facultatif) :</translation>
    </message>
    <message>
        <source>Its %1 action exists: applying records only the reason, and whether it changes.</source>
        <translation>Son action %1 existe : appliquer n’enregistre que le motif, et s’il y a des changements.</translation>
    </message>
    <message>
        <source>The action goes back to “to be decided”; its reason is cleared.</source>
        <translation>L’action revient à « à décider » ; son motif est effacé.</translation>
    </message>
    <message>
        <source>Applying creates the %1 action, with a copy of its talk groups and their sessions; it can be undone right after.</source>
        <translation>Appliquer crée l’action %1, avec une copie de ses groupes de parole et de leurs séances ; on peut l’annuler juste après.</translation>
    </message>
    <message>
        <source>Applying creates the %1 action; it can be undone right after.</source>
        <translation>Appliquer crée l’action %1 ; on peut l’annuler juste après.</translation>
    </message>
    <message>
        <source>This action is renewed: its %1 action exists. To decide otherwise, first undo the renewal (“Undo the renewal” below).</source>
        <translation>Cette action est reconduite : son action %1 existe. Pour décider autrement, annulez d’abord la reconduction (« Annuler la reconduction » ci-dessous).</translation>
    </message>
    <message>
        <source>This action is renewed: its %1 action exists. To decide otherwise, the renewal must be undone first, which is offered right after renewing only; the %1 action can still be changed on the Groups and actions page.</source>
        <translation>Cette action est reconduite : son action %1 existe. Pour décider autrement, il faut d’abord annuler la reconduction, ce qui n’est proposé que juste après l’avoir faite ; l’action %1 peut encore être modifiée dans la page Groupes et actions.</translation>
    </message>
    <message>
        <source>Say what changes next year: a renewal with changes needs it, in the reason field.</source>
        <translation>Dites ce qui change l’an prochain, dans le motif : une reconduction avec changements l’exige.</translation>
    </message>
    <message>
        <source>Say why the action stops, in the reason field.</source>
        <translation>Dites pourquoi l’action s’arrête, dans le motif.</translation>
    </message>
    <message>
        <source>“%1” continues in %2: its %2 action was created with %3 group(s) and %4 session(s). “Undo the renewal” deletes them.</source>
        <translation>« %1 » continue en %2 : son action %2 a été créée avec %3 groupe(s) et %4 séance(s). « Annuler la reconduction » les supprime.</translation>
    </message>
    <message>
        <source>“%1” continues in %2: its %2 action was created, to be filled in. “Undo the renewal” deletes it.</source>
        <translation>« %1 » continue en %2 : son action %2 a été créée, à compléter. « Annuler la reconduction » la supprime.</translation>
    </message>
    <message>
        <source>Decision recorded for “%1”: %2.</source>
        <translation>Décision enregistrée pour « %1 » : %2.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: attendance was recorded on sessions of the %1 action meanwhile.</source>
        <translation>La reconduction ne peut plus être annulée : des présences ont été notées entre-temps aux séances de l’action %1.</translation>
    </message>
    <message>
        <source>The renewal cannot be undone: the %1 action was changed meanwhile.</source>
        <translation>La reconduction ne peut plus être annulée : l’action %1 a été modifiée entre-temps.</translation>
    </message>
    <message>
        <source>Renewal undone: the %1 action “%2” and its groups were deleted.</source>
        <translation>Reconduction annulée : l’action %1 « %2 » et ses groupes ont été supprimés.</translation>
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
        <translation>Axe</translation>
    </message>
    <message>
        <source>Figures of the year</source>
        <translation>Chiffres de l’année</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>To be decided</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Renewed</source>
        <translation>Reconduite</translation>
    </message>
    <message>
        <source>Renewed with changes</source>
        <translation>Reconduite avec changements</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s) held</source>
        <translation>
            <numerusform>%Ln séance réalisée</numerusform>
            <numerusform>%Ln séances réalisées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cancelled</source>
        <translation>
            <numerusform>%Ln annulée</numerusform>
            <numerusform>%Ln annulées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance(s)</source>
        <translation>
            <numerusform>%Ln présence</numerusform>
            <numerusform>%Ln présences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant·e</numerusform>
            <numerusform>%Ln participant·es</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h of training</source>
        <translation>%1 h de formation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln professional(s) trained</source>
        <translation>
            <numerusform>%Ln professionnel·le formé·e</numerusform>
            <numerusform>%Ln professionnel·les formé·es</numerusform>
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
            <numerusform>%Ln personne touchée (estimation)</numerusform>
            <numerusform>%Ln personnes touchées (estimation)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orientation(s) adopted</source>
        <translation>
            <numerusform>%Ln orientation adoptée</numerusform>
            <numerusform>%Ln orientations adoptées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meeting(s) held</source>
        <translation>
            <numerusform>%Ln réunion tenue</numerusform>
            <numerusform>%Ln réunions tenues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln member(s)</source>
        <translation>
            <numerusform>%Ln membre</numerusform>
            <numerusform>%Ln membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln attendance(s) at meetings</source>
        <translation>
            <numerusform>%Ln présence aux réunions</numerusform>
            <numerusform>%Ln présences aux réunions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln decision(s)</source>
        <translation>
            <numerusform>%Ln décision</numerusform>
            <numerusform>%Ln décisions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <source>Hide the text typed</source>
        <translation>Masquer le texte saisi</translation>
    </message>
    <message>
        <source>Hide the text typed (%1)</source>
        <translation>Masquer le texte saisi (%1)</translation>
    </message>
    <message>
        <source>Show the text typed</source>
        <translation>Afficher le texte saisi</translation>
    </message>
    <message>
        <source>Show the text typed (%1)</source>
        <translation>Afficher le texte saisi (%1)</translation>
    </message>
    <message>
        <source>Caps Lock is on.</source>
        <translation>La touche Verr. Maj. est activée.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Détails</translation>
    </message>
    <message>
        <source>&amp;Attendance</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <source>Mem&amp;bers present</source>
        <translation>Présents à la réuni&amp;on</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Decisions and tas&amp;ks</source>
        <translation>Décisions et tâc&amp;hes</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Attendance sh&amp;eet (PDF)…</source>
        <translation>Feuille d’émar&amp;gement (PDF)…</translation>
    </message>
    <message>
        <source>De&amp;lete the session…</source>
        <translation>Suppr&amp;imer la séance…</translation>
    </message>
    <message>
        <source>Duplicate a &amp;week later…</source>
        <translation>Dupli&amp;quer à la semaine suivante…</translation>
    </message>
    <message>
        <source>Open a new session with the same action, group, times, facilitators and room, one week later; nothing is saved until you save it.</source>
        <translation>Ouvre une nouvelle séance avec la même action, le même groupe, les mêmes horaires, animateur·rices et salle, une semaine plus tard ; rien n’est enregistré avant que vous l’enregistriez.</translation>
    </message>
    <message>
        <source>In&amp;vite…</source>
        <translation>In&amp;viter…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Between %1 and %2 minutes</source>
        <translation>Entre %1 et %2 minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Tenue</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Cancel the sess&amp;ion…</source>
        <translation>Annu&amp;ler la séance…</translation>
    </message>
    <message>
        <source>Mark the session cancelled; give the reason, then Save.</source>
        <translation>Marquer la séance comme annulée ; indiquez ensuite le motif, puis enregistrez.</translation>
    </message>
    <message>
        <source>Why it is cancelled (required)</source>
        <translation>Motif de l’annulation (obligatoire)</translation>
    </message>
    <message>
        <source>Sta&amp;rt:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>Reas&amp;on:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>S&amp;alle :</translation>
    </message>
    <message>
        <source>Attendance register</source>
        <translation>Liste de présence</translation>
    </message>
    <message>
        <source>Notes for the facilitators</source>
        <translation>Notes des animateur·rices</translation>
    </message>
    <message>
        <source>A session marked held is not deleted: reports count it.</source>
        <translation>Une séance marquée comme réalisée ne peut pas être supprimée : les bilans la comptent.</translation>
    </message>
    <message>
        <source>Delete this session; asks first.</source>
        <translation>Supprimer cette séance (une confirmation est demandée).</translation>
    </message>
    <message>
        <source>Talk-group sessions never get invitations.</source>
        <translation>Les séances des groupes de parole ne font jamais l’objet d’invitations.</translation>
    </message>
    <message>
        <source>Save first: the invitation is made from the session as saved.</source>
        <translation>Enregistrez d’abord : l’invitation reprend la séance telle qu’elle est enregistrée.</translation>
    </message>
    <message>
        <source>Invite professionals of the directory: an .ics file or an e-mail draft.</source>
        <translation>Inviter des professionnel·les de l’annuaire : un fichier .ics ou un brouillon de courriel.</translation>
    </message>
    <message>
        <source>Give the reason for cancelling, then Save.</source>
        <translation>Indiquez le motif de l’annulation, puis enregistrez.</translation>
    </message>
    <message>
        <source>Delete the session of %1 (%2)? This cannot be undone.</source>
        <translation>Supprimer la séance du %1 (%2) ? Cette suppression est définitive.</translation>
    </message>
    <message>
        <source>The changes made in this window are lost with it.</source>
        <translation>Les modifications faites dans cette fenêtre sont perdues avec elle.</translation>
    </message>
    <message>
        <source>Delete the session</source>
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>&amp;Delete the session</source>
        <translation>&amp;Supprimer la séance</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;La conserver</translation>
    </message>
    <message>
        <source>Duplicate the session</source>
        <translation>Dupliquer la séance</translation>
    </message>
    <message>
        <source>The changes made in this window are not saved. The copy is made from the session as saved, and once the copy is saved this window closes without them.</source>
        <translation>Les modifications faites dans cette fenêtre ne sont pas enregistrées. La copie reprend la séance telle qu’elle est enregistrée ; une fois la copie enregistrée, cette fenêtre se fermera sans elles.</translation>
    </message>
    <message>
        <source>&amp;Duplicate the saved session</source>
        <translation>&amp;Dupliquer la séance enregistrée</translation>
    </message>
    <message>
        <source>new person %1</source>
        <translation>nouvelle personne %1</translation>
    </message>
    <message>
        <source>No participant has the code “%1”. Choose a code from the list shown while you type, or add a new participant.</source>
        <translation>Aucune personne n’a le code « %1 ». Choisissez un code dans la liste qui s’affiche pendant la saisie, ou ajoutez une nouvelle personne.</translation>
    </message>
    <message>
        <source>%1 is already on the register.</source>
        <translation>%1 est déjà sur la liste.</translation>
    </message>
    <message>
        <source>%1 is on the register: saved with the session.</source>
        <translation>%1 est sur la liste : ce sera enregistré avec la séance.</translation>
    </message>
    <message>
        <source>Attendance sheet saved: %1</source>
        <translation>Feuille d’émargement enregistrée : %1</translation>
    </message>
    <message>
        <source>Not saved: change the time, the room or the facilitators.</source>
        <translation>Rien n’a été enregistré : modifiez l’horaire, la salle ou les animateur·rices.</translation>
    </message>
    <message>
        <source>Overlapping sessions</source>
        <translation>Séances qui se chevauchent</translation>
    </message>
    <message>
        <source>This session overlaps %1. Save anyway?</source>
        <translation>Cette séance chevauche %1. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>Enregistrer &amp;quand même</translation>
    </message>
    <message>
        <source>Added to the register: %1. The code is given when you save.</source>
        <translation>Ajoutée à la liste : %1. Son code sera attribué à l’enregistrement.</translation>
    </message>
    <message>
        <source>Not saved: choose a day in the action&apos;s year.</source>
        <translation>Non enregistré : choisissez un jour dans l’année de l’action.</translation>
    </message>
    <message>
        <source>Session outside the action&apos;s year</source>
        <translation>Séance hors de l’année de l’action</translation>
    </message>
    <message>
        <source>The action is for %1, but the session would fall on %2. Reports will count it in its own year. Save anyway?</source>
        <translation>L’action est celle de %1, mais la séance tomberait le %2. Les bilans la compteront dans son année. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>facilitator %1</source>
        <translation>animateur·rice %1</translation>
    </message>
    <message>
        <source>room %1</source>
        <translation>salle %1</translation>
    </message>
    <message>
        <source>“%1” (%2, on %3 from %4 to %5)</source>
        <translation>« %1 » (%2, le %3 de %4 à %5)</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Professionnel·les</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Codes given</source>
        <translation>Codes attribués</translation>
    </message>
    <message>
        <source>Saved. The new participants have their codes:
%1

The codes are also on the Participants page.</source>
        <translation>Enregistré. Les nouvelles personnes ont reçu leur code :
%1

Les codes figurent aussi dans la page Participants.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Discard the changes made to this session?</source>
        <translation>Abandonner les modifications apportées à cette séance ?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Abandonner les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>D&amp;urée :</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut :</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>Anima&amp;teur·rices :</translation>
    </message>
    <message>
        <source>Keyboard: P present, E excused, A absent (then the next line), Space to cycle, Delete to clear, Ctrl+Z to undo.</source>
        <translation>Clavier : P présente, E excusée, A absente (puis ligne suivante), Espace pour alterner, Suppr pour effacer, Ctrl+Z pour annuler.</translation>
    </message>
    <message>
        <source>Type a code, then Enter</source>
        <translation>Tapez un code, puis Entrée</translation>
    </message>
    <message>
        <source>Add by &amp;code:</source>
        <translation>Ajouter par &amp;code :</translation>
    </message>
    <message>
        <source>New &amp;participant…</source>
        <translation>Nouvelle pe&amp;rsonne…</translation>
    </message>
    <message>
        <source>&amp;Headcount only (no register)</source>
        <translation>E&amp;ffectif seulement (sans liste)</translation>
    </message>
    <message>
        <source>Notes for the facilitators. They stay in the vault and are never exported.</source>
        <translation>Notes des animateur·rices. Elles restent dans le coffre et ne sont jamais exportées.</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Aucune salle</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save first: the sheet lists the register as saved.</source>
        <translation>Enregistrez d’abord : la feuille reprend la liste telle qu’elle est enregistrée.</translation>
    </message>
    <message>
        <source>A PDF sheet to sign, with the participants&apos; codes only.</source>
        <translation>Une feuille PDF à signer, avec les seuls codes des participant·es.</translation>
    </message>
    <message>
        <source>Changes not saved when the window locked have been put back. Save them, or Cancel to drop them.</source>
        <translation>Les modifications non enregistrées au moment du verrouillage ont été remises. Enregistrez-les, ou annulez pour les abandonner.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>The interface will be in French after a restart.</source>
        <translation>L’interface sera en français après un redémarrage.</translation>
    </message>
    <message>
        <source>The interface will be in English after a restart.</source>
        <translation>L’interface sera en anglais après un redémarrage.</translation>
    </message>
    <message>
        <source>Restarting locks the vault: unsaved changes in open editors are kept and offered again once the passphrase is typed.</source>
        <translation>Le redémarrage verrouille le coffre : les modifications en cours, non enregistrées, sont conservées et proposées de nouveau après le déverrouillage.</translation>
    </message>
    <message>
        <source>Restarting opens a new demo vault: the changes made in this one are lost.</source>
        <translation>Le redémarrage ouvre un nouveau coffre de démonstration : les modifications faites dans celui-ci sont perdues.</translation>
    </message>
    <message>
        <source>Restart &amp;now</source>
        <translation>Redémarrer mai&amp;ntenant</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>Between %1 and %2 minutes</source>
        <translation>Entre %1 et %2 minutes</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Change the &amp;passphrase…</source>
        <translation>Changer la &amp;phrase de passe…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Nouvelle clé de &amp;secours…</translation>
    </message>
    <message>
        <source>Lock after inactivity of:</source>
        <translation>Verrouiller après une inactivité de :</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Between %1 and %2 months</source>
        <translation>Entre %1 et %2 mois</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Between %1 and %2 values</source>
        <translation>Entre %1 et %2 valeurs</translation>
    </message>
    <message>
        <source> values</source>
        <translation> valeurs</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Person-level attendance is kept this long after a participant&apos;s last attendance, then folded into anonymous totals and deleted (CNIL: 24 months).</source>
        <translation>Les présences individuelles sont conservées cette durée après la dernière présence d’une personne, puis intégrées aux totaux anonymes et supprimées (CNIL : 24 mois).</translation>
    </message>
    <message>
        <source>In anonymised totals, counts from 1 to k−1 are hidden (k = 5 by default; 3 is INSEE&apos;s minimum, 11 the DGFiP rule for individuals).</source>
        <translation>Dans les bilans anonymisés, les effectifs de 1 à k−1 sont masqués (k = 5 par défaut ; 3 est le minimum de l’INSEE, 11 la règle de la DGFiP pour les personnes physiques).</translation>
    </message>
    <message>
        <source>Each hidden count keeps at least this many possible values for whoever holds every report released (3 at least: a hidden count is 1 or more, so two values would say nearly everything). More hides more.</source>
        <translation>Chaque effectif masqué garde au moins ce nombre de valeurs possibles pour qui détient tous les bilans diffusés (3 au moins : un effectif masqué vaut 1 ou plus, deux valeurs en diraient presque tout). Plus la valeur est grande, plus de cases sont masquées.</translation>
    </message>
    <message>
        <source>Keep person-level records for:</source>
        <translation>Conserver les données individuelles pendant :</translation>
    </message>
    <message>
        <source>Suppression threshold k:</source>
        <translation>Seuil de masquage k :</translation>
    </message>
    <message>
        <source>Hidden counts keep at &amp;least:</source>
        <translation>Un effectif masqué garde au &amp;moins :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>As the system (French when unsure)</source>
        <translation>Comme le système (français par défaut)</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l’interface :</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Emplacement :</translation>
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
        <source>Pair this vault with the coordinator&apos;s, send it this vault&apos;s totals, or receive the organisations&apos; totals</source>
        <translation>Appairer ce coffre avec celui du coordinateur, lui envoyer les totaux de ce coffre, ou recevoir ceux des structures</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>This vault coordinates the programme “%1”.</source>
        <translation>Ce coffre coordonne le programme « %1 ».</translation>
    </message>
    <message>
        <source>Paired with the coordinator of “%1”.</source>
        <translation>Appairé avec le coordinateur de « %1 ».</translation>
    </message>
    <message>
        <source>Not paired yet.</source>
        <translation>Pas encore appairé.</translation>
    </message>
</context>
<context>
    <name>SignatoriesField</name>
    <message>
        <source>&amp;Add a signatory…</source>
        <translation>&amp;Ajouter un signataire…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Signatories</source>
        <translation>Signataires</translation>
    </message>
</context>
<context>
    <name>SignatoriesModel</name>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Signé le</translation>
    </message>
</context>
<context>
    <name>SignatoryDialog</name>
    <message>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>New signatory</source>
        <translation>Nouveau signataire</translation>
    </message>
    <message>
        <source>e.g. Ms Durand, director</source>
        <translation>ex. : Mme Durand, directrice</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Structure :</translation>
    </message>
    <message>
        <source>Signed &amp;by:</source>
        <translation>Signé &amp;par :</translation>
    </message>
    <message>
        <source>Signed &amp;on:</source>
        <translation>Signé &amp;le :</translation>
    </message>
    <message>
        <source>Every organisation of the directory signs already: add the partner to the directory first.</source>
        <translation>Toutes les structures de l’annuaire sont déjà signataires : ajoutez d’abord le partenaire à l’annuaire.</translation>
    </message>
    <message>
        <source>Choose the organisation that signed.</source>
        <translation>Choisissez la structure signataire.</translation>
    </message>
</context>
<context>
    <name>StatusModel</name>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Manquant</translation>
    </message>
    <message>
        <source>revoked on %1</source>
        <translation>révoquée le %1</translation>
    </message>
    <message>
        <source>nothing received</source>
        <translation>rien reçu</translation>
    </message>
    <message>
        <source>nothing received for %1</source>
        <translation>rien reçu pour %1</translation>
    </message>
    <message>
        <source>nothing missing</source>
        <translation>rien ne manque</translation>
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
        <translation>Nouveau support</translation>
    </message>
    <message>
        <source>Where it was put out or held</source>
        <translation>Où il a été diffusé ou tenu</translation>
    </message>
    <message>
        <source>&amp;Support:</source>
        <translation>&amp;Support :</translation>
    </message>
    <message>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Au :</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Lieux :</translation>
    </message>
    <message>
        <source>Estimated &amp;reach:</source>
        <translation>Public &amp;touché (estimation) :</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The end is before the start.</source>
        <translation>La fin est avant le début.</translation>
    </message>
</context>
<context>
    <name>SupportsField</name>
    <message>
        <source>Supports of the campaign</source>
        <translation>Supports de la campagne</translation>
    </message>
    <message>
        <source>Add a su&amp;pport…</source>
        <translation>Ajouter un &amp;support…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Modi&amp;fier…</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
</context>
<context>
    <name>SupportsModel</name>
    <message>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>à partir du %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu’au %1</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Reach (est.)</source>
        <translation>Public touché (est.)</translation>
    </message>
</context>
<context>
    <name>TalliesPage</name>
    <message>
        <source>Reception tallies</source>
        <translation>Comptages d’accueil</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>A&amp;nnée :</translation>
    </message>
    <message>
        <source>Counts only: no name, no person. Reports hide small counts as they do for attendance.</source>
        <translation>Des nombres seulement : aucun nom, aucune personne. Les bilans masquent les petits effectifs, comme pour les présences.</translation>
    </message>
    <message>
        <source>Months recorded</source>
        <translation>Mois enregistrés</translation>
    </message>
    <message>
        <source>One line per partner and month, latest first; choose one to show its counts in the editor, Enter to edit them.</source>
        <translation>Une ligne par partenaire et par mois, le plus récent en premier ; choisissez-en une pour afficher ses nombres dans la saisie, Entrée pour les modifier.</translation>
    </message>
    <message>
        <source>Counts of one month</source>
        <translation>Comptage d’un mois</translation>
    </message>
    <message>
        <source>Choose a partner…</source>
        <translation>Choisir un partenaire…</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Mois :</translation>
    </message>
    <message>
        <source>&amp;Partner:</source>
        <translation>&amp;Partenaire :</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Enre&amp;gistrer</translation>
    </message>
    <message>
        <source>Save this partner&apos;s month (Ctrl+S)</source>
        <translation>Enregistrer ce mois du partenaire (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Delete this month…</source>
        <translation>&amp;Supprimer ce mois…</translation>
    </message>
    <message>
        <source>Delete the counts of this partner for this month</source>
        <translation>Supprimer les nombres de ce partenaire pour ce mois</translation>
    </message>
    <message>
        <source>%1: between %2 and %3 persons</source>
        <translation>%1 : entre %2 et %3 personnes</translation>
    </message>
    <message>
        <source>Counts not saved when the window locked could not be put back: their month or their partner can no longer be chosen.</source>
        <translation>Les nombres non enregistrés au moment du verrouillage n’ont pas pu être remis : leur mois ou leur partenaire ne peut plus être choisi.</translation>
    </message>
    <message>
        <source>Counts not saved when the window locked have been put back. Save them (Ctrl+S), or choose another month to drop them.</source>
        <translation>Les nombres non enregistrés au moment du verrouillage ont été remis. Enregistrez-les (Ctrl+S), ou choisissez un autre mois pour les abandonner.</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Toutes les années</translation>
    </message>
    <message>
        <source>No tally recorded yet. Each month, partners who receive victims count the persons they received in person and those they informed or directed elsewhere, by gender. Only counts are kept here, never a name nor a person; reports protect them like attendance, hiding small counts.</source>
        <translation>Aucun comptage enregistré pour l’instant. Chaque mois, les partenaires qui accueillent des victimes comptent les personnes reçues en entretien et celles informées ou orientées ailleurs, par genre. Seuls des nombres sont gardés ici, jamais un nom ni une personne ; les bilans les protègent comme les présences, en masquant les petits effectifs.</translation>
    </message>
    <message>
        <source>Choose a month and a partner, type their counts, then save.</source>
        <translation>Choisissez un mois et un partenaire, tapez les nombres, puis enregistrez.</translation>
    </message>
    <message>
        <source>&amp;Enter a first month</source>
        <translation>Sa&amp;isir un premier mois</translation>
    </message>
    <message>
        <source>The partners come from the directory: add them there first.</source>
        <translation>Les partenaires viennent de l’annuaire : ajoutez-les d’abord.</translation>
    </message>
    <message>
        <source>Open the di&amp;rectory</source>
        <translation>&amp;Ouvrir l’annuaire</translation>
    </message>
    <message>
        <source>Counts not saved</source>
        <translation>Nombres non enregistrés</translation>
    </message>
    <message>
        <source>The counts typed for %1 are not saved. Show another month or partner and lose them?</source>
        <translation>Les nombres saisis pour %1 ne sont pas enregistrés. Afficher un autre mois ou un autre partenaire et les perdre ?</translation>
    </message>
    <message>
        <source>&amp;Lose the changes</source>
        <translation>&amp;Perdre les modifications</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Choose the partner whose counts these are.</source>
        <translation>Choisissez le partenaire dont ce sont les nombres.</translation>
    </message>
    <message>
        <source>Not saved yet (Ctrl+S saves).</source>
        <translation>Pas encore enregistré (Ctrl+S enregistre).</translation>
    </message>
    <message>
        <source>Nothing recorded yet for this partner this month.</source>
        <translation>Rien n’est encore enregistré pour ce partenaire ce mois-ci.</translation>
    </message>
    <message>
        <source>As recorded.</source>
        <translation>Tel qu’enregistré.</translation>
    </message>
    <message>
        <source>Choose a partner.</source>
        <translation>Choisissez un partenaire.</translation>
    </message>
    <message>
        <source>Correct the count refused before saving.</source>
        <translation>Corrigez le nombre refusé avant d’enregistrer.</translation>
    </message>
    <message numerus="yes">
        <source>Saved: %n person(s) for %1.</source>
        <translation>
            <numerusform>Enregistré : %n personne pour %1.</numerusform>
            <numerusform>Enregistré : %n personnes pour %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All counts are zero: nothing is kept for %1.</source>
        <translation>Tous les nombres sont à zéro : rien n’est gardé pour %1.</translation>
    </message>
    <message>
        <source>Deleted: the counts of %1.</source>
        <translation>Supprimé : les nombres de %1.</translation>
    </message>
    <message>
        <source>Delete the month&apos;s counts</source>
        <translation>Supprimer les nombres du mois</translation>
    </message>
    <message numerus="yes">
        <source>Delete the counts of %1 (%n person(s))? Reports will no longer count them. This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer les nombres de %1 (%n personne) ? Les bilans ne les compteront plus. C’est définitif.</numerusform>
            <numerusform>Supprimer les nombres de %1 (%n personnes) ? Les bilans ne les compteront plus. C’est définitif.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Keep</source>
        <translation>&amp;Conserver</translation>
    </message>
</context>
<context>
    <name>TallyModel</name>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçues</translation>
    </message>
    <message>
        <source>Informed</source>
        <translation>Informées</translation>
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
        <translation>Tâche de suivi</translation>
    </message>
    <message>
        <source>New follow-up task</source>
        <translation>Nouvelle tâche de suivi</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Facilitator %1</source>
        <translation>Animateur·rice %1</translation>
    </message>
    <message>
        <source>By:</source>
        <translation>Pour le :</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Wh&amp;at:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>Q&amp;ui :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Say what is to be done.</source>
        <translation>Dites ce qu’il faut faire.</translation>
    </message>
</context>
<context>
    <name>TasksDialog</name>
    <message>
        <source>Follow-up tasks</source>
        <translation>Tâches de suivi</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne :</translation>
    </message>
    <message>
        <source>Show &amp;done tasks</source>
        <translation>Afficher les tâches &amp;faites</translation>
    </message>
    <message>
        <source>Space: done or not (saved at once); Enter: change the task; Delete: remove it. Tasks are added at a working group&apos;s meeting.</source>
        <translation>Espace : faite ou non (enregistré aussitôt) ; Entrée : modifier la tâche ; Suppr : la retirer. Les tâches s’ajoutent à une réunion d’un groupe de travail.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No follow-up task for %1.</source>
        <translation>Aucune tâche de suivi pour %1.</translation>
    </message>
    <message>
        <source>No follow-up task yet. Tasks are added in a working group&apos;s meeting, on its “Decisions and tasks” tab.</source>
        <translation>Aucune tâche de suivi pour l’instant. Les tâches s’ajoutent à une réunion d’un groupe de travail, dans son onglet « Décisions et tâches ».</translation>
    </message>
    <message>
        <source>“%1” marked done.</source>
        <translation>« %1 » marquée faite.</translation>
    </message>
    <message>
        <source>“%1” marked not done.</source>
        <translation>« %1 » marquée à faire.</translation>
    </message>
    <message>
        <source>Undone: “%1” is as it was.</source>
        <translation>Annulé : « %1 » est comme avant.</translation>
    </message>
    <message>
        <source>Task saved.</source>
        <translation>Tâche enregistrée.</translation>
    </message>
    <message>
        <source>“%1” removed.</source>
        <translation>« %1 » supprimée.</translation>
    </message>
    <message>
        <source>Remove the task</source>
        <translation>Supprimer la tâche</translation>
    </message>
    <message>
        <source>Remove the task “%1”? This cannot be undone.</source>
        <translation>Supprimer la tâche « %1 » ? C’est définitif.</translation>
    </message>
    <message>
        <source>&amp;Remove the task</source>
        <translation>&amp;Supprimer la tâche</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;La garder</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Personne pour l’instant</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Working group</source>
        <translation>Groupe de travail</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>VPI Groups — unlock</source>
        <translation>VPI Groups — déverrouillage</translation>
    </message>
    <message>
        <source>The vault is locked. Type your passphrase to open it.
Vault: %1</source>
        <translation>Le coffre est verrouillé. Saisissez votre phrase de passe pour l’ouvrir.
Coffre : %1</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Forgotten passphrase…</source>
        <translation>Phrase de passe &amp;oubliée…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Type the recovery key you printed or saved when the vault was created (groups of 4 characters), then choose a new passphrase.</source>
        <translation>Saisissez la clé de secours imprimée ou enregistrée à la création du coffre (groupes de 4 caractères), puis choisissez une nouvelle phrase de passe.</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Clé de &amp;secours :</translation>
    </message>
    <message>
        <source>&amp;Set and open</source>
        <translation>&amp;Définir et ouvrir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Older database</source>
        <translation>Base plus ancienne</translation>
    </message>
    <message>
        <source>The database in this folder is older than its key file: an older copy of vault.db was put back (from a copy of the folder, a sync tool, a USB stick). What was written since is missing from it, and people erased since may have come back.

Open it all the same? The choice is recorded in the audit log. Otherwise, put back the latest vault.db, or restore your latest backup.</source>
        <translation>La base de ce dossier est plus ancienne que son fichier de clés : une copie ancienne de vault.db a été remise à sa place (copie du dossier, outil de synchronisation, clé USB). Ce qui a été écrit depuis y manque, et des personnes effacées depuis peuvent y être revenues.

L’ouvrir quand même ? Ce choix sera noté au journal. Sinon, remettez le dernier vault.db, ou restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Open the older database</source>
        <translation>&amp;Ouvrir la base plus ancienne</translation>
    </message>
    <message>
        <source>&amp;Do not open</source>
        <translation>&amp;Ne pas ouvrir</translation>
    </message>
</context>
<context>
    <name>combo</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Enter the amount, in euros.</source>
        <translation>Saisissez le montant, en euros.</translation>
    </message>
</context>
</TS>
