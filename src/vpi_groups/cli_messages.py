"""The command line's sentences, French first, then English.

One table of (French, English) per message id; :func:`message` picks the language of
the locale (or the one asked for) and fills in the fields.
"""

from __future__ import annotations

from vpi_groups.language import of_environment

_MESSAGES: dict[str, tuple[str, str]] = {
    "description": (
        "VPI Groups : groupes de parole et actions de prévention des violences "
        "intrafamiliales. Sans sous-commande, ouvre la fenêtre.",
        "VPI Groups: talk groups and domestic-violence prevention actions. "
        "Without a subcommand, opens the window.",
    ),
    "vault": (
        "dossier du coffre (par défaut : {default})",
        "vault folder (default: {default})",
    ),
    "demo": (
        "ouvrir un coffre de démonstration temporaire, effacé à la fermeture",
        "open a temporary demo vault, deleted on exit",
    ),
    "lang": ("langue de l'interface (fr ou en)", "interface language (fr or en)"),
    "commands": ("commandes", "commands"),
    "cmd_init": ("créer un coffre chiffré", "create an encrypted vault"),
    "cmd_verify": (
        "vérifier le coffre (clés, intégrité de chaque page, version du schéma)",
        "verify the vault (keys, every page's integrity, schema version)",
    ),
    "cmd_passwd": (
        "changer la phrase de passe (ou la redéfinir avec la clé de secours)",
        "change the passphrase (or reset it with the recovery key)",
    ),
    "cmd_backup": (
        "sauvegarder le coffre dans un seul fichier chiffré",
        "back up the vault to one encrypted file",
    ),
    "cmd_restore": (
        "restaurer une sauvegarde dans un nouveau dossier",
        "restore a backup into a new folder",
    ),
    "opt_passphrase_file": (
        "lire la phrase de passe dans ce fichier (première ligne)",
        "read the passphrase from this file (first line)",
    ),
    "opt_passphrase_fd": (
        "lire la phrase de passe sur ce descripteur de fichier",
        "read the passphrase from this file descriptor",
    ),
    "opt_recovery_file": (
        "utiliser la clé de secours lue dans ce fichier",
        "use the recovery key read from this file",
    ),
    "opt_new_passphrase_file": (
        "lire la nouvelle phrase de passe dans ce fichier",
        "read the new passphrase from this file",
    ),
    "opt_new_passphrase_fd": (
        "lire la nouvelle phrase de passe sur ce descripteur",
        "read the new passphrase from this file descriptor",
    ),
    "opt_out": ("fichier de sauvegarde à écrire", "backup file to write"),
    "opt_to": ("dossier (nouveau ou vide) du coffre restauré", "new or empty folder"),
    "prompt_passphrase": ("Phrase de passe : ", "Passphrase: "),
    "prompt_new": ("Nouvelle phrase de passe : ", "New passphrase: "),
    "prompt_again": ("Confirmez la phrase de passe : ", "Confirm the passphrase: "),
    "mismatch": (
        "Les deux saisies diffèrent ; rien n'a été modifié.",
        "The two entries differ; nothing was changed.",
    ),
    "no_tty": (
        "Aucun terminal pour saisir la phrase de passe : utilisez --passphrase-file "
        "ou --passphrase-fd.",
        "No terminal to type the passphrase: use --passphrase-file or --passphrase-fd.",
    ),
    "secret_unreadable": (
        "Impossible de lire {what} : {detail}.",
        "Cannot read {what}: {detail}.",
    ),
    "created": (
        "Coffre créé dans {path}.\n\n"
        "CLÉ DE SECOURS (affichée une seule fois) :\n\n    {key}\n\n"
        "Notez-la et gardez-la en lieu sûr, à part de l'ordinateur. Sans la phrase de "
        "passe ni cette clé, personne — pas même nous — ne peut rouvrir le coffre.",
        "Vault created in {path}.\n\n"
        "RECOVERY KEY (shown only once):\n\n    {key}\n\n"
        "Write it down and keep it safe, away from the computer. Without the passphrase "
        "or this key, nobody can open the vault again.",
    ),
    "verified": (
        "Coffre intact : clés, {size} octets vérifiés page par page, schéma {schema}.",
        "Vault intact: keys, {size} bytes checked page by page, schema {schema}.",
    ),
    "repaired_missing": (
        "Attention : {file} manquait ; il a été réécrit à partir du fichier de clés qui a "
        "ouvert le coffre.",
        "Note: {file} was missing; it was rewritten from the key file that opened the vault.",
    ),
    "repaired_damaged": (
        "Attention : {file} était endommagé ; il a été réécrit à partir du fichier de clés "
        "qui a ouvert le coffre.",
        "Note: {file} was damaged; it was rewritten from the key file that opened the vault.",
    ),
    "repaired_foreign": (
        "Attention : {file} appartenait à un autre coffre. Il a été mis de côté sous le nom "
        "{kept} et remplacé par le fichier de clés qui a ouvert ce coffre.",
        "Note: {file} belonged to another vault. It was kept as {kept} and replaced by "
        "the key file that opened this vault.",
    ),
    "passwd_done": (
        "Phrase de passe changée ; le coffre a été rechiffré avec une nouvelle clé. Les "
        "anciennes sauvegardes s'ouvrent toujours avec l'ancienne phrase de passe.",
        "Passphrase changed; the vault was re-encrypted under a new key. Old backups still "
        "open with the old passphrase.",
    ),
    "new_recovery_forced": (
        "Ce coffre venait d'une version qui ne pouvait pas garder la clé de secours en "
        "changeant de clé : voici sa NOUVELLE CLÉ DE SECOURS (affichée une seule fois ; "
        "l'ancienne ne marche plus) :\n\n    {key}\n",
        "This vault came from a version whose recovery key could not follow a new key: "
        "here is its NEW RECOVERY KEY (shown only once; the old one no longer works):"
        "\n\n    {key}\n",
    ),
    "new_recovery": (
        "NOUVELLE CLÉ DE SECOURS (affichée une seule fois) :\n\n    {key}\n\n"
        "L'ancienne clé de secours ne marche plus pour ce coffre (elle ouvre encore les "
        "sauvegardes faites avant aujourd'hui). Notez celle-ci et gardez-la en lieu sûr.",
        "NEW RECOVERY KEY (shown only once):\n\n    {key}\n\n"
        "The old recovery key no longer opens this vault (it still opens backups made "
        "before today). Write this one down and keep it safe.",
    ),
    "warn_folder-owner": (
        "Attention : le dossier {path} appartient à un autre utilisateur de cet ordinateur.",
        "Warning: the folder {path} belongs to another user of this computer.",
    ),
    "cmd_recovery_key": (
        "remplacer la clé de secours (la nouvelle est affichée une seule fois)",
        "replace the recovery key (the new one is shown only once)",
    ),
    "opt_force": (
        "remplacer le fichier s'il existe déjà",
        "replace the file if it already exists",
    ),
    "opt_accept_older": (
        "ouvrir quand même une base plus ancienne que son fichier de clés (noté au journal)",
        "open a database older than its key file all the same (recorded in the audit log)",
    ),
    "backup_done": (
        "Sauvegarde écrite et vérifiée : {path} ({size} octets).",
        "Backup written and verified: {path} ({size} bytes).",
    ),
    "restore_done": (
        "Sauvegarde du coffre {vault} (faite le {created}) restaurée et vérifiée dans "
        "{path}. Elle s'ouvre avec la phrase de passe en vigueur lors de la sauvegarde.",
        "Backup of vault {vault} (made {created}) restored and verified in {path}. It "
        "opens with the passphrase that was valid when the backup was made.",
    ),
    "interrupted": ("Interrompu.", "Interrupted."),
    "cmd_demo_data": (
        "remplir un coffre vide avec un programme fictif réaliste (pour essayer)",
        "fill an empty vault with a realistic invented programme (to try things out)",
    ),
    "opt_years": ("nombre d'années (1 à 10)", "number of years (1 to 10)"),
    "opt_seed": (
        "graine du hasard (même graine, même programme)",
        "random seed (same seed, same programme)",
    ),
    "demo_done": (
        "Programme fictif créé : {partners} partenaires, {facilitators} animateur·rices, "
        "{actions} actions, {groups} groupes, {sessions} séances, {participants} "
        "participant·es, {lines} présences.",
        "Invented programme created: {partners} partners, {facilitators} facilitators, "
        "{actions} actions, {groups} groups, {sessions} sessions, {participants} "
        "participants, {lines} attendance lines.",
    ),
    "cmd_purge": (
        "supprimer les données individuelles dépassant la durée de conservation, après les "
        "avoir intégrées aux totaux anonymes",
        "delete person-level records past the retention period, after folding them into "
        "anonymous totals",
    ),
    "cmd_releases": (
        "lister les bilans diffusés (registre des diffusions : fichier, période, k, empreinte)",
        "list the reports released (the release ledger: file, period, k, checksum)",
    ),
    "releases_none": (
        "Aucun bilan n'a encore été diffusé depuis ce coffre.",
        "No report has been released from this vault yet.",
    ),
    "releases_head": (
        "{count} bilan(s) diffusé(s), du plus récent au plus ancien :",
        "{count} report(s) released, newest first:",
    ),
    "releases_line": (
        "{at}  {file}  du {start} au {end} (colonnes : {by}), k = {k}, "
        "{published} effectif(s) publié(s), {hidden} masqué(s), SHA-256 {sha}…",
        "{at}  {file}  {start} to {end} (columns: {by}), k = {k}, "
        "{published} count(s) published, {hidden} hidden, SHA-256 {sha}…",
    ),
    "cmd_erase": (
        "effacer un·e participant·e sur demande (ses présences restent dans les totaux anonymes)",
        "erase one participant on request (their attendance stays in the anonymous totals)",
    ),
    "opt_dry_run": ("compter sans rien supprimer", "count without deleting anything"),
    "opt_code": ("code du ou de la participant·e", "the participant's code"),
    "purge_dry": (
        "Simulation : {participants} participant·e(s) et {lines} ligne(s) de présence "
        "antérieures au {cutoff} seraient supprimées (conservation : {months} mois). "
        "Rien n'a été modifié.",
        "Dry run: {participants} participant(s) and {lines} attendance line(s) before "
        "{cutoff} would be deleted (retention: {months} months). Nothing was changed.",
    ),
    "purge_done": (
        "{participants} participant·e(s) et {lines} ligne(s) de présence supprimées après "
        "intégration aux totaux anonymes (conservation : {months} mois).",
        "{participants} participant(s) and {lines} attendance line(s) deleted after folding "
        "into the anonymous totals (retention: {months} months).",
    ),
    "erase_done": (
        "Participant·e effacé·e ; {lines} ligne(s) de présence intégrées aux totaux anonymes.",
        "Participant erased; {lines} attendance line(s) folded into the anonymous totals.",
    ),
    "cmd_export_ics": (
        "exporter les séances en calendrier (.ics) pour les partenaires : jamais de "
        "participant·e, de présence ni de note",
        "export sessions as a calendar (.ics) for partners: never participants, attendance "
        "or notes",
    ),
    "opt_ics_out": (
        "fichier .ics à écrire (un dossier avec --per-group)",
        "the .ics file to write (a folder with --per-group)",
    ),
    "opt_ics_group": ("seulement ce groupe (répétable)", "only this group (repeatable)"),
    "opt_ics_action": ("seulement cette action", "only this action"),
    "opt_ics_facilitator": (
        "seulement les séances de cet·te animateur·rice",
        "only this facilitator's sessions",
    ),
    "opt_ics_from": (
        "séances à partir de ce jour (AAAA-MM-JJ, heure de Paris)",
        "sessions from this day on (YYYY-MM-DD, Paris time)",
    ),
    "opt_ics_to": (
        "séances jusqu'à ce jour inclus (AAAA-MM-JJ, heure de Paris)",
        "sessions up to this day, included (YYYY-MM-DD, Paris time)",
    ),
    "opt_ics_privacy": (
        "partner : titre, heure, lieu si partageable ; busy : un titre neutre "
        "(« Indisponible ») et l'heure seulement",
        "partner: title, time, place if it may be shared; busy: a neutral title and the time only",
    ),
    "opt_ics_keep_cancelled": (
        "garder les séances annulées, titrées « ANNULÉ — … » (Outlook les affiche quand "
        "même comme prévues)",
        'keep cancelled sessions, titled "ANNULÉ — …" (Outlook still shows them as on)',
    ),
    "opt_ics_facilitator_names": (
        "écrire le nom des animateur·rices (niveau partner)",
        "write the facilitators' names (partner level)",
    ),
    "opt_ics_per_group": (
        "un fichier par groupe (et par autre action) dans le dossier --out",
        "one file per group (and per other action) in the --out folder",
    ),
    "opt_ics_name": ("nom du calendrier", "the calendar's name"),
    "opt_ics_busy_title": (
        "niveau busy : titre de chaque événement, et nom du calendrier sans --name "
        "(par défaut : « Indisponible »)",
        "busy level: the title of every event, and the calendar's name without --name "
        '(default: "Busy")',
    ),
    "ics_busy_title": ("Indisponible", "Busy"),
    "ics_done": (
        "Calendrier écrit : {path} ({events} événement(s), {size} octets).",
        "Calendar written: {path} ({events} event(s), {size} bytes).",
    ),
    "ics_done_many": (
        "{files} calendrier(s) écrit(s) dans {path} ({events} événement(s)).",
        "{files} calendar(s) written in {path} ({events} event(s)).",
    ),
    "err_ics_date": (
        "Date invalide pour {option} : {value} (attendu : AAAA-MM-JJ).",
        "Invalid date for {option}: {value} (expected: YYYY-MM-DD).",
    ),
    "err_ics_period": (
        "La fin de la période (--to) précède son début (--from).",
        "The end of the period (--to) comes before its start (--from).",
    ),
    "err_ics_invalid": ("Options d'export invalides ({code}).", "Invalid export options ({code})."),
    "err_ics_not_found_group": ("Aucun groupe n° {ids}.", "No group number {ids}."),
    "err_ics_not_found_action": ("Aucune action n° {ids}.", "No action number {ids}."),
    "err_ics_not_found_facilitator": (
        "Aucun·e animateur·rice n° {ids}.",
        "No facilitator number {ids}.",
    ),
    "cmd_report": (
        "écrire le bilan anonymisé d'une période (CSV, XLSX, PDF ou JSON) : les effectifs de "
        "personnes de 1 à k−1 sont masqués",
        "write the anonymised report of a period (CSV, XLSX, PDF or JSON): counts of people "
        "from 1 to k−1 are hidden",
    ),
    "opt_report_from": (
        "premier jour de la période (AAAA-MM-JJ ou JJ/MM/AAAA)",
        "first day of the period (YYYY-MM-DD or DD/MM/YYYY)",
    ),
    "opt_report_to": (
        "dernier jour de la période, inclus (AAAA-MM-JJ ou JJ/MM/AAAA)",
        "last day of the period, included (YYYY-MM-DD or DD/MM/YYYY)",
    ),
    "opt_report_by": (
        "colonnes : par mois (month), trimestre (quarter) ou année (year)",
        "columns: by month, quarter or year",
    ),
    "opt_report_breakdown": (
        "répartitions en lignes, en plus des mois",
        "row breakdowns, besides the months",
    ),
    "opt_report_threshold": (
        "seuil k, de 3 à 11 (par défaut : le réglage du coffre)",
        "threshold k, 3 to 11 (default: the vault's setting)",
    ),
    "opt_report_format": ("format du fichier", "file format"),
    "opt_report_out": ("fichier à écrire", "file to write"),
    "report_done": (
        "Bilan écrit : {path} ({tables} tableaux, {hidden} case(s) masquée(s), k = {k}).",
        "Report written: {path} ({tables} tables, {hidden} hidden cell(s), k = {k}).",
    ),
    "cmd_bilan": (
        "écrire le bilan annuel pour les financeurs (DOCX ou PDF) : le programme, une fiche "
        "par action, le bilan financier et les tableaux anonymisés",
        "write the yearly bilan for the funders (DOCX or PDF): the programme, one sheet per "
        "action, the financial report and the anonymised tables",
    ),
    "opt_bilan_format": (
        "format du fichier (par défaut : docx, à relire et compléter)",
        "file format (default: docx, to read over and complete)",
    ),
    "bilan_done": (
        "Bilan annuel écrit : {path} (effectifs de personnes protégés, k = {k}).",
        "Yearly bilan written: {path} (counts of people protected, k = {k}).",
    ),
    "err_report_date": (
        "Date invalide pour {option} : {value} (attendu : AAAA-MM-JJ ou JJ/MM/AAAA).",
        "Invalid date for {option}: {value} (expected: YYYY-MM-DD or DD/MM/YYYY).",
    ),
    "report_periods": (
        "La période suit le calendrier (un mois, un trimestre, une année ou plusieurs "
        "années entières) : --year 2025, --quarter 2025-T1, --month 2025-03, ou --from "
        "2024-01-01 --to 2025-12-31. Toute autre période est refusée (deux périodes qui ne "
        "diffèrent que de quelques jours permettraient de retrouver de petits effectifs par "
        "soustraction).",
        "The period is a whole calendar month, quarter or year, or several whole years: "
        "--year 2025, --quarter 2025-Q1, --month 2025-03, or --from 2024-01-01 --to "
        "2025-12-31. Any other period is refused (two periods that differ by a few days "
        "would let small counts be worked out by subtraction).",
    ),
    "opt_report_year": ("une année civile (AAAA)", "one calendar year (YYYY)"),
    "opt_report_quarter": (
        "un trimestre civil (AAAA-Tn ou AAAA-Qn, n de 1 à 4)",
        "one calendar quarter (YYYY-Qn, n from 1 to 4)",
    ),
    "opt_report_month": ("un mois civil (AAAA-MM)", "one calendar month (YYYY-MM)"),
    "err_report_preset": (
        "Valeur invalide pour {option} : {value} (attendu : {expected}).",
        "Invalid value for {option}: {value} (expected: {expected}).",
    ),
    "expected_year": ("AAAA", "YYYY"),
    "expected_quarter": ("AAAA-Tn ou AAAA-Qn, n de 1 à 4", "YYYY-Qn, n from 1 to 4"),
    "expected_month": ("AAAA-MM", "YYYY-MM"),
    "err_report_no_period": (
        "Indiquez la période : --year, --quarter, --month, ou --from et --to.",
        "Give the period: --year, --quarter, --month, or --from and --to.",
    ),
    "err_report_two_periods": (
        "Une seule période à la fois : --year, --quarter, --month, ou --from et --to.",
        "One period at a time: --year, --quarter, --month, or --from and --to.",
    ),
    "err_report_from_to": (
        "--from et --to vont ensemble : donnez les deux.",
        "--from and --to go together: give both.",
    ),
    "err_report_check": ("Vérifiez {option}.", "Check {option}."),
    "cmd_attendance_sheet": (
        "écrire la feuille d'émargement d'une séance (PDF à imprimer) : les codes des "
        "participant·es inscrit·es, jamais un nom ni une note",
        "write a session's attendance sheet (a PDF to print): the codes of the enrolled "
        "participants, never a name nor a note",
    ),
    "opt_sheet_session": ("numéro de la séance", "the session's number"),
    "opt_sheet_output": ("fichier PDF à écrire", "the PDF file to write"),
    "sheet_done": (
        "Feuille d'émargement écrite : {path} ({participants} participant·e(s) "
        "inscrit·e(s)). Document interne, à ne pas diffuser.",
        "Attendance sheet written: {path} ({participants} enrolled participant(s)). "
        "Internal document, not to be shared.",
    ),
    "err_sheet_not_found": ("Aucune séance n° {id}.", "No session number {id}."),
    "cmd_settings": (
        "afficher ou changer les réglages du coffre (nom de l'organisation, adresse "
        "de l'organisateur·rice des invitations)",
        "show or change the vault's settings (the organisation's name, the organiser's "
        "address for invitations)",
    ),
    "opt_settings_organiser_email": (
        "adresse électronique de l'organisateur·rice des invitations, où vont les "
        'réponses ("" l\'efface)',
        'the organiser\'s e-mail address for invitations, where replies go ("" clears it)',
    ),
    "settings_organiser_email": (
        "Organisateur·rice des invitations : {address}",
        "Organiser of invitations: {address}",
    ),
    "settings_organiser_email_unset": (
        "Organisateur·rice des invitations : non renseigné·e (pas d'invitation possible).",
        "Organiser of invitations: not set (no invitation can be made).",
    ),
    "settings_organiser_email_saved": (
        "Adresse de l'organisateur·rice enregistrée : {address}",
        "Organiser's address saved: {address}",
    ),
    "settings_organiser_email_cleared": (
        "Adresse de l'organisateur·rice effacée.",
        "Organiser's address cleared.",
    ),
    "cmd_invite": (
        "inviter des professionnel·les à une séance (formation, action grand public, "
        "plénière) : fichier .ics (REQUEST ou CANCEL) et brouillon de courriel .eml ; "
        "sans --out ni --eml, liste les personnes qu'on peut inviter",
        "invite professionals to a session (training, public action, plenary): an .ics "
        "file (REQUEST or CANCEL) and an .eml e-mail draft; without --out or --eml, list "
        "the people who can be invited",
    ),
    "opt_invite_to": (
        "adresse à inviter, prise dans l'annuaire (répétable ; par défaut les "
        "animateur·rices de la séance)",
        "an address to invite, from the directory (repeatable; default: the session's "
        "facilitators)",
    ),
    "opt_invite_reminder": (
        "rappel, en minutes avant le début (0 : aucun ; 1440 par défaut)",
        "reminder, in minutes before the start (0: none; 1440 by default)",
    ),
    "opt_invite_out": ("fichier .ics à écrire", "the .ics file to write"),
    "opt_invite_eml": (
        "brouillon de courriel .eml à écrire, l'invitation jointe",
        "the .eml e-mail draft to write, with the invitation attached",
    ),
    "invite_people": (
        "{mark} {email} — {name}{detail}",
        "{mark} {email} — {name}{detail}",
    ),
    "invite_none": (
        "Personne de l'annuaire n'a d'adresse électronique : ajoutez-en dans l'annuaire.",
        "Nobody in the directory has an e-mail address: add some in the directory.",
    ),
    "err_invite_reminder": (
        "--reminder : de 0 (aucun rappel) à {longest} minutes (14 jours).",
        "--reminder: from 0 (no reminder) to {longest} minutes (14 days).",
    ),
    "invite_unusable": (
        "Non proposé·es, leur adresse n'en est pas une (à corriger dans l'annuaire) : {names}",
        "Not offered, their address is not one e-mail address (correct it in the "
        "directory): {names}",
    ),
    "cmd_invite_series": (
        "inviter des professionnel·les à toutes les séances à venir d'une action (les "
        "réunions d'un groupe de travail, les dates d'une formation) : un .ics par séance "
        "dans un dossier et un seul brouillon de courriel .eml qui les joint toutes",
        "invite professionals to every session to come of an action (a working group's "
        "meetings, a training's dates): one .ics per session in a folder and one .eml "
        "e-mail draft carrying them all",
    ),
    "opt_invite_action": (
        "numéro de l'action (donné par la commande programme)",
        "the action's number (given by the programme command)",
    ),
    "opt_invite_out_dir": (
        "dossier où écrire un fichier .ics par séance",
        "the folder where one .ics file per session is written",
    ),
    "opt_invite_series_eml": (
        "brouillon de courriel .eml à écrire, toutes les invitations jointes",
        "the .eml e-mail draft to write, with every invitation attached",
    ),
    "invite_series_sessions": (
        "{count} séance(s) à venir : {ids}",
        "{count} session(s) to come: {ids}",
    ),
    "invite_series_eml": (
        "Brouillon de courriel écrit, {count} invitation(s) jointe(s) : {path}",
        "E-mail draft written, {count} invitation(s) attached: {path}",
    ),
    "invite_written": (
        "{method} écrit pour {count} personne(s) (SEQUENCE {sequence}) : {path}",
        "{method} written for {count} person(s) (SEQUENCE {sequence}): {path}",
    ),
    "opt_settings_organisation": (
        "nom de l'organisation, imprimé en tête de chaque bilan et dans les agendas "
        "partenaires (150 caractères au plus)",
        "the organisation's name, printed at the top of every report and in partner "
        "calendars (150 characters at most)",
    ),
    "settings_organisation": ("Organisation : {name}", "Organisation: {name}"),
    "settings_organisation_unset": (
        "Organisation : non renseignée (les bilans portent « {neutral} »).",
        'Organisation: not set (reports read "{neutral}").',
    ),
    "settings_organisation_saved": (
        "Nom de l'organisation enregistré : {name}",
        "Organisation's name saved: {name}",
    ),
    "cmd_programme": (
        "lister les actions, leurs groupes, les animateur·rices et les salles, avec leurs "
        "numéros (pour les autres commandes)",
        "list the actions, their groups, the facilitators and the rooms, with their "
        "numbers (for the other commands)",
    ),
    "opt_programme_year": (
        "seulement les actions de cette année",
        "only the actions of this year",
    ),
    "programme_none": ("Aucune action.", "No action."),
    "programme_action": (
        "action {id} : {title} ({kind}, {year})",
        "action {id}: {title} ({kind}, {year})",
    ),
    "programme_group": ("  groupe {id} : {name}", "  group {id}: {name}"),
    "programme_facilitators": ("Animateur·rices :", "Facilitators:"),
    "programme_facilitator": (
        "  animateur·rice {id} : {name}{inactive}",
        "  facilitator {id}: {name}{inactive}",
    ),
    "programme_inactive": (" (inactif·ve)", " (inactive)"),
    "programme_rooms": ("Salles :", "Rooms:"),
    "programme_room": ("  salle {id} : {name}", "  room {id}: {name}"),
    "programme_orientation": (
        "  orientation {n} : {text} (actions : {actions})",
        "  orientation {n}: {text} (actions: {actions})",
    ),
    "programme_no_action": ("aucune pour l'instant", "none yet"),
    "programme_partners": ("Partenaires :", "Partners:"),
    "programme_partner": (
        "  structure {id} : {name} ({sector})",
        "  organisation {id}: {name} ({sector})",
    ),
    "kind_talk_group": ("groupes de parole", "talk groups"),
    "kind_training": ("formation / information", "training / information"),
    "kind_public_action": ("action grand public", "public action"),
    "kind_plenary": ("journée plénière", "plenary day"),
    "kind_working_group": ("groupe de travail", "working group"),
    "programme_members": ("  membres : {names}", "  members: {names}"),
    "programme_lead": (" (anime)", " (lead)"),
    "cmd_session": (
        "lister, ajouter ou supprimer des séances hors série",
        "list, add or delete sessions outside a series",
    ),
    "session_commands": ("actions sur les séances", "session commands"),
    "cmd_session_list": (
        "lister les séances d'une période (par défaut : l'année en cours)",
        "list the sessions of a period (default: the current year)",
    ),
    "cmd_session_add": (
        "ajouter une séance : une séance de plus d'un groupe de parole (hors de sa série), "
        "ou une séance d'une autre action (formation, action grand public, plénière)",
        "add a session: one more session of a talk group (outside its series), or a "
        "session of another action (training, public action, plenary)",
    ),
    "cmd_session_delete": (
        "supprimer une séance ajoutée hors série et sans présences (sinon, annulez-la)",
        "delete a session added outside a series, with no attendance (else cancel it)",
    ),
    "opt_session_group": (
        "le groupe de parole (numéro donné par la commande programme)",
        "the talk group (number given by the programme command)",
    ),
    "opt_session_action": (
        "l'action, d'un autre type qu'un groupe de parole (numéro donné par la commande programme)",
        "the action, of another kind than talk groups (number given by the programme command)",
    ),
    "opt_session_date": ("le jour (AAAA-MM-JJ)", "the day (YYYY-MM-DD)"),
    "opt_session_start": (
        "l'heure de début (HH:MM, heure de Paris)",
        "the start time (HH:MM, Paris time)",
    ),
    "opt_session_end": ("l'heure de fin (HH:MM)", "the end time (HH:MM)"),
    "opt_session_facilitator": (
        "un·e animateur·rice (répéter l'option pour plusieurs ; pour un groupe, par "
        "défaut ceux du groupe)",
        "a facilitator (repeat the option for several; for a group, default: the group's)",
    ),
    "opt_session_room": (
        "la salle (pour un groupe, par défaut celle du groupe)",
        "the room (for a group, default: the group's)",
    ),
    "opt_session_no_room": ("sans salle", "no room"),
    "opt_session_id": (
        "le numéro de la séance (donné par session list)",
        "the session's number (given by session list)",
    ),
    "err_session_date": (
        "{option} : date non valide « {value} » (attendu : AAAA-MM-JJ).",
        '{option}: invalid date "{value}" (expected: YYYY-MM-DD).',
    ),
    "err_session_time": (
        "{option} : heure non valide « {value} » (attendu : HH:MM).",
        '{option}: invalid time "{value}" (expected: HH:MM).',
    ),
    "err_session_period": (
        "--to est avant --from : la période est vide.",
        "--to is before --from: the period is empty.",
    ),
    "session_none": ("Aucune séance sur cette période.", "No session in this period."),
    "session_line": (
        "séance {id} : {day} {start}-{end}  {title}  ({status}){room}",
        "session {id}: {day} {start}-{end}  {title}  ({status}){room}",
    ),
    "session_room": (", salle {name}", ", room {name}"),
    "status_planned": ("prévue", "planned"),
    "status_held": ("réalisée", "held"),
    "status_cancelled": ("annulée", "cancelled"),
    "session_added": (
        "Séance {id} ajoutée : {day} {start}-{end}, {title}.",
        "Session {id} added: {day} {start}-{end}, {title}.",
    ),
    "session_overlap": (
        "Attention : {resource} est aussi pris·e par la séance {id} ({title}, {day} "
        "{start}-{end}).",
        "Warning: {resource} is also booked by session {id} ({title}, {day} {start}-{end}).",
    ),
    "session_outside_year": (
        "Attention : cette séance tombe hors de l'année {year} de son action ; elle "
        "sera comptée dans les bilans de son année civile.",
        "Warning: this session falls outside its action's year {year}; it will be "
        "counted in the reports of its calendar year.",
    ),
    "session_deleted": ("Séance {id} supprimée.", "Session {id} deleted."),
    "cmd_session_professionals": (
        "afficher, ou remplacer, les professionnel·les présent·es à une séance de "
        "formation, d'action grand public ou de plénière (par structure et secteur)",
        "show, or replace, the professionals present at a session of a training, a "
        "public action or the plenary (by organisation and sector)",
    ),
    "opt_professionals_set": (
        "N professionnel·les de la structure ORG_ID (numéro donné par la commande "
        "programme), noms facultatifs séparés par des « ; » ; répéter pour plusieurs "
        "structures ; remplace ce qui était enregistré",
        "N professionals of organisation ORG_ID (number given by the programme command), "
        'optional names separated by ";"; repeat for several organisations; replaces '
        "what was recorded",
    ),
    "opt_professionals_other": (
        "N professionnel·les d'une structure hors annuaire, de ce secteur (justice, "
        "social, health, education, association, local_authority, other)",
        "N professionals of an organisation outside the directory, of this sector "
        "(justice, social, health, education, association, local_authority, other)",
    ),
    "opt_professionals_clear": (
        "effacer les professionnel·les enregistré·es à cette séance",
        "clear the professionals recorded at this session",
    ),
    "err_professionals_option": (
        "{option} : « {value} » n'est pas de la forme NUMÉRO:NOMBRE ou NUMÉRO:NOMBRE:Nom ; Nom.",
        '{option}: "{value}" is not of the form ID:COUNT or ID:COUNT:Name; Name.',
    ),
    "err_professionals_sector": (
        "--other : secteur inconnu « {value} » (attendu : {choices}).",
        '--other: unknown sector "{value}" (expected: {choices}).',
    ),
    "professionals_none": (
        "Aucun·e professionnel·le enregistré·e à la séance {id}.",
        "No professional recorded at session {id}.",
    ),
    "professionals_elsewhere": ("Hors annuaire", "Outside the directory"),
    "professionals_line": (
        "{organisation} ({sector}) : {present}",
        "{organisation} ({sector}): {present}",
    ),
    "professionals_total": ("Total : {total}", "Total: {total}"),
    "cmd_tally": (
        "comptages mensuels des partenaires : personnes accueillies ou informées (des "
        "nombres, jamais une personne)",
        "partners' monthly tallies: persons received or informed (numbers, never a person)",
    ),
    "tally_commands": ("actions sur les comptages", "tally actions"),
    "cmd_tally_add": (
        "enregistrer le comptage d'un partenaire pour un mois (remplace celui du même mois)",
        "record a partner's tally for a month (replaces that month's)",
    ),
    "cmd_tally_list": (
        "lister les comptages d'une année, mois par mois",
        "list a year's tallies, month by month",
    ),
    "cmd_tally_delete": (
        "supprimer le comptage d'un partenaire pour un mois",
        "delete a partner's tally for a month",
    ),
    "opt_tally_month": ("le mois, AAAA-MM", "the month, YYYY-MM"),
    "opt_tally_partner": (
        "numéro du partenaire dans l'annuaire (donné par la commande programme)",
        "the partner's number in the directory (given by the programme command)",
    ),
    "opt_tally_received": (
        "personnes reçues en entretien, GENRE:N (genre : woman, man, other, unsaid) ; "
        "répéter pour plusieurs genres",
        "persons received in person, GENDER:N (gender: woman, man, other, unsaid); repeat "
        "for several genders",
    ),
    "opt_tally_informed": (
        "personnes informées ou orientées, GENRE:N ; répéter pour plusieurs genres",
        "persons informed or directed, GENDER:N; repeat for several genders",
    ),
    "opt_tally_year": ("l'année (par défaut : l'année en cours)", "the year (default: this one)"),
    "err_tally_month": (
        "{option} : « {value} » n'est pas un mois de la forme AAAA-MM.",
        '{option}: "{value}" is not a month of the form YYYY-MM.',
    ),
    "err_tally_count": (
        "{option} : « {value} » n'est pas de la forme GENRE:NOMBRE (genre : {choices}).",
        '{option}: "{value}" is not of the form GENDER:COUNT (gender: {choices}).',
    ),
    "err_tally_twice": (
        "{option} : le genre « {value} » est donné deux fois.",
        '{option}: gender "{value}" is given twice.',
    ),
    "tally_none": ("Aucun comptage enregistré en {year}.", "No tally recorded in {year}."),
    "tally_line": (
        "{month} — {partner} (n° {id}) : {received} reçue(s), {informed} informée(s), "
        "total {total}",
        "{month} — {partner} (no. {id}): {received} received, {informed} informed, total {total}",
    ),
    "tally_recorded": (
        "Comptage de {month} enregistré pour {partner} : {total} personne(s).",
        "Tally of {month} recorded for {partner}: {total} person(s).",
    ),
    "tally_cleared": (
        "Aucun nombre au-dessus de zéro : le comptage de {month} pour {partner} est vide.",
        "No number above zero: the tally of {month} for {partner} is empty.",
    ),
    "tally_deleted": (
        "Comptage de {month} supprimé pour le partenaire n° {id} ({total} personne(s)).",
        "Tally of {month} deleted for partner no. {id} ({total} person(s)).",
    ),
    "cmd_meeting": (
        "réunions des groupes de travail : planifier, présences des membres, compte rendu",
        "working groups' meetings: plan, members present, minutes",
    ),
    "meeting_commands": ("actions sur les réunions", "meeting actions"),
    "cmd_meeting_add": (
        "planifier une réunion d'un groupe de travail (ses membres y sont inscrit·es)",
        "plan a working group's meeting (its members are booked on it)",
    ),
    "cmd_meeting_present": (
        "afficher, ou remplacer, les membres présent·es à une réunion",
        "show, or replace, the members present at a meeting",
    ),
    "cmd_meeting_minutes": (
        "afficher le compte rendu d'une réunion, l'enregistrer depuis un fichier, ou "
        "l'écrire en brouillon de courriel pour ses membres",
        "show a meeting's minutes, record them from a file, or write them as an e-mail "
        "draft to its members",
    ),
    "opt_meeting_group": (
        "numéro du groupe de travail (une action, donné par la commande programme)",
        "the working group's number (an action, given by the programme command)",
    ),
    "opt_meeting_member": (
        "numéro d'un·e membre présent·e ; répéter pour chacun·e",
        "the number of a member present; repeat for each",
    ),
    "opt_meeting_clear": ("personne n'était présent·e", "nobody was present"),
    "opt_meeting_file": (
        "fichier texte ou HTML du compte rendu (UTF-8) ; un fichier vide l'efface",
        "text or HTML file of the minutes (UTF-8); an empty file clears them",
    ),
    "opt_meeting_every_weeks": (
        "pour une série : nombre de semaines entre deux réunions (1 à 12 ; 1 par défaut)",
        "for a series: the number of weeks between two meetings (1 to 12; 1 by default)",
    ),
    "opt_meeting_count": (
        "nombre de réunions à planifier (1 à 52 ; une seule par défaut)",
        "the number of meetings to plan (1 to 52; one by default)",
    ),
    "err_meeting_count": (
        "--count : de 1 à {most} réunions.",
        "--count: from 1 to {most} meetings.",
    ),
    "err_meeting_every": (
        "--every-weeks : de 1 à {most} semaines.",
        "--every-weeks: from 1 to {most} weeks.",
    ),
    "meeting_series_total": (
        "{count} réunions planifiées, toutes les {every} semaine(s).",
        "{count} meetings planned, every {every} week(s).",
    ),
    "opt_meeting_minutes_eml": (
        "brouillon de courriel .eml à écrire : le compte rendu enregistré, adressé aux "
        "membres qui ont une adresse (rien n'est envoyé d'ici)",
        "the .eml e-mail draft to write: the saved minutes, addressed to the members who "
        "have an address (nothing is sent from here)",
    ),
    "meeting_minutes_eml": (
        "Brouillon de courriel du compte rendu écrit pour {count} membre(s) : {path}",
        "E-mail draft of the minutes written for {count} member(s): {path}",
    ),
    "meeting_added": (
        "Réunion {id} planifiée : {day} {start}-{end}, {title} ({members} membre(s) inscrit·e(s)).",
        "Meeting {id} planned: {day} {start}-{end}, {title} ({members} member(s) booked).",
    ),
    "meeting_conflict_facilitator": (
        "Attention : un·e membre est aussi pris·e par la séance {id} à ce moment.",
        "Warning: a member is also booked by session {id} at that time.",
    ),
    "meeting_conflict_room": (
        "Attention : la salle est aussi prise par la séance {id} à ce moment.",
        "Warning: the room is also booked by session {id} at that time.",
    ),
    "meeting_present_line": (
        "{name} ({organisation}) : {state}",
        "{name} ({organisation}): {state}",
    ),
    "meeting_here": ("présent·e", "present"),
    "meeting_away": ("absent·e", "absent"),
    "meeting_present_total": (
        "{present} présent·e(s) sur {members} membre(s).",
        "{present} present out of {members} member(s).",
    ),
    "meeting_no_minutes": (
        "Pas de compte rendu pour la réunion {id}.",
        "No minutes for meeting {id}.",
    ),
    "meeting_minutes_saved": (
        "Compte rendu de la réunion {id} enregistré ({characters} caractères).",
        "Minutes of meeting {id} recorded ({characters} characters).",
    ),
    "meeting_minutes_cleared": (
        "Compte rendu de la réunion {id} effacé.",
        "Minutes of meeting {id} cleared.",
    ),
    "err_meeting_file": (
        "Impossible de lire « {path} » ({detail}) : un fichier texte en UTF-8 est attendu.",
        'Cannot read "{path}" ({detail}): a UTF-8 text file is expected.',
    ),
    "cmd_decision": (
        "décisions des groupes de travail : ajouter, lister",
        "working groups' decisions: add, list",
    ),
    "decision_commands": ("actions sur les décisions", "decision actions"),
    "cmd_decision_add": (
        "noter une décision d'un groupe de travail",
        "record a working group's decision",
    ),
    "cmd_decision_list": (
        "lister les décisions d'un groupe de travail",
        "list a working group's decisions",
    ),
    "opt_decision_text": ("le texte de la décision", "the decision's text"),
    "opt_decision_meeting": (
        "numéro de la réunion où elle a été prise (facultatif)",
        "the number of the meeting where it was taken (optional)",
    ),
    "decision_added": ("Décision {id} notée le {day}.", "Decision {id} recorded on {day}."),
    "decision_line": ("{day} — {text}", "{day} — {text}"),
    "decision_none": ("Aucune décision notée.", "No decision recorded."),
    "cmd_task": (
        "tâches de suivi des groupes de travail : ajouter, lister (mes tâches), faites",
        "working groups' follow-up tasks: add, list (my tasks), done",
    ),
    "task_commands": ("actions sur les tâches", "task actions"),
    "cmd_task_add": ("ajouter une tâche de suivi", "add a follow-up task"),
    "cmd_task_list": (
        "lister les tâches à faire (d'un groupe, ou d'une personne : --who)",
        "list the tasks to do (of a group, or of one person: --who)",
    ),
    "cmd_task_done": (
        "marquer une tâche faite (ou à refaire : --undo)",
        "mark a task done (or not: --undo)",
    ),
    "opt_task_what": ("ce qu'il faut faire", "what is to be done"),
    "opt_task_who": (
        "numéro de la personne qui s'en charge (animateur·rice de l'annuaire)",
        "the number of the person in charge (a facilitator of the directory)",
    ),
    "opt_task_due": ("pour quand, AAAA-MM-JJ", "by when, YYYY-MM-DD"),
    "opt_task_all": ("avec les tâches faites", "with the tasks done"),
    "opt_task_undo": ("la tâche n'est plus faite", "the task is no longer done"),
    "opt_task_id": ("numéro de la tâche", "the task's number"),
    "task_added": ("Tâche {id} ajoutée ({group}).", "Task {id} added ({group})."),
    "task_line": (
        "{id}. [{state}] {what} — {who}, {due} ({group})",
        "{id}. [{state}] {what} — {who}, {due} ({group})",
    ),
    "task_open": (" ", " "),
    "task_done_mark": ("x", "x"),
    "task_due": ("pour le {day}", "by {day}"),
    "task_no_due": ("sans échéance", "no due date"),
    "task_nobody": ("personne", "nobody"),
    "task_none": ("Aucune tâche à faire.", "No task to do."),
    "task_done": ("Tâche {id} faite le {day}.", "Task {id} done on {day}."),
    "task_undone": ("Tâche {id} de nouveau à faire.", "Task {id} to do again."),
    "cmd_funding": (
        "les financements d'une année : demandé, accordé, versé et reste à verser, par "
        "financeur puis par action",
        "a year's funding: requested, granted, paid and remaining, by funder then by action",
    ),
    "opt_funding_year": ("l'année (par défaut : l'année en cours)", "the year (default: this one)"),
    "funding_none": (
        "Aucune subvention enregistrée pour {year}.",
        "No grant recorded for {year}.",
    ),
    "funding_title": ("Financements {year}", "Funding {year}"),
    "funding_by_funder": ("Par financeur :", "By funder:"),
    "funding_by_action": ("Par action :", "By action:"),
    "funding_line": (
        "  {label} : demandé {requested}, accordé {granted}, versé {paid}, reste {remaining}",
        "  {label}: requested {requested}, granted {granted}, paid {paid}, remaining {remaining}",
    ),
    "funding_total": (
        "Total : demandé {requested}, accordé {granted}, versé {paid}, reste {remaining}",
        "Total: requested {requested}, granted {granted}, paid {paid}, remaining {remaining}",
    ),
    "funding_programme_wide": ("Programme (ensemble)", "Programme (as a whole)"),
    "cmd_funder": (
        "financeurs du programme (des organismes, jamais une personne) : ajouter, lister",
        "the programme's funders (bodies, never a person): add, list",
    ),
    "funder_commands": ("actions sur les financeurs", "funder actions"),
    "cmd_funder_add": (
        "ajouter un financeur et ses programmes (FIPD, REAAP…)",
        "add a funder and its programmes (FIPD, REAAP…)",
    ),
    "cmd_funder_list": ("lister les financeurs", "list the funders"),
    "opt_funder_name": ("le nom du financeur", "the funder's name"),
    "opt_funder_kind": (
        "qui il est : state (État), region, department, intercommunal, town (commune), "
        "social_fund (CAF…), health_agency (ARS), european_fund, other_public, private_body",
        "who it is: state, region, department, intercommunal, town, social_fund (CAF…), "
        "health_agency (ARS), european_fund, other_public, private_body",
    ),
    "opt_funder_programme": (
        "un programme ou fonds du financeur (FIPD, REAAP…) ; répéter pour chacun",
        "a programme or fund of the funder (FIPD, REAAP…); repeat for each",
    ),
    "opt_funder_partner": (
        "numéro de la même structure dans l'annuaire, si elle est aussi partenaire",
        "the same organisation's number in the directory, if it is a partner too",
    ),
    "funder_added": (
        "Financeur n° {id} ajouté : {name} ({kind}) ; programmes : {programmes}.",
        "Funder no. {id} added: {name} ({kind}); programmes: {programmes}.",
    ),
    "funder_line": (
        "{id}. {name} ({kind}) — programmes : {programmes}",
        "{id}. {name} ({kind}) — programmes: {programmes}",
    ),
    "funder_no_programme": ("aucun", "none"),
    "funder_none": ("Aucun financeur enregistré.", "No funder recorded."),
    "err_funder_unknown": (
        "Aucun financeur ne s'appelle « {name} » : ajoutez-le avec « vpi-groups funder add » "
        "(la liste : « vpi-groups funder list »).",
        'No funder is called "{name}": add it with "vpi-groups funder add" (the list: '
        '"vpi-groups funder list").',
    ),
    "err_programme_unknown": (
        "{funder} n'a pas de programme « {name} » (ses programmes : {programmes}).",
        '{funder} has no programme "{name}" (its programmes: {programmes}).',
    ),
    "cmd_grant": (
        "subventions demandées, accordées et versées : ajouter",
        "grants requested, granted and paid: add",
    ),
    "grant_commands": ("actions sur les subventions", "grant actions"),
    "cmd_grant_add": (
        "enregistrer une subvention demandée à un financeur (accordée et versée, le cas échéant)",
        "record a grant requested of a funder (granted and paid, if so)",
    ),
    "opt_grant_funder": ("le nom du financeur", "the funder's name"),
    "opt_grant_year": ("l'année du programme qu'elle finance", "the programme year it funds"),
    "opt_grant_requested": (
        "le montant demandé, en euros (12500 ou 12 500,00)",
        "the amount requested, in euros (12500 or 12500.00)",
    ),
    "opt_grant_action": (
        "numéro de l'action de cette année qu'elle finance (donné par la commande "
        "programme) ; sans lui, le programme dans son ensemble",
        "the number of the action of that year it funds (given by the programme command); "
        "without it, the programme as a whole",
    ),
    "opt_grant_programme": (
        "le programme du financeur au titre duquel elle est demandée (FIPD, REAAP…)",
        "the funder's programme it is requested under (FIPD, REAAP…)",
    ),
    "opt_grant_requested_on": ("date de la demande, AAAA-MM-JJ", "date requested, YYYY-MM-DD"),
    "opt_grant_granted": (
        "le montant accordé, en euros (0 : refusée)",
        "the amount granted, in euros (0: refused)",
    ),
    "opt_grant_granted_on": ("date d'attribution, AAAA-MM-JJ", "date granted, YYYY-MM-DD"),
    "opt_grant_paid": (
        "un versement reçu, en euros ; répéter pour chacun, avec --paid-on",
        "a payment received, in euros; repeat for each, with --paid-on",
    ),
    "opt_grant_paid_on": (
        "la date du versement, AAAA-MM-JJ ; une par --paid, dans le même ordre",
        "the payment's date, YYYY-MM-DD; one per --paid, in the same order",
    ),
    "err_amount": (
        "{option} : « {value} » n'est pas un montant en euros (par exemple 12500 ou 12 500,00).",
        '{option}: "{value}" is not an amount in euros (for example 12500 or 12500.00).',
    ),
    "err_paid_pairs": (
        "Donnez une date --paid-on pour chaque montant --paid, dans le même ordre.",
        "Give one --paid-on date for each --paid amount, in the same order.",
    ),
    "grant_added": (
        "Subvention n° {id} enregistrée : {funder}, {year}, {target} — demandé {requested}, "
        "accordé {granted}, versé {paid}.",
        "Grant no. {id} recorded: {funder}, {year}, {target} — requested {requested}, "
        "granted {granted}, paid {paid}.",
    ),
    "grant_undecided": ("pas encore décidé", "not decided yet"),
    "cmd_convention": (
        "conventions de partenariat : lister, avec leurs signataires et les renouvellements "
        "à préparer",
        "partnership conventions: list, with their signatories and the renewals to prepare",
    ),
    "convention_commands": ("actions sur les conventions", "convention actions"),
    "cmd_convention_list": (
        "lister les conventions et leurs signataires ; rappeler celles à renouveler",
        "list the conventions and their signatories; recall those to renew",
    ),
    "convention_none": ("Aucune convention enregistrée.", "No convention recorded."),
    "convention_line": (
        "Convention n° {id} : « {title} », du {start} au {end}",
        'Convention no. {id}: "{title}", from {start} to {end}',
    ),
    "convention_amended": (
        "  (fin déplacée par avenant ; fin initiale : {end})",
        "  (end moved by amendment; first end: {end})",
    ),
    "convention_signatory": ("  - {name}", "  - {name}"),
    "convention_signed": ("  - {name} : {details}", "  - {name}: {details}"),
    "convention_signed_by": ("signée par {who}", "signed by {who}"),
    "convention_signed_on": ("le {day}", "on {day}"),
    "tally_year_total": (
        "Total de l'année : {total} personne(s), dont {received} reçue(s) en entretien.",
        "Year's total: {total} person(s), {received} of them received in person.",
    ),
    # ---------------------------------------------------------------- consolidation
    "cmd_consolidate": (
        "consolidation du coordinateur : carte, clé, appairage, envoi et réception des totaux",
        "the coordinator's consolidation: card, key, pairing, sending and receiving totals",
    ),
    "consolidate_commands": ("étapes", "steps"),
    "cmd_consolidate_card": (
        "écrire la carte du coordinateur (crée sa clé la première fois)",
        "write the coordinator card (creates its key the first time)",
    ),
    "cmd_consolidate_key": (
        "écrire la clé publique de ce coffre, pour le coordinateur",
        "write this vault's public key, for the coordinator",
    ),
    "cmd_consolidate_pair": (
        "enregistrer la carte du coordinateur ou la clé d'un·e animateur·rice",
        "register the coordinator's card or a facilitator's key",
    ),
    "cmd_consolidate_export": (
        "écrire les totaux de quelques mois, chiffrés pour le coordinateur",
        "write the totals of some months, encrypted for the coordinator",
    ),
    "cmd_consolidate_import": (
        "recevoir des envois (vérifiés, puis gardés)",
        "receive bundles (checked, then kept)",
    ),
    "cmd_consolidate_status": (
        "ce qui a été reçu de chaque structure, et ce qui manque",
        "what each organisation sent, and what is missing",
    ),
    "cmd_consolidate_revoke": (
        "révoquer la clé d'une structure (ses envois sont retirés)",
        "revoke an organisation's key (its bundles are removed)",
    ),
    "opt_consolidate_programme": (
        "nom du programme, écrit sur la carte (la première fois)",
        "the programme's name, written on the card (the first time)",
    ),
    "opt_consolidate_file": ("fichier à lire", "file to read"),
    "opt_consolidate_year": ("une année entière (AAAA)", "a whole year (YYYY)"),
    "opt_consolidate_sender": ("numéro de la structure", "the organisation's number"),
    "opt_report_consolidated": (
        "bilan consolidé : ce coffre et les totaux reçus des structures appairées",
        "consolidated report: this vault and the totals received from paired organisations",
    ),
    "err_consolidate_programme": (
        "Ce coffre n'a pas encore de clé de coordinateur : donnez le nom du programme avec "
        "--programme.",
        "This vault has no coordinator key yet: give the programme's name with --programme.",
    ),
    "err_consolidate_months": (
        "Un envoi couvre un mois, un trimestre ou une année : douze mois au plus.",
        "A bundle covers a month, a quarter or a year: twelve months at most.",
    ),
    "consolidate_card_done": (
        "Carte du coordinateur écrite dans {path} (programme « {programme} »).\n"
        "Empreinte à lire au téléphone : {words}",
        'Coordinator card written to {path} (programme "{programme}").\n'
        "Fingerprint to read on the phone: {words}",
    ),
    "consolidate_key_done": (
        "Clé publique de « {name} » écrite dans {path}.\nEmpreinte à lire au téléphone : {words}",
        'Public key of "{name}" written to {path}.\nFingerprint to read on the phone: {words}',
    ),
    "consolidate_paired_coordinator": (
        "Coordinateur enregistré (programme « {programme} »).\n"
        "Vérifiez l'empreinte au téléphone : {words}",
        'Coordinator registered (programme "{programme}").\n'
        "Check the fingerprint on the phone: {words}",
    ),
    "consolidate_paired_sender": (
        "Structure n° {id} enregistrée : {name}.\nVérifiez l'empreinte au téléphone : {words}",
        "Organisation no. {id} registered: {name}.\nCheck the fingerprint on the phone: {words}",
    ),
    "consolidate_summary": (
        "Envoi de « {sender} » pour {months}, chiffré pour le coordinateur du programme "
        "« {programme} » ({words}).\n"
        "Il contient des totaux sans nom ni code : {sessions} séance(s) dont {held} "
        "réalisée(s), {attendances} présence(s), {participants} participant·e(s) "
        "différent·e(s), {received} personne(s) reçue(s) par les partenaires.",
        'Bundle from "{sender}" for {months}, encrypted for the coordinator of programme '
        '"{programme}" ({words}).\n'
        "It holds totals without any name or code: {sessions} session(s), {held} of them "
        "held, {attendances} attendance(s), {participants} distinct participant(s), "
        "{received} person(s) received by partners.",
    ),
    "consolidate_named": ("{what} : {names}", "{what}: {names}"),
    "consolidate_actions": ("Actions", "Actions"),
    "consolidate_groups": ("Groupes", "Groups"),
    "consolidate_partners": ("Partenaires (accueils)", "Partners (receptions)"),
    "consolidate_none": ("aucun", "none"),
    "consolidate_export_done": ("Envoi écrit dans {path}.", "Bundle written to {path}."),
    "consolidate_imported": (
        "{file} : reçu de {name} pour {months}.",
        "{file}: received from {name} for {months}.",
    ),
    "consolidate_replaced": (
        "  remplace l'envoi précédent ({months}) ; présences {before} → {after}, "
        "participant·es {pbefore} → {pafter}.",
        "  replaces the earlier bundle ({months}); attendances {before} → {after}, "
        "participants {pbefore} → {pafter}.",
    ),
    "consolidate_kept": (
        "  l'envoi précédent ({months}) reste compté pour les mois que celui-ci n'a pas.",
        "  the earlier bundle ({months}) still counts for the months this one lacks.",
    ),
    "consolidate_refused": ("{file} : refusé. {reason}", "{file}: refused. {reason}"),
    "consolidate_no_sender": ("Aucune structure appairée.", "No paired organisation."),
    "consolidate_status_line": (
        "n° {id} {name} ({words}) : {received}",
        "no. {id} {name} ({words}): {received}",
    ),
    "consolidate_status_revoked": ("révoquée le {day}", "revoked on {day}"),
    "consolidate_status_nothing": ("rien reçu", "nothing received"),
    "consolidate_missing": (
        "  {name} : rien reçu pour {months}",
        "  {name}: nothing received for {months}",
    ),
    "consolidate_revoked": (
        "Structure n° {id} révoquée : {name}. Ses envois sont retirés.",
        "Organisation no. {id} revoked: {name}. Its bundles are removed.",
    ),
}


def language(environ: dict[str, str] | None = None) -> str:
    """Return "en" when the locale is English, otherwise "fr" (French when unsure)."""
    return of_environment(environ)


def message(msg_id: str, lang: str | None = None, /, **fields: object) -> str:
    """Return the user-facing sentence ``msg_id`` in the chosen language."""
    french, english = _MESSAGES[msg_id]
    text = english if (lang or language()) == "en" else french
    return text.format(**fields) if fields else text
