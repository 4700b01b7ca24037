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
import os
import re
import sys
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from vpi_groups import __version__
from vpi_groups.cli_messages import language as language
from vpi_groups.cli_messages import message as message

# The exit codes, re-exported: scripts and tests know them from this module.
from vpi_groups.errors import EXIT_DAMAGED as EXIT_DAMAGED
from vpi_groups.errors import EXIT_IN_USE as EXIT_IN_USE
from vpi_groups.errors import EXIT_OK as EXIT_OK
from vpi_groups.errors import EXIT_OTHER as EXIT_OTHER
from vpi_groups.errors import EXIT_USAGE as EXIT_USAGE
from vpi_groups.errors import EXIT_WRONG_SECRET as EXIT_WRONG_SECRET
from vpi_groups.errors import AppError
from vpi_groups.locations import default_vault_dir

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from vpi_groups.programme.funding import FunderInfo, MoneyRow
    from vpi_groups.reports.periods import PeriodSpec
    from vpi_groups.scheduling.records import SessionInfo
    from vpi_groups.storage.vault import Vault

# Start-up: ``--version``, ``--help`` and the window load no service. Each command
# imports what it uses inside its handler (SQLAlchemy, Alembic, icalendar, openpyxl and
# the services cost about half a second), and the window imports its own modules when
# it opens (tests/test_startup.py checks both in a fresh interpreter). The values of
# the coded options are spelt here for the same reason; tests/test_startup.py checks
# that they are the values of their enums (PeriodKind, Breakdown, Format, Privacy).
REPORT_PERIODS = ("month", "quarter", "year")
REPORT_BREAKDOWNS = (
    "axis",
    "action",
    "group",
    "facilitator-sector",
    "referral-source",
    "age-band",
    "gender",
    "month",
)
REPORT_FORMATS = ("csv", "xlsx", "pdf", "json")
BILAN_FORMATS = ("docx", "pdf")
ICS_PRIVACY = ("partner", "busy")


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
    import getpass

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
    from vpi_groups.passphrase_policy import assess, explain

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
    from vpi_groups.storage import vault as vaults

    folder = _vault_dir(args)
    passphrase = _new_passphrase(args, file_attr="passphrase_file", fd_attr="passphrase_fd")
    vault, recovery = vaults.create(folder, passphrase)
    vault.lock()
    print(message("created", path=folder, key=recovery))
    for warning in vault.warnings:
        print(message(f"warn_{warning}", path=folder))
    return EXIT_OK


def _unlock(args: argparse.Namespace) -> Vault:
    """Unlock the vault named by the options, with the secret they give."""
    from vpi_groups.storage import vault as vaults

    return vaults.unlock(
        _vault_dir(args),
        **_secrets(args),
        accept_rollback=args.accept_older_database,  # every command that unlocks has it
    )


def _print_repairs(vault: Vault) -> None:
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
    from vpi_groups.programme import records as programme

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
    from vpi_groups.storage import vault as vaults

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
    from vpi_groups.storage import vault as vaults

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
    from vpi_groups.demo import data as demo_data

    with _unlock(args) as vault, vault.session() as s:
        summary = demo_data.populate(s, years=args.years, seed=args.seed)
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
    from vpi_groups import vault_settings
    from vpi_groups.attendance import retention

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
    from vpi_groups.attendance import registers as attendance
    from vpi_groups.attendance import retention

    with _unlock(args) as vault, vault.session() as s:
        participant = attendance.find_by_code(s, args.code)
        report = retention.erase(s, participant.id)
    print(message("erase_done", lines=report.attendance_lines))
    return EXIT_OK


def cmd_releases(args: argparse.Namespace) -> int:
    """List the release ledger: every report file that left the machine, newest first."""
    from vpi_groups.reports import ledger

    with _unlock(args) as vault, vault.session() as s:
        releases = ledger.listing(s)
    if not releases:
        print(message("releases_none"))
        return EXIT_OK
    print(message("releases_head", count=len(releases)))
    for r in releases:
        print(
            message(
                "releases_line",
                at=r.at.astimezone().strftime("%Y-%m-%d %H:%M"),
                file=r.file_name,
                start=r.period[0].isoformat(),
                end=r.period[1].isoformat(),
                by=r.columns,
                k=r.k,
                published=r.published,
                hidden=r.hidden,
                sha=r.sha256[:12],
            )
        )
    return EXIT_OK


def cmd_settings(args: argparse.Namespace) -> int:
    """Show the vault's organisation name and organiser address, or set them."""
    from vpi_groups import error_messages, validation, vault_settings
    from vpi_groups.reports import wording

    lang = args.lang or language()
    name: str | None = None
    address: str | None = None
    if args.organisation is not None or args.organiser_email is not None:
        # Checked before unlocking: a refused value asks for no passphrase.
        for option, value, clean in (
            ("--organisation", args.organisation, vault_settings.clean_organisation),
            ("--organiser-email", args.organiser_email, vault_settings.clean_organiser_email),
        ):
            if value is None:
                continue
            try:
                clean(value)
            except validation.ValidationError as exc:
                said = error_messages.describe(exc, lang)
                check = message("err_report_check", lang, option=option)
                raise UsageError(f"{said} {check}") from None
        with _unlock(args) as vault, vault.session() as s:
            if args.organisation is not None:
                name = vault_settings.save_organisation(s, args.organisation)
            if args.organiser_email is not None:
                address = vault_settings.save_organiser_email(s, args.organiser_email)
        if args.organisation is not None:
            print(message("settings_organisation_saved", lang, name=name))
        if args.organiser_email is not None:
            if address is None:
                print(message("settings_organiser_email_cleared", lang))
            else:
                print(message("settings_organiser_email_saved", lang, address=address))
        return EXIT_OK
    with _unlock(args) as vault, vault.session() as s:
        name = vault_settings.organisation(s)
        address = vault_settings.organiser_email(s)
    if name:
        print(message("settings_organisation", lang, name=name))
    else:
        neutral = wording.text("programme", lang)
        print(message("settings_organisation_unset", lang, neutral=neutral))
    if address:
        print(message("settings_organiser_email", lang, address=address))
    else:
        print(message("settings_organiser_email_unset", lang))
    return EXIT_OK


def cmd_invite(args: argparse.Namespace) -> int:
    """Write the invitation to a professionals' session (.ics, .eml), or list who can be invited."""
    from vpi_groups import validation
    from vpi_groups.calendar import ics
    from vpi_groups.calendar import invitations as inv

    lang = args.lang or language()
    longest = int(inv.MAX_REMINDER.total_seconds() // 60)
    if not 0 <= args.reminder <= longest:  # said before unlocking
        raise UsageError(message("err_invite_reminder", lang, longest=longest))
    reminder = None if args.reminder == 0 else dt.timedelta(minutes=args.reminder)
    with _unlock(args) as vault:
        try:
            with vault.session() as s:
                if args.out is None and args.eml is None:
                    people = inv.invitees(s, args.session_id)
                    unusable = inv.unusable_addresses(s)
                    made = None
                else:
                    made = inv.make_invitation(
                        s, args.session_id, args.to, reminder=reminder, lang=lang
                    )
                    draft = inv.email_draft(made) if args.eml is not None else b""
                    # Both made before either is written; written inside the unit of
                    # work: no audit entry for files not written.
                    if args.out is not None:
                        ics.write_calendar(Path(args.out), made.data)
                    if args.eml is not None:
                        ics.write_calendar(Path(args.eml), draft)
                    if made.removal is not None:  # people left out: their own CANCEL
                        if args.out is not None:
                            target = inv.removal_path(Path(args.out))
                            ics.write_calendar(target, made.removal.data)
                        if args.eml is not None:
                            target = inv.removal_path(Path(args.eml))
                            ics.write_calendar(target, inv.email_draft(made.removal))
        except validation.NotFoundError:
            raise UsageError(message("err_sheet_not_found", lang, id=args.session_id)) from None
    if made is None:
        if not people:
            print(message("invite_none", lang))
        if unusable:
            print(message("invite_unusable", lang, names=", ".join(unusable)))
        for person in people:
            detail = f" ({person.detail})" if person.detail else ""
            mark = "*" if person.chosen else "-"
            print(
                message(
                    "invite_people",
                    lang,
                    mark=mark,
                    email=person.email,
                    name=person.name,
                    detail=detail,
                )
            )
        return EXIT_OK
    for path in (args.out, args.eml):
        if path is not None:
            print(
                message(
                    "invite_written",
                    lang,
                    method=made.method.value,
                    count=len(made.attendees),
                    sequence=made.sequence,
                    path=path,
                )
            )
            if made.removal is not None:
                print(
                    message(
                        "invite_written",
                        lang,
                        method=made.removal.method.value,
                        count=len(made.removal.attendees),
                        sequence=made.removal.sequence,
                        path=inv.removal_path(Path(path)),
                    )
                )
    return EXIT_OK


def cmd_invite_series(args: argparse.Namespace) -> int:
    """Invite to every session to come of an action: one .ics each and one e-mail draft."""
    from vpi_groups.calendar import invitations as inv

    lang = args.lang or language()
    longest = int(inv.MAX_REMINDER.total_seconds() // 60)
    if not 0 <= args.reminder <= longest:
        raise UsageError(message("err_invite_reminder", lang, longest=longest))
    reminder = None if args.reminder == 0 else dt.timedelta(minutes=args.reminder)
    written: list[tuple[inv.Invitation, Path]] = []
    with _unlock(args) as vault, vault.session() as s:
        if args.out_dir is None and args.eml is None:
            found = inv.series_sessions(s, args.action_id)
            ids = ", ".join(str(i) for i in found) or "—"
            print(message("invite_series_sessions", lang, count=len(found), ids=ids))
            return EXIT_OK
        made = inv.make_series_invitations(s, args.action_id, args.to, reminder=reminder, lang=lang)
        # written inside the unit of work; the draft first (it refuses an empty series)
        if args.eml is not None:
            inv.write_series(made, Path(args.eml), draft=True, lang=lang)
        if args.out_dir is not None:
            folder = inv.write_series(made, Path(args.out_dir), draft=False, lang=lang)
            written.extend((*folder.files, *folder.removals))
    for invitation, path in written:
        print(
            message(
                "invite_written",
                lang,
                method=invitation.method.value,
                count=len(invitation.attendees),
                sequence=invitation.sequence,
                path=path,
            )
        )
    if args.eml is not None:
        print(message("invite_series_eml", lang, count=len(made), path=args.eml))
    return EXIT_OK


def cmd_programme(args: argparse.Namespace) -> int:
    """List actions with their groups, then facilitators, rooms and partners, with numbers."""
    from vpi_groups import labels
    from vpi_groups.programme import records as programme
    from vpi_groups.scheduling import records as scheduling

    lang = args.lang or language()
    with _unlock(args) as vault, vault.session() as s:
        actions = programme.list_actions(s, year=args.year)
        groups = scheduling.list_groups(s)
        facilitators = programme.list_facilitators(s)
        rooms = programme.list_rooms(s)
        partners = programme.list_organisations(s)
    if not actions:
        print(message("programme_none", lang))
    for action in actions:
        spec = action.spec
        kind = message(f"kind_{spec.kind.value}", lang)
        print(
            message(
                "programme_action", lang, id=action.id, title=spec.title, kind=kind, year=spec.year
            )
        )
        for group in groups:
            if group.spec.action_id == action.id:
                print(message("programme_group", lang, id=group.id, name=group.spec.name))
        if spec.members:
            names = {p.id: p.spec.name for p in facilitators}
            listed = ", ".join(
                f"{names.get(fid, '?')} ({fid})"
                + (message("programme_lead", lang) if fid == spec.lead_id else "")
                for fid in spec.members
            )
            print(message("programme_members", lang, names=listed))
        for number, orientation in enumerate(spec.orientations, start=1):
            carried = ", ".join(str(a) for a in orientation.action_ids)
            print(
                message(
                    "programme_orientation",
                    lang,
                    n=number,
                    text=" ".join(orientation.text.split()),
                    actions=carried or message("programme_no_action", lang),
                )
            )
    if facilitators:
        print(message("programme_facilitators", lang))
        inactive = message("programme_inactive", lang)
        for person in facilitators:
            print(
                message(
                    "programme_facilitator",
                    lang,
                    id=person.id,
                    name=person.spec.name,
                    inactive="" if person.spec.active else inactive,
                )
            )
    if rooms:
        print(message("programme_rooms", lang))
        for room in rooms:
            print(message("programme_room", lang, id=room.id, name=room.spec.name))
    if partners:
        print(message("programme_partners", lang))
        for partner in partners:
            print(
                message(
                    "programme_partner",
                    lang,
                    id=partner.id,
                    name=partner.spec.name,
                    sector=labels.label(partner.spec.sector, lang),
                )
            )
    return EXIT_OK


def _day_option(value: str, option: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(message("err_session_date", option=option, value=value)) from None


def _time_option(value: str, option: str) -> dt.time:
    if not re.fullmatch(r"\d{1,2}:\d{2}", value):
        raise UsageError(message("err_session_time", option=option, value=value))
    try:
        return dt.time.fromisoformat(value.zfill(5))
    except ValueError:
        raise UsageError(message("err_session_time", option=option, value=value)) from None


def _local(instant: dt.datetime) -> tuple[str, str]:
    """The day and the time of ``instant`` in the programme's zone, as printed."""
    from vpi_groups import clock

    here = instant.astimezone(clock.PROGRAMME_ZONE)
    return here.date().isoformat(), here.strftime("%H:%M")


def cmd_session_list(args: argparse.Namespace) -> int:
    """List the sessions of a period, with their numbers."""
    from vpi_groups import clock
    from vpi_groups.scheduling import agenda

    lang = args.lang or language()
    year = clock.now().astimezone(clock.PROGRAMME_ZONE).year
    first = dt.date(year, 1, 1) if args.start is None else _day_option(args.start, "--from")
    last = dt.date(year, 12, 31) if args.end is None else _day_option(args.end, "--to")
    if last < first:
        raise UsageError(message("err_session_period", lang))
    zone = clock.PROGRAMME_ZONE
    start = dt.datetime.combine(first, dt.time(), tzinfo=zone)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), tzinfo=zone)
    with _unlock(args) as vault, vault.session() as s:
        found = agenda.entries(s, start, end, group_id=args.group)
    if args.action is not None:
        found = tuple(e for e in found if e.action_id == args.action)
    if not found:
        print(message("session_none", lang))
    for entry in found:
        day, begins = _local(entry.start)
        room = "" if entry.room is None else message("session_room", lang, name=entry.room)
        print(
            message(
                "session_line",
                lang,
                id=entry.session_id,
                day=day,
                start=begins,
                end=_local(entry.end)[1],
                title=entry.title,
                status=message(f"status_{entry.status.value}", lang),
                room=room,
            )
        )
    return EXIT_OK


def cmd_session_add(args: argparse.Namespace) -> int:
    """Add one session outside any series; say the overlaps and a day outside the year."""
    from vpi_groups import clock, session_edits
    from vpi_groups.scheduling import sessions as scheduling

    lang = args.lang or language()
    day = _day_option(args.date, "--date")
    zone = clock.PROGRAMME_ZONE
    start = dt.datetime.combine(day, _time_option(args.start, "--start"), tzinfo=zone)
    end = dt.datetime.combine(day, _time_option(args.end, "--end"), tzinfo=zone)
    room: int | scheduling.GroupRoom | None = scheduling.GROUP_ROOM
    if args.no_room:
        room = None
    elif args.room is not None:
        room = args.room
    with _unlock(args) as vault, vault.session() as s:
        added = session_edits.add_session(
            s,
            start=start,
            end=end,
            group_id=args.group,
            action_id=args.action,
            facilitator_ids=None if args.facilitator is None else tuple(args.facilitator),
            room_id=room,
        )
        title = _session_title(s, added.info)
    print(
        message(
            "session_added",
            lang,
            id=added.info.id,
            day=_local(added.info.start)[0],
            start=_local(added.info.start)[1],
            end=_local(added.info.end)[1],
            title=title,
        )
    )
    for overlap in added.overlaps:
        other_day, other_start = _local(overlap.start)
        print(
            message(
                "session_overlap",
                lang,
                resource=overlap.resource_name,
                id=overlap.session_id,
                title=overlap.title,
                day=other_day,
                start=other_start,
                end=_local(overlap.end)[1],
            )
        )
    if added.outside_year is not None:
        print(message("session_outside_year", lang, year=added.outside_year))
    return EXIT_OK


def _session_title(s: Session, info: SessionInfo) -> str:
    """A session's group name, or its action's title."""
    from vpi_groups.programme import records as programme
    from vpi_groups.scheduling import records as scheduling

    if info.group_id is not None:
        return scheduling.get_group(s, info.group_id).spec.name
    return programme.get_action(s, info.action_id).spec.title


def cmd_session_delete(args: argparse.Namespace) -> int:
    """Delete one session added outside a series (the service says when it may not)."""
    from vpi_groups.scheduling import sessions as scheduling

    lang = args.lang or language()
    with _unlock(args) as vault, vault.session() as s:
        scheduling.delete_session(s, args.session_id)
    print(message("session_deleted", lang, id=args.session_id))
    return EXIT_OK


def _professionals_option(value: str, option: str, lang: str) -> tuple[str, int, tuple[str, ...]]:
    """``KEY:N`` or ``KEY:N:Name; Name`` of --set and --other, split (``KEY`` unchecked)."""
    key, _, rest = value.partition(":")
    count, _, names = rest.partition(":")
    if not key.strip() or not count.strip().isdigit():
        raise UsageError(message("err_professionals_option", lang, option=option, value=value))
    return key.strip(), int(count), tuple(n.strip() for n in names.split(";") if n.strip())


def cmd_session_professionals(args: argparse.Namespace) -> int:
    """List, or replace, the professionals present at a session (not a talk group's)."""
    from vpi_groups import labels
    from vpi_groups.scheduling import professionals
    from vpi_groups.storage.models import Sector

    lang = args.lang or language()
    lines: list[professionals.ProfessionalsLine] = []
    for value in args.set or ():
        key, count, names = _professionals_option(value, "--set", lang)
        if not key.isdigit():
            raise UsageError(message("err_professionals_option", lang, option="--set", value=value))
        lines.append(professionals.ProfessionalsLine(int(key), Sector.OTHER, count, names))
    sectors = {s.value: s for s in Sector}
    for value in args.other or ():
        key, count, names = _professionals_option(value, "--other", lang)
        if key not in sectors:
            raise UsageError(
                message("err_professionals_sector", lang, value=key, choices=", ".join(sectors))
            )
        lines.append(professionals.ProfessionalsLine(None, sectors[key], count, names))
    writing = bool(lines) or args.clear
    with _unlock(args) as vault, vault.session() as s:
        if writing:
            found = professionals.record_professionals(s, args.session_id, lines)
        else:
            found = professionals.session_professionals(s, args.session_id)
    if not found:
        print(message("professionals_none", lang, id=args.session_id))
    for line in found:
        where = line.organisation or message("professionals_elsewhere", lang)
        listed = "" if not line.names else " — " + ", ".join(line.names)
        print(
            message(
                "professionals_line",
                lang,
                organisation=where,
                sector=labels.label(line.sector, lang),
                present=line.present,
            )
            + listed
        )
    if found:
        print(message("professionals_total", lang, total=sum(line.present for line in found)))
    return EXIT_OK


TALLY_GENDERS = ("woman", "man", "other", "unsaid")  # the values of Gender (tests check)


def _month_option(value: str, option: str, lang: str) -> dt.date:
    """``YYYY-MM`` as the first day of that month."""
    if not re.fullmatch(r"\d{4}-\d{2}", value.strip()):
        raise UsageError(message("err_tally_month", lang, option=option, value=value))
    try:
        return dt.date.fromisoformat(value.strip() + "-01")
    except ValueError:
        raise UsageError(message("err_tally_month", lang, option=option, value=value)) from None


def _tally_counts(values: Sequence[str] | None, option: str, lang: str) -> dict[str, int]:
    """``GENDER:N`` options, by gender code."""
    out: dict[str, int] = {}
    for value in values or ():
        gender, _, count = value.partition(":")
        gender = gender.strip()
        if gender not in TALLY_GENDERS or not count.strip().isdigit():
            raise UsageError(
                message(
                    "err_tally_count",
                    lang,
                    option=option,
                    value=value,
                    choices=", ".join(TALLY_GENDERS),
                )
            )
        if gender in out:
            raise UsageError(message("err_tally_twice", lang, option=option, value=gender))
        out[gender] = int(count)
    return out


def _month_words(month: dt.date, lang: str) -> str:
    from vpi_groups.labels import MONTH_NAMES

    return f"{MONTH_NAMES[lang][month.month - 1]} {month.year}"


def cmd_tally_add(args: argparse.Namespace) -> int:
    """Record one partner's tally for one month (it replaces that month's)."""
    from vpi_groups.programme import tallies
    from vpi_groups.storage.models import Gender, TallyContact

    lang = args.lang or language()
    month = _month_option(args.month, "--month", lang)
    counts: dict[tallies.TallyCell, int] = {}
    for contact, option, values in (
        (TallyContact.RECEIVED, "--received", args.received),
        (TallyContact.INFORMED, "--informed", args.informed),
    ):
        for gender, n in _tally_counts(values, option, lang).items():
            counts[contact, Gender(gender)] = n
    with _unlock(args) as vault, vault.session() as s:
        line = tallies.record_tally(s, month, args.partner, counts)
    words = _month_words(month, lang)
    key = "tally_recorded" if line.total else "tally_cleared"
    print(message(key, lang, month=words, partner=line.organisation, total=line.total))
    return EXIT_OK


def cmd_tally_list(args: argparse.Namespace) -> int:
    """List a year's tallies, latest month first."""
    from vpi_groups import clock
    from vpi_groups.programme import tallies
    from vpi_groups.storage.models import TallyContact

    lang = args.lang or language()
    year = args.year or clock.now().astimezone(clock.PROGRAMME_ZONE).year
    with _unlock(args) as vault, vault.session() as s:
        found = tallies.tallies(s, dt.date(year, 1, 1), dt.date(year, 12, 31))
    if not found:
        print(message("tally_none", lang, year=year))
        return EXIT_OK
    received_total = 0
    for line in found:
        received = sum(n for (c, _g), n in line.counts.items() if c is TallyContact.RECEIVED)
        received_total += received
        print(
            message(
                "tally_line",
                lang,
                month=_month_words(line.month, lang),
                partner=line.organisation,
                id=line.organisation_id,
                received=received,
                informed=line.total - received,
                total=line.total,
            )
        )
    total = sum(line.total for line in found)
    print(message("tally_year_total", lang, total=total, received=received_total))
    return EXIT_OK


def cmd_tally_delete(args: argparse.Namespace) -> int:
    """Delete one partner's tally for one month."""
    from vpi_groups.programme import tallies

    lang = args.lang or language()
    month = _month_option(args.month, "--month", lang)
    with _unlock(args) as vault, vault.session() as s:
        total = tallies.delete_tally(s, month, args.partner)
    words = _month_words(month, lang)
    print(message("tally_deleted", lang, month=words, id=args.partner, total=total))
    return EXIT_OK


def cmd_meeting_add(args: argparse.Namespace) -> int:
    """Plan a working group's meeting, or a series of them; say each and its overlaps."""
    from vpi_groups import clock
    from vpi_groups.programme import records as programme
    from vpi_groups.scheduling import conflicts, meetings, records

    lang = args.lang or language()
    if not 1 <= args.count <= meetings.MAX_MEETINGS:  # said before unlocking
        raise UsageError(message("err_meeting_count", lang, most=meetings.MAX_MEETINGS))
    if not 1 <= args.every_weeks <= meetings.MAX_EVERY_WEEKS:
        raise UsageError(message("err_meeting_every", lang, most=meetings.MAX_EVERY_WEEKS))
    day = _day_option(args.date, "--date")
    zone = clock.PROGRAMME_ZONE
    start = dt.datetime.combine(day, _time_option(args.start, "--start"), tzinfo=zone)
    end = dt.datetime.combine(day, _time_option(args.end, "--end"), tzinfo=zone)
    with _unlock(args) as vault, vault.session() as s:
        planned = meetings.add_meetings(
            s,
            args.group,
            start,
            end,
            every_weeks=args.every_weeks,
            count=args.count,
            room_id=args.room,
        )
        title = programme.get_action(s, args.group).spec.title
        booked = len(meetings.members(s, args.group))
        said = [
            (
                records.get_session(s, meeting),
                conflicts.find_conflicts(s, session_ids=[meeting]),
            )
            for meeting in planned
        ]
    for info, found in said:
        local_start = info.start.astimezone(zone)
        print(
            message(
                "meeting_added",
                lang,
                id=info.id,
                day=local_start.strftime("%d/%m/%Y"),
                start=_local(info.start)[1],
                end=_local(info.end)[1],
                title=title,
                members=booked,
            )
        )
        for conflict in found:
            other = (
                conflict.second_session_id
                if conflict.first_session_id == info.id
                else conflict.first_session_id
            )
            print(message(f"meeting_conflict_{conflict.kind.value}", lang, id=other))
    if len(planned) > 1:
        print(message("meeting_series_total", lang, count=len(planned), every=args.every_weeks))
    return EXIT_OK


def cmd_meeting_present(args: argparse.Namespace) -> int:
    """List, or replace, the members present at a meeting."""
    from vpi_groups.scheduling import meetings

    lang = args.lang or language()
    with _unlock(args) as vault, vault.session() as s:
        group = meetings.meeting_group(s, args.session_id)
        if args.member or args.clear:
            present = meetings.record_present(s, args.session_id, args.member or ())
        else:
            present = meetings.present_members(s, args.session_id)
        members = meetings.members(s, group)
    for member in members:
        state = message("meeting_here" if member.id in present else "meeting_away", lang)
        print(
            message(
                "meeting_present_line",
                lang,
                name=f"{member.name} ({member.id})",
                organisation=member.organisation or "—",
                state=state,
            )
        )
    print(message("meeting_present_total", lang, present=len(present), members=len(members)))
    return EXIT_OK


def cmd_meeting_minutes(args: argparse.Namespace) -> int:
    """Print a meeting's minutes, record them from a file, or write them as an e-mail draft."""
    from vpi_groups.scheduling import meetings

    lang = args.lang or language()
    text: str | None = None
    if args.file is not None:
        try:
            text = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise UsageError(
                message("err_meeting_file", lang, path=args.file, detail=type(exc).__name__)
            ) from None
    sent_to = 0
    with _unlock(args) as vault, vault.session() as s:
        if text is not None:
            meetings.save_minutes(s, args.session_id, text)
        shown = meetings.meeting_minutes(s, args.session_id)
        meetings.meeting_group(s, args.session_id)
        if args.eml is not None:
            from vpi_groups.storage.atomic import write_atomic

            draft = meetings.minutes_draft(s, args.session_id)
            sent_to = len(meetings.minutes_recipients(s, args.session_id))
            # written inside the unit of work: no audit entry for a file not written
            write_atomic(Path(args.eml), draft)
    if text is not None:
        key = "meeting_minutes_saved" if shown else "meeting_minutes_cleared"
        print(message(key, lang, id=args.session_id, characters=len(shown)))
    if args.eml is not None:
        print(message("meeting_minutes_eml", lang, count=sent_to, path=args.eml))
    elif text is None:
        print(shown or message("meeting_no_minutes", lang, id=args.session_id))
    return EXIT_OK


def cmd_decision_add(args: argparse.Namespace) -> int:
    """Record a working group's decision."""
    from vpi_groups.scheduling import meetings

    lang = args.lang or language()
    with _unlock(args) as vault, vault.session() as s:
        found = meetings.add_decision(s, args.group, args.text, session_id=args.meeting)
    print(message("decision_added", lang, id=found.id, day=found.decided_on.strftime("%d/%m/%Y")))
    return EXIT_OK


def cmd_decision_list(args: argparse.Namespace) -> int:
    """List a working group's decisions, oldest first."""
    from vpi_groups.scheduling import meetings

    lang = args.lang or language()
    with _unlock(args) as vault, vault.session() as s:
        meetings.members(s, args.group)  # says so when it is not a working group
        found = meetings.decisions(s, args.group)
    if not found:
        print(message("decision_none", lang))
    for decision in found:
        day = decision.decided_on.strftime("%d/%m/%Y")
        print(message("decision_line", lang, day=day, text=decision.text))
    return EXIT_OK


def cmd_task_add(args: argparse.Namespace) -> int:
    """Add a follow-up task to a working group."""
    from vpi_groups.scheduling import meetings

    lang = args.lang or language()
    due = None if args.due is None else _day_option(args.due, "--due")
    with _unlock(args) as vault, vault.session() as s:
        task = meetings.add_task(
            s, args.group, args.what, assignee_id=args.who, due_on=due, session_id=args.meeting
        )
    print(message("task_added", lang, id=task.id, group=task.group))
    return EXIT_OK


def cmd_task_list(args: argparse.Namespace) -> int:
    """List the tasks to do: of a group, of one person ("my tasks"), or all."""
    from vpi_groups.scheduling import meetings

    lang = args.lang or language()
    with _unlock(args) as vault, vault.session() as s:
        found = meetings.tasks(s, action_id=args.group, assignee_id=args.who, include_done=args.all)
    if not found:
        print(message("task_none", lang))
    for task in found:
        due = (
            message("task_no_due", lang)
            if task.due_on is None
            else message("task_due", lang, day=task.due_on.strftime("%d/%m/%Y"))
        )
        print(
            message(
                "task_line",
                lang,
                id=task.id,
                state=message("task_done_mark" if task.done else "task_open", lang),
                what=task.what,
                who=task.assignee or message("task_nobody", lang),
                due=due,
                group=task.group,
            )
        )
    return EXIT_OK


def cmd_task_done(args: argparse.Namespace) -> int:
    """Mark a task done today (or not done)."""
    from vpi_groups import clock
    from vpi_groups.scheduling import meetings

    lang = args.lang or language()
    today = clock.now().astimezone(clock.PROGRAMME_ZONE).date()
    with _unlock(args) as vault, vault.session() as s:
        meetings.set_task_done(s, args.task_id, None if args.undo else today)
    if args.undo:
        print(message("task_undone", lang, id=args.task_id))
    else:
        print(message("task_done", lang, id=args.task_id, day=today.strftime("%d/%m/%Y")))
    return EXIT_OK


# ---------------------------------------------------------------- the partnership and its money

# the values of FunderKind, spelt here so that --help loads no model (tests check them)
FUNDER_KINDS = (
    "state",
    "region",
    "department",
    "intercommunal",
    "town",
    "social_fund",
    "health_agency",
    "european_fund",
    "other_public",
    "private_body",
)
_THIN_NBSP = "\u202f"  # between thousands, as French typography writes them
_NBSP = "\u00a0"


def euros(amount: Decimal, lang: str) -> str:
    """An amount as printed: "12 500,00 €" in French, "€12,500.00" in English."""
    from vpi_groups.reports.wording import money  # the one writer of amounts

    return money(amount, lang)


def _amount_option(value: str, option: str, lang: str) -> Decimal:
    """An amount typed French or English style: 12500, 12 500,50, 12500.50 €."""
    from decimal import InvalidOperation

    text = value.replace("€", "").replace(_NBSP, "").replace(_THIN_NBSP, "").replace(" ", "")
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    try:
        amount = Decimal(text)
    except InvalidOperation:
        raise UsageError(message("err_amount", lang, option=option, value=value)) from None
    if not amount.is_finite() or not re.fullmatch(r"-?\d+(\.\d*)?", text):
        raise UsageError(message("err_amount", lang, option=option, value=value))
    return amount


def _money_line(key: str, lang: str, row: MoneyRow, label: str | None = None) -> str:
    return message(
        key,
        lang,
        label=row.label if label is None else label,
        requested=euros(row.requested, lang),
        granted=euros(row.granted, lang),
        paid=euros(row.paid, lang),
        remaining=euros(row.remaining, lang),
    )


def cmd_funding(args: argparse.Namespace) -> int:
    """Print a year's grants: requested, granted, paid and remaining, by funder and by action."""
    from vpi_groups import clock
    from vpi_groups.programme import funding

    lang = args.lang or language()
    year = args.year or clock.now().astimezone(clock.PROGRAMME_ZONE).year
    with _unlock(args) as vault, vault.session() as s:
        found = funding.funding_year(s, year)
        programme_wide = any(g.spec.action_id is None for g in funding.list_grants(s, year=year))
    if not found.by_funder:
        print(message("funding_none", lang, year=year))
        return EXIT_OK
    print(message("funding_title", lang, year=year))
    print(message("funding_by_funder", lang))
    for row in found.by_funder:
        print(_money_line("funding_line", lang, row))
    print(message("funding_by_action", lang))
    last = len(found.by_action) - 1
    for index, row in enumerate(found.by_action):
        whole = programme_wide and index == last
        label = message("funding_programme_wide", lang) if whole else None
        print(_money_line("funding_line", lang, row, label))
    print(_money_line("funding_total", lang, found.total))
    return EXIT_OK


def cmd_funder_add(args: argparse.Namespace) -> int:
    """Add a funder, with its programmes (FIPD, REAAP...)."""
    from vpi_groups import labels
    from vpi_groups.programme import funding

    lang = args.lang or language()
    spec = funding.FunderSpec(
        args.name,
        funding.FunderKind(args.kind),
        organisation_id=args.partner,
        programmes=tuple(args.programme or ()),
    )
    with _unlock(args) as vault, vault.session() as s:
        info = funding.create_funder(s, spec)
    programmes = ", ".join(info.spec.programmes) or message("funder_no_programme", lang)
    print(
        message(
            "funder_added",
            lang,
            id=info.id,
            name=info.spec.name,
            kind=labels.label(info.spec.kind, lang),
            programmes=programmes,
        )
    )
    return EXIT_OK


def cmd_funder_list(args: argparse.Namespace) -> int:
    """List the funders, with their kind and programmes."""
    from vpi_groups import labels
    from vpi_groups.programme import funding

    lang = args.lang or language()
    with _unlock(args) as vault, vault.session() as s:
        found = funding.list_funders(s)
    if not found:
        print(message("funder_none", lang))
    for info in found:
        print(
            message(
                "funder_line",
                lang,
                id=info.id,
                name=info.spec.name,
                kind=labels.label(info.spec.kind, lang),
                programmes=", ".join(info.spec.programmes) or message("funder_no_programme", lang),
            )
        )
    return EXIT_OK


def _funder_named(s: Session, name: str, lang: str) -> FunderInfo:
    """The funder of this name, ignoring case; a usage error when there is none."""
    from vpi_groups.programme import funding

    wanted = name.strip().casefold()
    for info in funding.list_funders(s):
        if info.spec.name.casefold() == wanted:
            return info
    raise UsageError(message("err_funder_unknown", lang, name=name))


def cmd_grant_add(args: argparse.Namespace) -> int:
    """Record a grant asked of a funder, maybe granted and paid."""
    from vpi_groups.programme import funding

    lang = args.lang or language()
    requested = _amount_option(args.requested, "--requested", lang)
    granted = None if args.granted is None else _amount_option(args.granted, "--granted", lang)
    paid = [_amount_option(v, "--paid", lang) for v in args.paid or ()]
    paid_on = [_day_option(v, "--paid-on") for v in args.paid_on or ()]
    if len(paid) != len(paid_on):
        raise UsageError(message("err_paid_pairs", lang))
    requested_on = (
        None if args.requested_on is None else _day_option(args.requested_on, "--requested-on")
    )
    granted_on = None if args.granted_on is None else _day_option(args.granted_on, "--granted-on")
    with _unlock(args) as vault, vault.session() as s:
        funder = _funder_named(s, args.funder, lang)
        programme_id = None
        if args.programme is not None:
            names = dict(zip(funder.spec.programmes, funder.programme_ids, strict=True))
            chosen = [pid for n, pid in names.items() if n.casefold() == args.programme.casefold()]
            if not chosen:
                raise UsageError(
                    message(
                        "err_programme_unknown",
                        lang,
                        name=args.programme,
                        funder=funder.spec.name,
                        programmes=", ".join(funder.spec.programmes)
                        or message("funder_no_programme", lang),
                    )
                )
            programme_id = chosen[0]
        info = funding.create_grant(
            s,
            funding.GrantSpec(
                funder_id=funder.id,
                year=args.year,
                requested=requested,
                action_id=args.action_id,
                programme_id=programme_id,
                requested_on=requested_on,
                granted=granted,
                granted_on=granted_on,
                payments=tuple(
                    funding.PaymentSpec(day, amount)
                    for day, amount in zip(paid_on, paid, strict=True)
                ),
            ),
        )
    print(
        message(
            "grant_added",
            lang,
            id=info.id,
            funder=info.funder_name,
            year=info.spec.year,
            target=info.action_title or message("funding_programme_wide", lang),
            requested=euros(info.spec.requested, lang),
            granted=(
                message("grant_undecided", lang)
                if info.spec.granted is None
                else euros(info.spec.granted, lang)
            ),
            paid=euros(info.paid, lang),
        )
    )
    return EXIT_OK


def cmd_convention_list(args: argparse.Namespace) -> int:
    """List the conventions with their signatories; then the renewals due, if any."""
    from vpi_groups import clock
    from vpi_groups.programme import partnership

    lang = args.lang or language()
    today = clock.now().astimezone(clock.PROGRAMME_ZONE).date()
    with _unlock(args) as vault, vault.session() as s:
        found = partnership.list_conventions(s)
        due = partnership.renewal_reminders(s, today)
    if not found:
        print(message("convention_none", lang))
    for info in found:
        spec = info.spec
        print(
            message(
                "convention_line",
                lang,
                id=info.id,
                title=spec.title,
                start=spec.starts_on.strftime("%d/%m/%Y"),
                end=info.effective_end.strftime("%d/%m/%Y"),
            )
        )
        if info.effective_end != spec.ends_on:
            print(message("convention_amended", lang, end=spec.ends_on.strftime("%d/%m/%Y")))
        for signatory, name in zip(spec.signatories, info.signatory_names, strict=True):
            said = []
            if signatory.signed_by:
                said.append(message("convention_signed_by", lang, who=signatory.signed_by))
            if signatory.signed_on is not None:
                day = signatory.signed_on.strftime("%d/%m/%Y")
                said.append(message("convention_signed_on", lang, day=day))
            if said:
                print(message("convention_signed", lang, name=name, details=", ".join(said)))
            else:
                print(message("convention_signatory", lang, name=name))
    for reminder in due:
        print(partnership.reminder_text(reminder, lang))
    return EXIT_OK


def cmd_export_ics(args: argparse.Namespace) -> int:
    """Export sessions as one .ics file, or one per group; the audit entry commits with them."""
    from vpi_groups import clock, validation
    from vpi_groups.calendar import ics as calendar_export

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
        busy_title=args.busy_title or message("ics_busy_title"),
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


def cmd_attendance_sheet(args: argparse.Namespace) -> int:
    """Write the attendance sheet of one session as a PDF to print (codes only)."""
    from vpi_groups import validation
    from vpi_groups.attendance import sheets

    lang = args.lang or language()
    out = Path(args.output)
    with _unlock(args) as vault, vault.session() as s:
        try:
            sheet = sheets.attendance_sheet(s, args.session_id)
        except validation.NotFoundError:
            raise UsageError(message("err_sheet_not_found", id=args.session_id)) from None
    # Qt only for this command, and once the vault is locked again.
    from vpi_groups.ui.attendance_sheet import write_attendance_sheet

    write_attendance_sheet(out, sheet, lang)
    print(message("sheet_done", path=out, participants=len(sheet.codes)))
    return EXIT_OK


def _report_day(option: str, value: str) -> dt.date:
    for parse in (dt.date.fromisoformat, lambda v: dt.datetime.strptime(v, "%d/%m/%Y").date()):
        try:
            return parse(value)
        except ValueError:
            continue
    raise UsageError(message("err_report_date", option=option, value=value))


_REPORT_PRESETS = {  # option: (pattern, what it expects)
    "--year": (re.compile(r"(\d{4})"), "expected_year"),
    "--quarter": (re.compile(r"(\d{4})-?[QT]([1-4])", re.IGNORECASE), "expected_quarter"),
    "--month": (re.compile(r"(\d{4})-(\d{1,2})"), "expected_month"),
}


def _report_spec(args: argparse.Namespace, by: str) -> PeriodSpec:
    """The period asked for: one preset, or --from and --to; refused off the calendar grid."""
    from vpi_groups import error_messages
    from vpi_groups.reports.periods import PeriodSpec, ReportError
    from vpi_groups.storage.models import PeriodKind

    kind = PeriodKind(by)
    presets = [
        (option, value)
        for option, value in (
            ("--year", args.year),
            ("--quarter", args.quarter),
            ("--month", args.month),
        )
        if value is not None
    ]
    dated = args.start is not None or args.end is not None
    if len(presets) + dated > 1:
        raise UsageError(message("err_report_two_periods"))
    if dated:
        if args.start is None or args.end is None:
            raise UsageError(message("err_report_from_to"))
        start, end = _report_day("--from", args.start), _report_day("--to", args.end)
        try:
            return PeriodSpec(start, end, kind)
        except ReportError as exc:  # a refused option: a usage error (exit code 2)
            raise UsageError(describe_error(exc)[1]) from None
    if not presets:
        raise UsageError(message("err_report_no_period"))
    option, value = presets[0]
    pattern, expected = _REPORT_PRESETS[option]
    found = pattern.fullmatch(value.strip())
    try:
        if found is None:
            raise ValueError(value)
        numbers = [int(part) for part in found.groups()]
        if option == "--year":
            return PeriodSpec.year(numbers[0], kind)
        if option == "--quarter":
            return PeriodSpec.quarter(numbers[0], numbers[1], kind)
        return PeriodSpec.month(numbers[0], numbers[1], kind)
    except ReportError as exc:  # a year out of range: the sentence, then the option to check
        said = error_messages.describe(exc, language())
        raise UsageError(f"{said} {message('err_report_check', option=option)}") from None
    except ValueError:  # not the expected shape, or no such month
        raise UsageError(
            message("err_report_preset", option=option, value=value, expected=message(expected))
        ) from None


def cmd_report(args: argparse.Namespace) -> int:
    """Write the anonymised report of a period; the audit entry commits with the file."""
    from vpi_groups import vault_settings
    from vpi_groups.reports import files as report_export
    from vpi_groups.reports import indicators as reports

    spec = _report_spec(args, args.by)
    try:
        threshold = None if args.threshold is None else reports.check_threshold(args.threshold)
    except reports.ReportError as exc:  # a refused option: a usage error (exit code 2)
        raise UsageError(describe_error(exc)[1]) from None
    fmt = report_export.Format(args.format)
    lang = args.lang or language()
    out = Path(args.out)
    breakdowns = [reports.Breakdown(b) for b in args.breakdown or ()]
    with _unlock(args) as vault, vault.session() as s:
        if args.consolidated:
            from vpi_groups.consolidation import bundles
            from vpi_groups.reports.consolidated import build_consolidated

            parts = bundles.parts(s, spec)
            report = build_consolidated(s, spec, parts, breakdowns=breakdowns, k=threshold)
        else:
            report = reports.build_report(s, spec, breakdowns=breakdowns, k=threshold)
        organisation = vault_settings.organisation(s)  # printed in the file's header
        if fmt is report_export.Format.PDF:
            from vpi_groups.ui.report_pdf import render_pdf  # Qt only for this format

            data = render_pdf(report, lang, organisation=organisation)
        else:
            data = report_export.render(report, fmt, lang, organisation=organisation)
        report_export.save(s, report, fmt, data, out)
    hidden = sum(
        cell.state is reports.CellState.SUPPRESSED
        for table in report.tables
        for cell in table.all_cells()
    )
    print(message("report_done", path=out, tables=len(report.tables), hidden=hidden, k=report.k))
    return EXIT_OK


def cmd_bilan(args: argparse.Namespace) -> int:
    """Write the yearly bilan (DOCX or PDF); its report is recorded in the ledger with the file."""
    from vpi_groups.reports import bilan as bilans
    from vpi_groups.reports import indicators as reports

    spec = _report_spec(args, "year")
    try:
        threshold = None if args.threshold is None else reports.check_threshold(args.threshold)
    except reports.ReportError as exc:  # a refused option: a usage error (exit code 2)
        raise UsageError(describe_error(exc)[1]) from None
    fmt = bilans.BilanFormat(args.format)
    lang = args.lang or language()
    out = Path(args.out)
    with _unlock(args) as vault, vault.session() as s:
        parts = None
        if args.consolidated:
            from vpi_groups.consolidation import bundles

            parts = bundles.parts(s, spec)
        bilan = bilans.build_bilan(s, spec, lang=lang, k=threshold, parts=parts)
        if fmt is bilans.BilanFormat.PDF:
            from vpi_groups.ui.bilan_pdf import render_pdf  # Qt only for this format

            data = render_pdf(bilan.document)
        else:
            data = bilans.to_docx(bilan)
        bilans.save(s, bilan, fmt, data, out)
    print(message("bilan_done", path=out, k=bilan.report.k))
    return EXIT_OK


# ---------------------------------------------------------------- consolidation


def _consolidate_months(args: argparse.Namespace) -> tuple[int, int]:
    """The months asked (a month, a quarter or a year, as for reports), as month indexes."""
    from vpi_groups.reports import aggregates as agg
    from vpi_groups.reports.periods import _month_index

    spec = _report_spec(args, "month")
    months = (_month_index(spec.start), _month_index(spec.end))
    if months[1] - months[0] >= agg.MAX_MONTHS:
        raise UsageError(message("err_consolidate_months"))
    return months


def cmd_consolidate_card(args: argparse.Namespace) -> int:
    """Write the coordinator card; the coordinator key is made the first time."""
    from vpi_groups.consolidation import bundles
    from vpi_groups.storage.atomic import write_atomic

    out = Path(args.out)
    with _unlock(args) as vault, vault.session() as s:
        keys = bundles.own_keys(s)
        if keys.programme is None:
            if not args.programme:
                raise UsageError(message("err_consolidate_programme"))
            keys = bundles.create_coordinator_key(s, args.programme)
        write_atomic(out, bundles.card(s))
    print(
        message(
            "consolidate_card_done",
            path=out,
            programme=keys.programme,
            words=keys.coordinator_words,
        )
    )
    return EXIT_OK


def cmd_consolidate_key(args: argparse.Namespace) -> int:
    """Write this facilitator vault's public key for its coordinator."""
    from vpi_groups.consolidation import bundles
    from vpi_groups.storage.atomic import write_atomic

    out = Path(args.out)
    with _unlock(args) as vault, vault.session() as s:
        data = bundles.sender_key_file(s)
        write_atomic(out, data)
        keys, name = bundles.own_keys(s), bundles.sender_name(s)
    print(message("consolidate_key_done", path=out, name=name, words=keys.signing_words))
    return EXIT_OK


def _read_input(path: str) -> bytes:
    from vpi_groups.consolidation import crypto

    try:
        with open(path, "rb") as handle:
            return handle.read(crypto.MAX_BUNDLE_BYTES + 1)  # more: refused as too large
    except OSError as exc:
        raise UsageError(
            message("secret_unreadable", what=path, detail=exc.strerror or type(exc).__name__)
        ) from None


def cmd_consolidate_pair(args: argparse.Namespace) -> int:
    """Register a coordinator card or a facilitator's key; print the words to compare."""
    from vpi_groups.consolidation import bundles

    data = _read_input(args.file)
    with _unlock(args) as vault, vault.session() as s:
        peer = bundles.pair(s, data)
    if peer.role == bundles.COORDINATOR:
        print(message("consolidate_paired_coordinator", programme=peer.programme, words=peer.words))
    else:
        print(message("consolidate_paired_sender", id=peer.id, name=peer.name, words=peer.words))
    return EXIT_OK


def _print_prepared(prepared: object, lang: str) -> None:
    from vpi_groups.consolidation import bundles

    assert isinstance(prepared, bundles.Prepared)
    figures = prepared.figures
    print(
        message(
            "consolidate_summary",
            lang,
            sender=prepared.sender,
            months=bundles.months_label(prepared.months),
            programme=prepared.programme,
            words=prepared.coordinator_words,
            **{
                k: figures[k]
                for k in ("sessions", "held", "attendances", "participants", "received")
            },
        )
    )
    for key, names in (
        ("consolidate_actions", prepared.actions),
        ("consolidate_groups", prepared.groups),
        ("consolidate_partners", prepared.partners),
    ):
        shown = ", ".join(names) or message("consolidate_none", lang)
        print(message("consolidate_named", lang, what=message(key, lang), names=shown))


def cmd_consolidate_export(args: argparse.Namespace) -> int:
    """Show what the bundle holds, then seal it for the coordinator and write it."""
    from vpi_groups.consolidation import bundles

    months = _consolidate_months(args)
    lang = args.lang or language()
    out = Path(args.out)
    with _unlock(args) as vault, vault.session() as s:
        prepared = bundles.prepare_export(s, months)
        _print_prepared(prepared, lang)
        bundles.export(s, prepared, out)
    print(message("consolidate_export_done", lang, path=out))
    return EXIT_OK


def cmd_consolidate_import(args: argparse.Namespace) -> int:
    """Receive bundles, each on its own: a refused one changes nothing (exit code 1)."""
    from vpi_groups.consolidation import bundles
    from vpi_groups.consolidation.errors import ConsolidationError

    lang = args.lang or language()
    refused = 0
    with _unlock(args) as vault:
        for name in args.files:
            data = _read_input(name)
            try:
                with vault.session() as s:
                    done = bundles.import_bundle(s, data)
            except ConsolidationError as exc:
                refused += 1
                reason = describe_error(exc, lang)[1]
                print(message("consolidate_refused", lang, file=name, reason=reason))
                continue
            print(
                message(
                    "consolidate_imported",
                    lang,
                    file=name,
                    name=done.sender,
                    months=bundles.months_label(done.months),
                )
            )
            for months in done.replaced:
                before = done.before or {}
                print(
                    message(
                        "consolidate_replaced",
                        lang,
                        months=bundles.months_label(months),
                        before=before.get("attendances", "?"),
                        after=done.figures["attendances"],
                        pbefore=before.get("participants", "?"),
                        pafter=done.figures["participants"],
                    )
                )
            for months in done.kept:
                print(message("consolidate_kept", lang, months=bundles.months_label(months)))
    return EXIT_OTHER if refused else EXIT_OK


def cmd_consolidate_status(args: argparse.Namespace) -> int:
    """What each paired organisation sent, and the months of the year with nothing."""
    from vpi_groups.consolidation import bundles

    lang = args.lang or language()
    from vpi_groups import clock

    year = args.year if args.year is not None else clock.now().astimezone(clock.PROGRAMME_ZONE).year
    months = (year * 12, year * 12 + 11)
    with _unlock(args) as vault, vault.session() as s:
        found = bundles.status(s, months)
    if not found:
        print(message("consolidate_no_sender", lang))
    for entry in found:
        if entry.peer.revoked_at is not None:
            received = message(
                "consolidate_status_revoked", lang, day=entry.peer.revoked_at.date().isoformat()
            )
        elif entry.received:
            received = ", ".join(bundles.months_label(r.months) for r in entry.received)
        else:
            received = message("consolidate_status_nothing", lang)
        print(
            message(
                "consolidate_status_line",
                lang,
                id=entry.peer.id,
                name=entry.peer.name,
                words=entry.peer.words,
                received=received,
            )
        )
        if entry.missing:
            shown = ", ".join(bundles.month_label(m) for m in entry.missing)
            print(message("consolidate_missing", lang, name=entry.peer.name, months=shown))
    return EXIT_OK


def cmd_consolidate_revoke(args: argparse.Namespace) -> int:
    """Revoke an organisation's key; what it sent is removed from the consolidation."""
    from vpi_groups.consolidation import bundles

    with _unlock(args) as vault, vault.session() as s:
        peer = bundles.revoke(s, args.sender)
    print(message("consolidate_revoked", id=peer.id, name=peer.name))
    return EXIT_OK


def _add_period_options(sub: argparse.ArgumentParser, lang: str | None) -> None:
    """One period: a preset, or --from and --to (checked by the command, in its words)."""
    sub.add_argument("--year", metavar="YYYY", help=message("opt_report_year", lang))
    sub.add_argument("--quarter", metavar="YYYY-Qn", help=message("opt_report_quarter", lang))
    sub.add_argument("--month", metavar="YYYY-MM", help=message("opt_report_month", lang))
    sub.add_argument("--from", dest="start", metavar="DATE", help=message("opt_report_from", lang))
    sub.add_argument("--to", dest="end", metavar="DATE", help=message("opt_report_to", lang))


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
        choices=ICS_PRIVACY,
        default="partner",
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
    ics.add_argument("--busy-title", metavar="TITLE", help=message("opt_ics_busy_title", lang))
    _add_secret_options(ics, lang, recovery=True)
    ics.set_defaults(handler=cmd_export_ics)

    report = commands.add_parser(
        "report", help=message("cmd_report", lang), epilog=message("report_periods", lang)
    )
    _add_period_options(report, lang)
    report.add_argument(
        "--by",
        choices=REPORT_PERIODS,
        default="month",
        help=message("opt_report_by", lang),
    )
    report.add_argument(
        "--breakdown",
        metavar="NAME",
        nargs="+",
        action="extend",
        choices=REPORT_BREAKDOWNS,
        help=message("opt_report_breakdown", lang) + f" ({', '.join(REPORT_BREAKDOWNS)})",
    )
    report.add_argument(
        "--threshold", metavar="K", type=int, help=message("opt_report_threshold", lang)
    )
    report.add_argument(
        "--format",
        required=True,
        choices=REPORT_FORMATS,
        help=message("opt_report_format", lang),
    )
    report.add_argument(
        "--out", metavar="FILE", required=True, help=message("opt_report_out", lang)
    )
    report.add_argument(
        "--consolidated", action="store_true", help=message("opt_report_consolidated", lang)
    )
    _add_secret_options(report, lang, recovery=True)
    report.set_defaults(handler=cmd_report)

    bilan = commands.add_parser(
        "bilan", help=message("cmd_bilan", lang), epilog=message("report_periods", lang)
    )
    _add_period_options(bilan, lang)
    bilan.add_argument(
        "--threshold", metavar="K", type=int, help=message("opt_report_threshold", lang)
    )
    bilan.add_argument(
        "--format",
        default="docx",
        choices=BILAN_FORMATS,
        help=message("opt_bilan_format", lang),
    )
    bilan.add_argument("--out", metavar="FILE", required=True, help=message("opt_report_out", lang))
    bilan.add_argument(
        "--consolidated", action="store_true", help=message("opt_report_consolidated", lang)
    )
    _add_secret_options(bilan, lang, recovery=True)
    bilan.set_defaults(handler=cmd_bilan)

    releases = commands.add_parser("releases", help=message("cmd_releases", lang))
    _add_secret_options(releases, lang, recovery=True)
    releases.set_defaults(handler=cmd_releases)

    sheet = commands.add_parser("attendance-sheet", help=message("cmd_attendance_sheet", lang))
    sheet.add_argument(
        "session_id", metavar="SESSION_ID", type=int, help=message("opt_sheet_session", lang)
    )
    sheet.add_argument(
        "--output", metavar="FILE.pdf", required=True, help=message("opt_sheet_output", lang)
    )
    _add_secret_options(sheet, lang, recovery=True)
    sheet.set_defaults(handler=cmd_attendance_sheet)

    settings = commands.add_parser("settings", help=message("cmd_settings", lang))
    settings.add_argument(
        "--organisation",
        metavar="NOM",
        help=message("opt_settings_organisation", lang),
    )
    settings.add_argument(
        "--organiser-email",
        metavar="ADRESSE",
        help=message("opt_settings_organiser_email", lang),
    )
    _add_secret_options(settings, lang, recovery=True)
    settings.set_defaults(handler=cmd_settings)

    invite = commands.add_parser("invite", help=message("cmd_invite", lang))
    invite.add_argument(
        "session_id", metavar="SESSION_ID", type=int, help=message("opt_session_id", lang)
    )
    invite.add_argument(
        "--to", metavar="ADRESSE", action="append", help=message("opt_invite_to", lang)
    )
    invite.add_argument(
        "--reminder",
        metavar="MINUTES",
        type=int,
        default=24 * 60,
        help=message("opt_invite_reminder", lang),
    )
    invite.add_argument("--out", metavar="FILE", help=message("opt_invite_out", lang))
    invite.add_argument("--eml", metavar="FILE", help=message("opt_invite_eml", lang))
    _add_secret_options(invite, lang, recovery=True)
    invite.set_defaults(handler=cmd_invite)

    series = commands.add_parser("invite-series", help=message("cmd_invite_series", lang))
    series.add_argument(
        "action_id", metavar="ACTION_ID", type=int, help=message("opt_invite_action", lang)
    )
    series.add_argument(
        "--to", metavar="ADRESSE", action="append", help=message("opt_invite_to", lang)
    )
    series.add_argument(
        "--reminder",
        metavar="MINUTES",
        type=int,
        default=24 * 60,
        help=message("opt_invite_reminder", lang),
    )
    series.add_argument("--out-dir", metavar="DIR", help=message("opt_invite_out_dir", lang))
    series.add_argument("--eml", metavar="FILE", help=message("opt_invite_series_eml", lang))
    _add_secret_options(series, lang, recovery=True)
    series.set_defaults(handler=cmd_invite_series)

    listing = commands.add_parser("programme", help=message("cmd_programme", lang))
    listing.add_argument(
        "--year", metavar="YYYY", type=int, help=message("opt_programme_year", lang)
    )
    _add_secret_options(listing, lang, recovery=True)
    listing.set_defaults(handler=cmd_programme)

    session = commands.add_parser("session", help=message("cmd_session", lang))
    session_commands = session.add_subparsers(
        dest="session_command",
        title=message("session_commands", lang),
        metavar="ACTION",
        required=True,
    )
    session_list = session_commands.add_parser("list", help=message("cmd_session_list", lang))
    session_list.add_argument(
        "--from", dest="start", metavar="DATE", help=message("opt_report_from", lang)
    )
    session_list.add_argument(
        "--to", dest="end", metavar="DATE", help=message("opt_report_to", lang)
    )
    session_list.add_argument(
        "--group", metavar="ID", type=int, help=message("opt_session_group", lang)
    )
    session_list.add_argument(
        "--action", metavar="ID", type=int, help=message("opt_session_action", lang)
    )
    _add_secret_options(session_list, lang, recovery=True)
    session_list.set_defaults(handler=cmd_session_list)

    session_add = session_commands.add_parser("add", help=message("cmd_session_add", lang))
    target = session_add.add_mutually_exclusive_group(required=True)
    target.add_argument("--group", metavar="ID", type=int, help=message("opt_session_group", lang))
    target.add_argument(
        "--action", metavar="ID", type=int, help=message("opt_session_action", lang)
    )
    session_add.add_argument(
        "--date", metavar="DATE", required=True, help=message("opt_session_date", lang)
    )
    session_add.add_argument(
        "--start", metavar="HH:MM", required=True, help=message("opt_session_start", lang)
    )
    session_add.add_argument(
        "--end", metavar="HH:MM", required=True, help=message("opt_session_end", lang)
    )
    session_add.add_argument(
        "--facilitator",
        metavar="ID",
        type=int,
        action="append",
        help=message("opt_session_facilitator", lang),
    )
    where = session_add.add_mutually_exclusive_group()
    where.add_argument("--room", metavar="ID", type=int, help=message("opt_session_room", lang))
    where.add_argument("--no-room", action="store_true", help=message("opt_session_no_room", lang))
    _add_secret_options(session_add, lang, recovery=True)
    session_add.set_defaults(handler=cmd_session_add)

    session_delete = session_commands.add_parser("delete", help=message("cmd_session_delete", lang))
    session_delete.add_argument(
        "session_id", metavar="SESSION_ID", type=int, help=message("opt_session_id", lang)
    )
    _add_secret_options(session_delete, lang, recovery=True)
    session_delete.set_defaults(handler=cmd_session_delete)

    session_people = session_commands.add_parser(
        "professionals", help=message("cmd_session_professionals", lang)
    )
    session_people.add_argument(
        "session_id", metavar="SESSION_ID", type=int, help=message("opt_session_id", lang)
    )
    session_people.add_argument(
        "--set",
        metavar="ORG_ID:N[:NAMES]",
        action="append",
        help=message("opt_professionals_set", lang),
    )
    session_people.add_argument(
        "--other",
        metavar="SECTOR:N[:NAMES]",
        action="append",
        help=message("opt_professionals_other", lang),
    )
    session_people.add_argument(
        "--clear", action="store_true", help=message("opt_professionals_clear", lang)
    )
    _add_secret_options(session_people, lang, recovery=True)
    session_people.set_defaults(handler=cmd_session_professionals)

    tally = commands.add_parser("tally", help=message("cmd_tally", lang))
    tally_commands = tally.add_subparsers(
        dest="tally_command", title=message("tally_commands", lang), metavar="ACTION", required=True
    )
    tally_add = tally_commands.add_parser("add", help=message("cmd_tally_add", lang))
    tally_list = tally_commands.add_parser("list", help=message("cmd_tally_list", lang))
    tally_delete = tally_commands.add_parser("delete", help=message("cmd_tally_delete", lang))
    for command in (tally_add, tally_delete):
        command.add_argument(
            "--month", metavar="YYYY-MM", required=True, help=message("opt_tally_month", lang)
        )
        command.add_argument(
            "--partner",
            metavar="ORG_ID",
            type=int,
            required=True,
            help=message("opt_tally_partner", lang),
        )
    tally_add.add_argument(
        "--received", metavar="GENDER:N", action="append", help=message("opt_tally_received", lang)
    )
    tally_add.add_argument(
        "--informed", metavar="GENDER:N", action="append", help=message("opt_tally_informed", lang)
    )
    tally_list.add_argument(
        "--year", metavar="YYYY", type=int, help=message("opt_tally_year", lang)
    )
    meeting = commands.add_parser("meeting", help=message("cmd_meeting", lang))
    meeting_commands = meeting.add_subparsers(
        dest="meeting_command",
        title=message("meeting_commands", lang),
        metavar="ACTION",
        required=True,
    )
    meeting_add = meeting_commands.add_parser("add", help=message("cmd_meeting_add", lang))
    meeting_add.add_argument(
        "--group", metavar="ID", type=int, required=True, help=message("opt_meeting_group", lang)
    )
    meeting_add.add_argument(
        "--date", metavar="DATE", required=True, help=message("opt_session_date", lang)
    )
    meeting_add.add_argument(
        "--start", metavar="HH:MM", required=True, help=message("opt_session_start", lang)
    )
    meeting_add.add_argument(
        "--end", metavar="HH:MM", required=True, help=message("opt_session_end", lang)
    )
    meeting_add.add_argument(
        "--room", metavar="ID", type=int, help=message("opt_session_room", lang)
    )
    meeting_add.add_argument(
        "--every-weeks",
        metavar="N",
        type=int,
        default=1,
        help=message("opt_meeting_every_weeks", lang),
    )
    meeting_add.add_argument(
        "--count", metavar="K", type=int, default=1, help=message("opt_meeting_count", lang)
    )
    meeting_present = meeting_commands.add_parser(
        "present", help=message("cmd_meeting_present", lang)
    )
    meeting_minutes = meeting_commands.add_parser(
        "minutes", help=message("cmd_meeting_minutes", lang)
    )
    for command in (meeting_present, meeting_minutes):
        command.add_argument(
            "session_id", metavar="SESSION_ID", type=int, help=message("opt_session_id", lang)
        )
    meeting_present.add_argument(
        "--member",
        metavar="ID",
        type=int,
        action="append",
        help=message("opt_meeting_member", lang),
    )
    meeting_present.add_argument(
        "--clear", action="store_true", help=message("opt_meeting_clear", lang)
    )
    meeting_minutes.add_argument(
        "--from-file", dest="file", metavar="FILE", help=message("opt_meeting_file", lang)
    )
    meeting_minutes.add_argument(
        "--eml", metavar="FILE", help=message("opt_meeting_minutes_eml", lang)
    )

    decision = commands.add_parser("decision", help=message("cmd_decision", lang))
    decision_commands = decision.add_subparsers(
        dest="decision_command",
        title=message("decision_commands", lang),
        metavar="ACTION",
        required=True,
    )
    decision_add = decision_commands.add_parser("add", help=message("cmd_decision_add", lang))
    decision_list = decision_commands.add_parser("list", help=message("cmd_decision_list", lang))
    for command in (decision_add, decision_list):
        command.add_argument(
            "--group",
            metavar="ID",
            type=int,
            required=True,
            help=message("opt_meeting_group", lang),
        )
    decision_add.add_argument("--text", required=True, help=message("opt_decision_text", lang))
    decision_add.add_argument(
        "--meeting", metavar="SESSION_ID", type=int, help=message("opt_decision_meeting", lang)
    )

    task = commands.add_parser("task", help=message("cmd_task", lang))
    task_commands = task.add_subparsers(
        dest="task_command", title=message("task_commands", lang), metavar="ACTION", required=True
    )
    task_add = task_commands.add_parser("add", help=message("cmd_task_add", lang))
    task_add.add_argument(
        "--group", metavar="ID", type=int, required=True, help=message("opt_meeting_group", lang)
    )
    task_add.add_argument("--what", required=True, help=message("opt_task_what", lang))
    task_add.add_argument("--who", metavar="ID", type=int, help=message("opt_task_who", lang))
    task_add.add_argument("--due", metavar="DATE", help=message("opt_task_due", lang))
    task_add.add_argument(
        "--meeting", metavar="SESSION_ID", type=int, help=message("opt_decision_meeting", lang)
    )
    task_list = task_commands.add_parser("list", help=message("cmd_task_list", lang))
    task_list.add_argument(
        "--group", metavar="ID", type=int, help=message("opt_meeting_group", lang)
    )
    task_list.add_argument("--who", metavar="ID", type=int, help=message("opt_task_who", lang))
    task_list.add_argument("--all", action="store_true", help=message("opt_task_all", lang))
    task_done = task_commands.add_parser("done", help=message("cmd_task_done", lang))
    task_done.add_argument(
        "task_id", metavar="TASK_ID", type=int, help=message("opt_task_id", lang)
    )
    task_done.add_argument("--undo", action="store_true", help=message("opt_task_undo", lang))

    funding_command = commands.add_parser("funding", help=message("cmd_funding", lang))
    funding_command.add_argument(
        "--year", metavar="YYYY", type=int, help=message("opt_funding_year", lang)
    )

    funder = commands.add_parser("funder", help=message("cmd_funder", lang))
    funder_commands = funder.add_subparsers(
        dest="funder_command",
        title=message("funder_commands", lang),
        metavar="ACTION",
        required=True,
    )
    funder_add = funder_commands.add_parser("add", help=message("cmd_funder_add", lang))
    funder_add.add_argument("name", metavar="NAME", help=message("opt_funder_name", lang))
    funder_add.add_argument(
        "--kind", choices=FUNDER_KINDS, required=True, help=message("opt_funder_kind", lang)
    )
    funder_add.add_argument(
        "--programme", metavar="NAME", action="append", help=message("opt_funder_programme", lang)
    )
    funder_add.add_argument(
        "--partner", metavar="ORG_ID", type=int, help=message("opt_funder_partner", lang)
    )
    funder_list = funder_commands.add_parser("list", help=message("cmd_funder_list", lang))

    grant = commands.add_parser("grant", help=message("cmd_grant", lang))
    grant_commands = grant.add_subparsers(
        dest="grant_command", title=message("grant_commands", lang), metavar="ACTION", required=True
    )
    grant_add = grant_commands.add_parser("add", help=message("cmd_grant_add", lang))
    grant_add.add_argument(
        "--funder", metavar="NAME", required=True, help=message("opt_grant_funder", lang)
    )
    grant_add.add_argument(
        "--year", metavar="YYYY", type=int, required=True, help=message("opt_grant_year", lang)
    )
    grant_add.add_argument(
        "--requested", metavar="AMOUNT", required=True, help=message("opt_grant_requested", lang)
    )
    grant_add.add_argument(
        "--action-id", metavar="N", type=int, help=message("opt_grant_action", lang)
    )
    grant_add.add_argument("--programme", metavar="NAME", help=message("opt_grant_programme", lang))
    grant_add.add_argument(
        "--requested-on", metavar="DATE", help=message("opt_grant_requested_on", lang)
    )
    grant_add.add_argument("--granted", metavar="AMOUNT", help=message("opt_grant_granted", lang))
    grant_add.add_argument(
        "--granted-on", metavar="DATE", help=message("opt_grant_granted_on", lang)
    )
    grant_add.add_argument(
        "--paid", metavar="AMOUNT", action="append", help=message("opt_grant_paid", lang)
    )
    grant_add.add_argument(
        "--paid-on", metavar="DATE", action="append", help=message("opt_grant_paid_on", lang)
    )

    convention = commands.add_parser("convention", help=message("cmd_convention", lang))
    convention_commands = convention.add_subparsers(
        dest="convention_command",
        title=message("convention_commands", lang),
        metavar="ACTION",
        required=True,
    )
    convention_list = convention_commands.add_parser(
        "list", help=message("cmd_convention_list", lang)
    )

    consolidate = commands.add_parser("consolidate", help=message("cmd_consolidate", lang))
    consolidate_commands = consolidate.add_subparsers(
        dest="consolidate_command",
        title=message("consolidate_commands", lang),
        metavar="STEP",
        required=True,
    )
    consolidate_card = consolidate_commands.add_parser(
        "card", help=message("cmd_consolidate_card", lang)
    )
    consolidate_card.add_argument(
        "--programme", metavar="NAME", help=message("opt_consolidate_programme", lang)
    )
    consolidate_key = consolidate_commands.add_parser(
        "key", help=message("cmd_consolidate_key", lang)
    )
    for command in (consolidate_card, consolidate_key):
        command.add_argument(
            "--out", metavar="FILE", required=True, help=message("opt_report_out", lang)
        )
    consolidate_pair = consolidate_commands.add_parser(
        "pair", help=message("cmd_consolidate_pair", lang)
    )
    consolidate_pair.add_argument(
        "file", metavar="FILE", help=message("opt_consolidate_file", lang)
    )
    consolidate_export = consolidate_commands.add_parser(
        "export", help=message("cmd_consolidate_export", lang)
    )
    _add_period_options(consolidate_export, lang)
    consolidate_export.add_argument(
        "--out", metavar="FILE", required=True, help=message("opt_report_out", lang)
    )
    consolidate_import = consolidate_commands.add_parser(
        "import", help=message("cmd_consolidate_import", lang)
    )
    consolidate_import.add_argument(
        "files", metavar="FILE", nargs="+", help=message("opt_consolidate_file", lang)
    )
    consolidate_status = consolidate_commands.add_parser(
        "status", help=message("cmd_consolidate_status", lang)
    )
    consolidate_status.add_argument(
        "--year", metavar="YYYY", type=int, help=message("opt_consolidate_year", lang)
    )
    consolidate_revoke = consolidate_commands.add_parser(
        "revoke", help=message("cmd_consolidate_revoke", lang)
    )
    consolidate_revoke.add_argument(
        "sender", metavar="N", type=int, help=message("opt_consolidate_sender", lang)
    )

    for command, handler in (
        (consolidate_card, cmd_consolidate_card),
        (consolidate_key, cmd_consolidate_key),
        (consolidate_pair, cmd_consolidate_pair),
        (consolidate_export, cmd_consolidate_export),
        (consolidate_import, cmd_consolidate_import),
        (consolidate_status, cmd_consolidate_status),
        (consolidate_revoke, cmd_consolidate_revoke),
        (funding_command, cmd_funding),
        (funder_add, cmd_funder_add),
        (funder_list, cmd_funder_list),
        (grant_add, cmd_grant_add),
        (convention_list, cmd_convention_list),
        (tally_add, cmd_tally_add),
        (tally_list, cmd_tally_list),
        (tally_delete, cmd_tally_delete),
        (meeting_add, cmd_meeting_add),
        (meeting_present, cmd_meeting_present),
        (meeting_minutes, cmd_meeting_minutes),
        (decision_add, cmd_decision_add),
        (decision_list, cmd_decision_list),
        (task_add, cmd_task_add),
        (task_list, cmd_task_list),
        (task_done, cmd_task_done),
    ):
        _add_secret_options(command, lang, recovery=True)
        command.set_defaults(handler=handler)
    return parser


def describe_error(error: BaseException, lang: str | None = None) -> tuple[int, str]:
    """Return the exit code and the sentence for any error (the window says the same)."""
    from vpi_groups import error_messages

    code = error.exit_code if isinstance(error, AppError) else EXIT_OTHER
    return code, error_messages.describe(error, lang or language(), "cli")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code.

    The ``vpi-groups`` command starts in :func:`vpi_groups.launch.main`, which opens the
    window itself when given the window's options alone, without this module.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return _run_gui(args)
    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except KeyboardInterrupt:
        print(f"vpi-groups: {message('interrupted')}", file=sys.stderr)
        return EXIT_OTHER
    except Exception as exc:
        if not isinstance(exc, AppError | OSError) and os.environ.get("VPI_GROUPS_DEBUG"):
            raise
        code, text = describe_error(exc)
        print(f"vpi-groups: {text}", file=sys.stderr)
        return code


def _run_gui(args: argparse.Namespace) -> int:
    """Start the Qt application; imported lazily so headless commands never load Qt."""
    from vpi_groups.ui.app import run

    return run(demo=args.demo, vault_dir=args.vault, lang=args.lang)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
