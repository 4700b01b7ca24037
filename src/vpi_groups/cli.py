"""Command line entry point: starts the window, or runs one job without a display.

Every export and maintenance job the window offers is also a subcommand here, so it
can be scripted and tested headless. Messages are French first, English when the
user's locale asks for it. Errors are one readable line on stderr, never a traceback.

Exit codes: 0 ok, 1 other error, 2 usage, 3 wrong passphrase or recovery key,
4 damaged vault or backup, 5 vault in use by another process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from vpi_groups import __version__, clock, validation, vault_settings
from vpi_groups.attendance import registers as attendance
from vpi_groups.attendance import retention
from vpi_groups.calendar import ics as calendar_export
from vpi_groups.demo import data as demo_data

# The exit codes, re-exported: scripts and tests know them from this module.
from vpi_groups.errors import EXIT_DAMAGED as EXIT_DAMAGED
from vpi_groups.errors import EXIT_IN_USE as EXIT_IN_USE
from vpi_groups.errors import EXIT_OK as EXIT_OK
from vpi_groups.errors import EXIT_OTHER as EXIT_OTHER
from vpi_groups.errors import EXIT_USAGE as EXIT_USAGE
from vpi_groups.errors import EXIT_WRONG_SECRET as EXIT_WRONG_SECRET
from vpi_groups.errors import AppError
from vpi_groups.language import of_environment
from vpi_groups.locations import default_vault_dir
from vpi_groups.passphrase_policy import assess, explain
from vpi_groups.programme import records as programme
from vpi_groups.reports import files as report_export
from vpi_groups.reports import indicators as reports
from vpi_groups.storage import errors
from vpi_groups.storage import vault as vaults
from vpi_groups.storage.models import PeriodKind

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
    "err_not-a-vault": (
        "Aucun coffre dans {path}.",
        "No vault in {path}.",
    ),
    "err_vault-exists": (
        "{path} n'est pas vide : choisissez un dossier nouveau ou vide.",
        "{path} is not empty: choose a new or empty folder.",
    ),
    "err_wrong-secret_passphrase": (
        "Phrase de passe incorrecte.",
        "Wrong passphrase.",
    ),
    "err_wrong-secret_recovery key": (
        "Clé de secours incorrecte (vérifiez chaque groupe de caractères).",
        "Wrong recovery key (check each group of characters).",
    ),
    "err_in-use": (
        "Le coffre {path} est déjà ouvert par un autre programme VPI Groups. "
        "Fermez-le puis réessayez.",
        "The vault {path} is already open in another VPI Groups window or command. "
        "Close it and try again.",
    ),
    "err_damaged": (
        "Le fichier {file} est endommagé ou a été modifié ({reason}). Rien n'a été "
        "changé. Restaurez une sauvegarde.",
        "The file {file} is damaged or was altered ({reason}). Nothing was changed. "
        "Restore a backup.",
    ),
    "err_mismatch": (
        "Le fichier de clés et la base de ce dossier ne vont pas ensemble ({file}) : l'un "
        "vient d'un autre coffre, ou le début de vault.db est endommagé. Rien n'a été "
        "changé. Remettez le bon fichier vault.key, ou restaurez une sauvegarde.",
        "The key file and the database in this folder do not belong together ({file}): "
        "one comes from another vault, or the start of vault.db is damaged. Nothing was "
        "changed. Put back the right vault.key, or restore a backup.",
    ),
    "err_rolled-back": (
        "La base {path} est plus ancienne que son fichier de clés (génération {db} contre "
        "{key}) : une copie ancienne a été remise à sa place. Des personnes effacées "
        "depuis peuvent y être revenues. Rien n'a été changé. Pour l'ouvrir quand même "
        "(ce choix sera noté au journal), ajoutez --accept-older-database.",
        "The database {path} is older than its key file (generation {db} against {key}): "
        "an older copy was put back. People erased since may have come back. Nothing was "
        "changed. To open it all the same (the choice is recorded in the audit log), add "
        "--accept-older-database.",
    ),
    "err_target-exists": (
        "{path} existe déjà : choisissez un autre nom, ou ajoutez --force pour le remplacer.",
        "{path} already exists: choose another name, or add --force to replace it.",
    ),
    "err_target-in-vault": (
        "{path} est dans le dossier du coffre : une sauvegarde doit aller ailleurs (une "
        "autre clé USB, un autre disque).",
        "{path} is inside the vault folder: a backup must go elsewhere (another USB "
        "stick, another disk).",
    ),
    "err_too-new": (
        "Ce coffre a été écrit par une version plus récente de VPI Groups ({found}). "
        "Installez la dernière version.",
        "This vault was written by a newer version of VPI Groups ({found}). "
        "Install the latest version.",
    ),
    "err_disk-full": (
        "Disque plein : impossible d'écrire {file}. Ce qui était déjà enregistré est "
        "intact ; libérez de la place puis réessayez.",
        "Disk full: cannot write {file}. Everything saved before is intact; free some "
        "space and try again.",
    ),
    "err_write-failed": (
        "Impossible d'écrire {file} ({detail}). Ce qui était déjà enregistré est intact.",
        "Cannot write {file} ({detail}). Everything saved before is intact.",
    ),
    "err_locked": ("Le coffre est verrouillé.", "The vault is locked."),
    "err_refused": (
        "Opération refusée ({code}). Rien n'a été modifié.",
        "Refused ({code}). Nothing was changed.",
    ),
    "err_os": ("Erreur d'accès au fichier : {detail}.", "File access error: {detail}."),
    "err_unexpected": (
        "Erreur inattendue ({detail}). Le coffre n'a pas été modifié par cette commande "
        "au-delà de ce qui était déjà enregistré.",
        "Unexpected error ({detail}). The vault holds everything saved before.",
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
    "err_not_empty": (
        "Ce coffre contient déjà un programme : les données de démonstration vont dans un "
        "coffre vide.",
        "This vault already holds a programme: demo data goes into an empty vault.",
    ),
    "cmd_purge": (
        "supprimer les données individuelles dépassant la durée de conservation, après les "
        "avoir intégrées aux totaux anonymes",
        "delete person-level records past the retention period, after folding them into "
        "anonymous totals",
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
    "err_participant": (
        "Aucun·e participant·e avec ce code (vérifiez les 7 caractères).",
        "No participant with this code (check the 7 characters).",
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
        "partner : titre, heure, lieu si partageable ; busy : « Groupe de parole » et "
        "l'heure seulement",
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
    "err_report_date": (
        "Date invalide pour {option} : {value} (attendu : AAAA-MM-JJ ou JJ/MM/AAAA).",
        "Invalid date for {option}: {value} (expected: YYYY-MM-DD or DD/MM/YYYY).",
    ),
    "err_report_end-before-start": (
        "La fin de la période (--to) précède son début (--from).",
        "The end of the period (--to) comes before its start (--from).",
    ),
    "err_report_too-long": (
        "Période trop longue : 30 ans au plus.",
        "Period too long: 30 years at most.",
    ),
    "err_report_year-range": (
        "La période doit tenir entre les années 2000 et 2100.",
        "The period must lie between the years 2000 and 2100.",
    ),
    "err_report_threshold-range": (
        "Seuil invalide : k va de 3 à 11.",
        "Invalid threshold: k goes from 3 to 11.",
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


class UsageError(AppError):
    """A problem with how the command was called (exit code 2)."""

    code = "usage"
    exit_code = EXIT_USAGE


# ---------------------------------------------------------------- secrets


def _read_secret_file(path: str, what: str) -> str:
    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            message("secret_unreadable", what=what, detail=type(exc).__name__)
        ) from None
    return line.rstrip("\r\n")


def _read_secret_fd(fd: int, what: str) -> str:
    chunks = bytearray()
    try:
        while True:
            byte = os.read(fd, 1)
            if not byte or byte == b"\n":
                break
            chunks += byte
        return chunks.decode("utf-8").rstrip("\r")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(
            message("secret_unreadable", what=what, detail=type(exc).__name__)
        ) from None


def _prompt(prompt_key: str) -> str:
    if not sys.stdin.isatty():
        raise UsageError(message("no_tty"))
    return getpass.getpass(message(prompt_key))


def _passphrase(args: argparse.Namespace) -> str:
    if args.passphrase_file:
        return _read_secret_file(args.passphrase_file, "--passphrase-file")
    if args.passphrase_fd is not None:
        return _read_secret_fd(args.passphrase_fd, "--passphrase-fd")
    return _prompt("prompt_passphrase")


def _new_passphrase(
    args: argparse.Namespace,
    *,
    file_attr: str,
    fd_attr: str,
    vault_words: Sequence[str] = (),
) -> str:
    """Read a new passphrase (twice on a terminal) and check its strength.

    ``vault_words`` are the vault's own names, which the passphrase must not be made of.
    """
    path, fd = getattr(args, file_attr), getattr(args, fd_attr)
    if path:
        new = _read_secret_file(path, "--" + file_attr.replace("_", "-"))
    elif fd is not None:
        new = _read_secret_fd(fd, "--" + fd_attr.replace("_", "-"))
    else:
        new = _prompt("prompt_new")
        if _prompt("prompt_again") != new:
            raise UsageError(message("mismatch"))
    strength = assess(new, vault_words)
    if not strength.acceptable:
        raise UsageError(explain(strength, args.lang or language()))
    return new


def _secrets(args: argparse.Namespace) -> dict[str, str]:
    """Return unlock keyword arguments: the recovery key if given, else the passphrase."""
    if getattr(args, "recovery_key_file", None):
        return {"recovery_key": _read_secret_file(args.recovery_key_file, "--recovery-key-file")}
    return {"passphrase": _passphrase(args)}


# ---------------------------------------------------------------- commands


def _vault_dir(args: argparse.Namespace) -> Path:
    return Path(args.vault) if args.vault else default_vault_dir()


def cmd_init(args: argparse.Namespace) -> int:
    """Create a vault and print its recovery key once."""
    folder = _vault_dir(args)
    passphrase = _new_passphrase(args, file_attr="passphrase_file", fd_attr="passphrase_fd")
    vault, recovery = vaults.create(folder, passphrase)
    vault.lock()
    print(message("created", path=folder, key=recovery))
    for warning in vault.warnings:
        print(message(f"warn_{warning}", path=folder))
    return EXIT_OK


def _unlock(args: argparse.Namespace) -> vaults.Vault:
    """Unlock the vault named by the options, with the secret they give."""
    return vaults.unlock(
        _vault_dir(args),
        **_secrets(args),
        accept_rollback=bool(getattr(args, "accept_older_database", False)),
    )


def _print_repairs(vault: vaults.Vault) -> None:
    for repair in vault.repairs:
        if repair.kept_as:
            print(message("repaired_foreign", file=repair.file, kept=repair.kept_as))
        else:
            print(message(f"repaired_{repair.reason}", file=repair.file))


def cmd_verify(args: argparse.Namespace) -> int:
    """Unlock, verify everything, report."""
    with _unlock(args) as vault:
        report = vault.verify()
        _print_repairs(vault)
    print(message("verified", size=report.database_bytes, schema=report.schema))
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    """Change the passphrase (re-encrypting the vault), or reset it with the recovery key."""
    with _unlock(args) as vault:
        with vault.session() as s:
            words = programme.vault_words(s)
        new = _new_passphrase(
            args, file_attr="new_passphrase_file", fd_attr="new_passphrase_fd", vault_words=words
        )
        recovery = vault.change_passphrase(new)
    print(message("passwd_done"))
    if recovery is not None:
        print(message("new_recovery_forced", key=recovery))
    return EXIT_OK


def cmd_recovery_key(args: argparse.Namespace) -> int:
    """Issue a new recovery key, shown once; the old one stops working."""
    passphrase = _passphrase(args)
    with vaults.unlock(
        _vault_dir(args),
        passphrase=passphrase,
        accept_rollback=bool(args.accept_older_database),
    ) as vault:
        recovery = vault.new_recovery_key(passphrase)
    print(message("new_recovery", key=recovery))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    """Write one verified, encrypted backup file."""
    with _unlock(args) as vault:
        result = vault.backup(Path(args.out), overwrite=args.force)
    print(message("backup_done", path=result.path, size=result.size))
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    """Restore a backup into a new folder, then verify it."""
    target = Path(args.to)
    result = vaults.restore(Path(args.file), target, **_secrets(args))
    print(
        message(
            "restore_done",
            path=target.resolve(),
            vault=result.report.vault_id[:8],
            created=result.created,
        )
    )
    for warning in result.warnings:
        print(message(f"warn_{warning}", path=target.resolve()))
    return EXIT_OK


def cmd_demo_data(args: argparse.Namespace) -> int:
    """Fill an empty vault with an invented programme."""
    if not 1 <= args.years <= 10:
        raise UsageError(message("opt_years"))
    with _unlock(args) as vault:
        try:
            with vault.session() as s:
                summary = demo_data.populate(s, years=args.years, seed=args.seed)
        except demo_data.NotEmptyError:
            print(f"vpi-groups: {message('err_not_empty')}", file=sys.stderr)
            return EXIT_OTHER
    print(
        message(
            "demo_done",
            partners=summary.partners,
            facilitators=summary.facilitators,
            actions=summary.actions,
            groups=summary.groups,
            sessions=summary.sessions,
            participants=summary.participants,
            lines=summary.attendance_lines,
        )
    )
    return EXIT_OK


def cmd_purge(args: argparse.Namespace) -> int:
    """Fold and delete person-level records past retention (or count them)."""
    with _unlock(args) as vault, vault.session() as s:
        months = vault_settings.load(s).retention_months
        report = retention.purge(s, months=months, dry_run=args.dry_run)
    key = "purge_dry" if report.dry_run else "purge_done"
    cutoff = report.cutoff.astimezone().date().isoformat()
    print(
        message(
            key,
            participants=report.participants,
            lines=report.attendance_lines,
            cutoff=cutoff,
            months=months,
        )
    )
    return EXIT_OK


def cmd_erase(args: argparse.Namespace) -> int:
    """Erase one participant, found by code, after folding their attendance."""
    with _unlock(args) as vault:
        try:
            with vault.session() as s:
                participant = attendance.find_by_code(s, args.code)
                report = retention.erase(s, participant.id)
        except attendance.AttendanceError:
            print(f"vpi-groups: {message('err_participant')}", file=sys.stderr)
            return EXIT_OTHER
    print(message("erase_done", lines=report.attendance_lines))
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace) -> int:
    """Export sessions as one .ics file, or one per group; the audit entry commits with them."""
    paris = clock.PROGRAMME_ZONE
    days = {}
    for option, value in (("--from", args.start), ("--to", args.end)):
        try:
            days[option] = None if value is None else dt.date.fromisoformat(value)
        except ValueError:
            raise UsageError(message("err_ics_date", option=option, value=value)) from None
    first, last = days["--from"], days["--to"]
    if first is not None and last is not None and last < first:
        raise UsageError(message("err_ics_period"))
    options = calendar_export.ExportOptions(
        group_ids=tuple(args.group or ()),
        action_id=args.action,
        facilitator_id=args.facilitator,
        start=None if first is None else dt.datetime.combine(first, dt.time(), tzinfo=paris),
        end=None
        if last is None
        else dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=paris),
        privacy=calendar_export.Privacy(args.privacy),
        facilitator_names=args.facilitator_names,
        keep_cancelled=args.keep_cancelled,
        calendar_name=args.name,
    )
    out = Path(args.out)
    with _unlock(args) as vault:
        try:
            with vault.session() as s:
                # Written inside the unit of work: no audit entry for files not written.
                if args.per_group:
                    files = calendar_export.export_per_group(s, options)
                    calendar_export.write_calendars(out, files)
                else:
                    data = calendar_export.export_calendar(s, options)
                    calendar_export.write_calendar(out, data)
                    files = {out.name: data}
        except validation.NotFoundError as exc:
            ids = ", ".join(str(i) for i in exc.ids)
            raise UsageError(message(f"err_ics_not_found_{exc.entity}", ids=ids)) from None
        except validation.ValidationError as exc:
            raise UsageError(message("err_ics_invalid", code=exc.code)) from None
    events = sum(data.count(b"BEGIN:VEVENT\r\n") for data in files.values())
    if args.per_group:
        print(message("ics_done_many", files=len(files), path=out, events=events))
    else:
        print(message("ics_done", path=out, events=events, size=len(files[out.name])))
    return EXIT_OK


def _report_day(option: str, value: str) -> dt.date:
    for parse in (dt.date.fromisoformat, lambda v: dt.datetime.strptime(v, "%d/%m/%Y").date()):
        try:
            return parse(value)
        except ValueError:
            continue
    raise UsageError(message("err_report_date", option=option, value=value))


def cmd_report(args: argparse.Namespace) -> int:
    """Write the anonymised report of a period; the audit entry commits with the file."""
    try:
        spec = reports.PeriodSpec(
            _report_day("--from", args.start),
            _report_day("--to", args.end),
            PeriodKind(args.by),
        )
        threshold = None if args.threshold is None else reports.check_threshold(args.threshold)
    except reports.ReportError as exc:
        raise UsageError(message(f"err_report_{exc.code.value}")) from None
    fmt = report_export.Format(args.format)
    lang = args.lang or language()
    out = Path(args.out)
    breakdowns = [reports.Breakdown(b) for b in args.breakdown or ()]
    with _unlock(args) as vault, vault.session() as s:
        report = reports.build_report(s, spec, breakdowns=breakdowns, k=threshold)
        if fmt is report_export.Format.PDF:
            from vpi_groups.ui.report_pdf import render_pdf  # Qt only for this format

            data = render_pdf(report, lang)
        else:
            data = report_export.render(report, fmt, lang)
        report_export.save(s, report, fmt, data, out)
    hidden = sum(
        cell.state is reports.CellState.SUPPRESSED
        for table in report.tables
        for cell in table.all_cells()
    )
    print(message("report_done", path=out, tables=len(report.tables), hidden=hidden, k=report.k))
    return EXIT_OK


def _add_secret_options(
    sub: argparse.ArgumentParser, lang: str | None, *, recovery: bool, unlocks: bool = True
) -> None:
    group = sub.add_mutually_exclusive_group()
    group.add_argument(
        "--passphrase-file", metavar="FILE", help=message("opt_passphrase_file", lang)
    )
    group.add_argument(
        "--passphrase-fd", metavar="N", type=int, help=message("opt_passphrase_fd", lang)
    )
    if recovery:
        group.add_argument(
            "--recovery-key-file", metavar="FILE", help=message("opt_recovery_file", lang)
        )
    if unlocks:
        sub.add_argument(
            "--accept-older-database",
            action="store_true",
            help=message("opt_accept_older", lang),
        )


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """Build the argument parser with every subcommand."""
    parser = argparse.ArgumentParser(prog="vpi-groups", description=message("description", lang))
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--vault", metavar="DIR", help=message("vault", lang, default=default_vault_dir())
    )
    parser.add_argument("--demo", action="store_true", help=message("demo", lang))
    parser.add_argument("--lang", choices=("fr", "en"), help=message("lang", lang))
    commands = parser.add_subparsers(
        dest="command", title=message("commands", lang), metavar="COMMANDE"
    )

    init = commands.add_parser("init", help=message("cmd_init", lang))
    _add_secret_options(init, lang, recovery=False, unlocks=False)
    init.set_defaults(handler=cmd_init)

    verify = commands.add_parser("verify", help=message("cmd_verify", lang))
    _add_secret_options(verify, lang, recovery=True)
    verify.set_defaults(handler=cmd_verify)

    passwd = commands.add_parser("passwd", help=message("cmd_passwd", lang))
    _add_secret_options(passwd, lang, recovery=True)
    new = passwd.add_mutually_exclusive_group()
    new.add_argument(
        "--new-passphrase-file", metavar="FILE", help=message("opt_new_passphrase_file", lang)
    )
    new.add_argument(
        "--new-passphrase-fd", metavar="N", type=int, help=message("opt_new_passphrase_fd", lang)
    )
    passwd.set_defaults(handler=cmd_passwd)

    recovery_key = commands.add_parser("recovery-key", help=message("cmd_recovery_key", lang))
    _add_secret_options(recovery_key, lang, recovery=False)
    recovery_key.set_defaults(handler=cmd_recovery_key)

    backup = commands.add_parser("backup", help=message("cmd_backup", lang))
    backup.add_argument("--out", metavar="FILE", required=True, help=message("opt_out", lang))
    backup.add_argument("--force", action="store_true", help=message("opt_force", lang))
    _add_secret_options(backup, lang, recovery=True)
    backup.set_defaults(handler=cmd_backup)

    restore = commands.add_parser("restore", help=message("cmd_restore", lang))
    restore.add_argument("file", metavar="FILE")
    restore.add_argument("--to", metavar="DIR", required=True, help=message("opt_to", lang))
    _add_secret_options(restore, lang, recovery=True, unlocks=False)
    restore.set_defaults(handler=cmd_restore)

    demo = commands.add_parser("demo-data", help=message("cmd_demo_data", lang))
    demo.add_argument("--years", type=int, default=3, help=message("opt_years", lang))
    demo.add_argument("--seed", type=int, default=2026, help=message("opt_seed", lang))
    _add_secret_options(demo, lang, recovery=True)
    demo.set_defaults(handler=cmd_demo_data)

    purge = commands.add_parser("purge", help=message("cmd_purge", lang))
    purge.add_argument("--dry-run", action="store_true", help=message("opt_dry_run", lang))
    _add_secret_options(purge, lang, recovery=True)
    purge.set_defaults(handler=cmd_purge)

    erase = commands.add_parser("erase", help=message("cmd_erase", lang))
    erase.add_argument("code", metavar="CODE", help=message("opt_code", lang))
    _add_secret_options(erase, lang, recovery=True)
    erase.set_defaults(handler=cmd_erase)

    ics = commands.add_parser("export-ics", help=message("cmd_export_ics", lang))
    ics.add_argument("--out", metavar="FILE", required=True, help=message("opt_ics_out", lang))
    ics.add_argument(
        "--group", metavar="ID", type=int, action="append", help=message("opt_ics_group", lang)
    )
    ics.add_argument("--action", metavar="ID", type=int, help=message("opt_ics_action", lang))
    ics.add_argument(
        "--facilitator", metavar="ID", type=int, help=message("opt_ics_facilitator", lang)
    )
    ics.add_argument("--from", dest="start", metavar="DATE", help=message("opt_ics_from", lang))
    ics.add_argument("--to", dest="end", metavar="DATE", help=message("opt_ics_to", lang))
    ics.add_argument(
        "--privacy",
        choices=[p.value for p in calendar_export.Privacy],
        default=calendar_export.Privacy.PARTNER.value,
        help=message("opt_ics_privacy", lang),
    )
    ics.add_argument(
        "--keep-cancelled", action="store_true", help=message("opt_ics_keep_cancelled", lang)
    )
    ics.add_argument(
        "--facilitator-names", action="store_true", help=message("opt_ics_facilitator_names", lang)
    )
    ics.add_argument("--per-group", action="store_true", help=message("opt_ics_per_group", lang))
    ics.add_argument("--name", metavar="NAME", help=message("opt_ics_name", lang))
    _add_secret_options(ics, lang, recovery=True)
    ics.set_defaults(handler=cmd_export_ics)

    report = commands.add_parser("report", help=message("cmd_report", lang))
    report.add_argument(
        "--from", dest="start", metavar="DATE", required=True, help=message("opt_report_from", lang)
    )
    report.add_argument(
        "--to", dest="end", metavar="DATE", required=True, help=message("opt_report_to", lang)
    )
    report.add_argument(
        "--by",
        choices=[k.value for k in PeriodKind],
        default=PeriodKind.MONTH.value,
        help=message("opt_report_by", lang),
    )
    report.add_argument(
        "--breakdown",
        metavar="NAME",
        nargs="+",
        action="extend",
        choices=[b.value for b in reports.Breakdown],
        help=message("opt_report_breakdown", lang)
        + f" ({', '.join(b.value for b in reports.Breakdown)})",
    )
    report.add_argument(
        "--threshold", metavar="K", type=int, help=message("opt_report_threshold", lang)
    )
    report.add_argument(
        "--format",
        required=True,
        choices=[f.value for f in report_export.Format],
        help=message("opt_report_format", lang),
    )
    report.add_argument(
        "--out", metavar="FILE", required=True, help=message("opt_report_out", lang)
    )
    _add_secret_options(report, lang, recovery=True)
    report.set_defaults(handler=cmd_report)
    return parser


def describe_error(error: errors.VaultError, lang: str | None = None) -> tuple[int, str]:
    """Return the exit code and the sentence for a vault error."""
    if isinstance(error, errors.WrongSecretError):
        return error.exit_code, message(f"err_wrong-secret_{error.kind}", lang)
    if isinstance(error, errors.VaultMismatchError):
        return error.exit_code, message("err_mismatch", lang, file=error.file)
    if isinstance(error, errors.VaultDamagedError):
        return error.exit_code, message("err_damaged", lang, file=error.file, reason=error.reason)
    if isinstance(error, errors.VaultRolledBackError):
        return error.exit_code, message(
            "err_rolled-back",
            lang,
            path=error.path,
            db=error.database_generation,
            key=error.key_generation,
        )
    if isinstance(error, errors.VaultInUseError):
        return error.exit_code, message("err_in-use", lang, path=error.path)
    if isinstance(
        error,
        errors.NotAVaultError
        | errors.VaultExistsError
        | errors.TargetExistsError
        | errors.TargetInVaultError,
    ):
        return error.exit_code, message(f"err_{error.code}", lang, path=error.path)
    if isinstance(error, errors.VaultTooNewError):
        return error.exit_code, message("err_too-new", lang, found=error.found)
    if isinstance(error, errors.DiskFullError):
        return error.exit_code, message("err_disk-full", lang, file=error.file)
    if isinstance(error, errors.WriteFailedError):
        return error.exit_code, message(
            "err_write-failed", lang, file=error.file, detail=error.errno_name
        )
    return error.exit_code, message("err_locked", lang)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UsageError as exc:
        print(f"vpi-groups: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except errors.VaultError as exc:
        code, text = describe_error(exc)
        print(f"vpi-groups: {text}", file=sys.stderr)
        return code
    except AppError as exc:  # refused by a service: said, with its stable code
        print(f"vpi-groups: {message('err_refused', code=exc.code)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"vpi-groups: {message('interrupted')}", file=sys.stderr)
        return EXIT_OTHER
    except OSError as exc:
        print(
            f"vpi-groups: {message('err_os', detail=exc.strerror or type(exc).__name__)}",
            file=sys.stderr,
        )
        return EXIT_OTHER
    except Exception as exc:
        if os.environ.get("VPI_GROUPS_DEBUG"):
            raise
        print(
            f"vpi-groups: {message('err_unexpected', detail=type(exc).__name__)}", file=sys.stderr
        )
        return EXIT_OTHER


def main_gui() -> int:
    """Entry point of the graphical launcher (no console on Windows)."""
    return main()


def _run_gui(args: argparse.Namespace) -> int:
    """Start the Qt application; imported lazily so headless commands never load Qt."""
    from vpi_groups.ui.app import run

    return run(demo=args.demo, vault_dir=args.vault, lang=args.lang)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
