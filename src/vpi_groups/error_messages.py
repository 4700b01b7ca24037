"""What to tell people about an error, in French or English: one table for every surface.

The window (``ui/errors.py``) and the command line (``cli.describe_error``) both call
:func:`describe`, so an error reads the same on both. Each error's sentence is found by
a key made of its family and its stable ``code`` (``"vault.in-use"``, ``"field.in-use"``),
then a sub-key where one code needs several sentences (the missing field of
``"field.required/reason"``, the session state of ``"field.session-state/held"``, the
kind of secret of ``"vault.wrong-secret/passphrase"``...). A surface may add a hint after
that core sentence, where only it can say what to do: the command line's ``--force`` or
``--accept-older-database``, the window's "Settings" button.

Sentences hold ``{named}`` fields filled from the error: paths, limits, codes; never record
data, never a secret. A test checks that every error of the package has both languages.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Literal

from vpi_groups import validation
from vpi_groups.attendance import codes as participant_codes
from vpi_groups.attendance.registers import AttendanceError
from vpi_groups.calendar.invitations import InvitationError
from vpi_groups.consolidation.errors import ConsolidationError
from vpi_groups.errors import AppError
from vpi_groups.reports import periods
from vpi_groups.storage import errors as vault_errors
from vpi_groups.vault_settings import K_RANGE, SettingOutOfRangeError

Surface = Literal["window", "cli"]

#: Error families: the base class and the prefix of its codes in the table. Codes are
#: only unique inside a family ("in-use" is a vault in use and an action in use).
FAMILIES: tuple[tuple[type[AppError], str], ...] = (
    (vault_errors.VaultError, "vault"),
    (validation.ValidationError, "field"),
    (AttendanceError, "attendance"),
    (periods.ReportError, "report"),
    (ConsolidationError, "consolidation"),
    (SettingOutOfRangeError, "setting"),
)

#: The sentence of a family's codes that have none of their own.
FAMILY_FALLBACK = {"vault": "vault.vault-error", "field": "field.invalid"}
REFUSED = "error"  # an AppError whose code has no sentence: refused, nothing changed
OS_ERROR = "os-error"
UNEXPECTED = "unexpected"
GENERIC_KEYS = frozenset({*FAMILY_FALLBACK.values(), REFUSED, UNEXPECTED})

_RESTORE_IN_WINDOW = (
    "Le bouton « Restaurer une sauvegarde… » est dans Paramètres.",
    'The "Restore a backup…" button is in Settings.',
)

#: (French, English) for each key. French is the primary language.
SENTENCES: Mapping[str, tuple[str, str]] = {
    "cancelled": (
        "Le calcul a été interrompu ; rien n'a été écrit.",
        "The work was stopped; nothing was written.",
    ),
    # ---------------------------------------------------------------- the vault
    "vault.vault-error": (
        "Le coffre a refusé cette opération. Rien n'a été changé.",
        "The vault refused this operation. Nothing was changed.",
    ),
    "vault.not-a-vault": ("Aucun coffre dans {path}.", "There is no vault in {path}."),
    "vault.vault-exists": (
        "{path} n'est pas vide : choisissez un dossier nouveau ou vide.",
        "{path} is not empty: choose a new or empty folder.",
    ),
    "vault.wrong-secret": (
        "La phrase de passe ou la clé de secours est incorrecte.",
        "The passphrase or the recovery key is wrong.",
    ),
    "vault.wrong-secret/passphrase": ("Phrase de passe incorrecte.", "Wrong passphrase."),
    "vault.wrong-secret/recovery key": (
        "Clé de secours incorrecte. Vérifiez chaque groupe de caractères.",
        "Wrong recovery key. Check each group of characters.",
    ),
    "vault.in-use": (
        "Le coffre {path} est déjà ouvert dans une autre fenêtre ou commande VPI Groups. "
        "Fermez-la, puis réessayez.",
        "The vault {path} is already open in another VPI Groups window or command. "
        "Close it, then try again.",
    ),
    "vault.damaged": (
        "Le fichier {file} est endommagé ou a été modifié. Rien n'a été changé. "
        "Restaurez votre dernière sauvegarde.",
        "The file {file} is damaged or was altered. Nothing was changed. "
        "Restore your latest backup.",
    ),
    "vault.mismatch": (
        "Le fichier de clés et la base de ce dossier ne vont pas ensemble ({file}) : l'un "
        "vient d'un autre coffre, ou le début de vault.db est endommagé. Rien n'a été "
        "changé. Remettez le bon fichier vault.key, ou restaurez votre dernière sauvegarde.",
        "The key file and the database in this folder do not belong together ({file}): "
        "one comes from another vault, or the start of vault.db is damaged. Nothing was "
        "changed. Put back the right vault.key, or restore your latest backup.",
    ),
    "vault.rolled-back": (
        "La base {path} est plus ancienne que son fichier de clés : une ancienne copie a "
        "été remise à sa place. Des personnes effacées depuis peuvent y être revenues. "
        "Rien n'a été changé.",
        "The database {path} is older than its key file: an older copy was put back. "
        "People erased since may have come back. Nothing was changed.",
    ),
    "vault.target-exists": (
        "{path} existe déjà : choisissez un autre nom.",
        "{path} already exists: choose another name.",
    ),
    "vault.target-in-vault": (
        "{path} est dans le dossier du coffre : une sauvegarde doit aller ailleurs (un "
        "autre disque, une clé USB).",
        "{path} is inside the vault folder: a backup must go elsewhere (another disk, a "
        "USB stick).",
    ),
    "vault.too-new": (
        "Ce coffre a été écrit par une version plus récente de VPI Groups. Installez la "
        "dernière version pour l'ouvrir.",
        "This vault was written by a newer version of VPI Groups. Install the latest "
        "version to open it.",
    ),
    "vault.disk-full": (
        "Le disque est plein : impossible d'écrire {file}. Ce qui était déjà enregistré "
        "est intact. Libérez de la place, puis réessayez.",
        "The disk is full: cannot write {file}. Everything saved before is intact. "
        "Free some space, then try again.",
    ),
    "vault.write-failed": (
        "Impossible d'écrire {file} ({detail}). Ce qui était déjà enregistré est intact.",
        "Cannot write {file} ({detail}). Everything saved before is intact.",
    ),
    "vault.locked": ("Le coffre est verrouillé.", "The vault is locked."),
    # ---------------------------------------------------------------- refused fields
    "field.invalid": ("Cette valeur n'est pas valide.", "This value is not valid."),
    "field.required": ("Ce champ est obligatoire.", "This field is required."),
    "field.required/reason": (
        "Indiquez pourquoi la séance est annulée.",
        "Say why the session is cancelled.",
    ),
    "field.required/programme": (
        "Donnez le nom du programme : il est écrit sur la carte du coordinateur.",
        "Give the programme's name: it is written on the coordinator card.",
    ),
    "field.required/organisation": (
        "Le nom de l'organisation est obligatoire : il ne peut pas être vide.",
        "The organisation's name is required: it cannot be blank.",
    ),
    "field.required/amount": (
        "Saisissez un montant ou décrivez la participation en nature.",
        "Enter an amount or describe the contribution in kind.",
    ),
    "field.required/review_reason": (
        "Indiquez pourquoi l'action n'est pas reconduite.",
        "Say why the action is not renewed.",
    ),
    "field.required/public_kind": (
        "Choisissez le type d'action grand public.",
        "Choose the kind of public action.",
    ),
    "field.required/title": (
        "Le titre est obligatoire : il ne peut pas être vide.",
        "The title is required: it cannot be blank.",
    ),
    "field.required/name": (
        "Le nom est obligatoire : il ne peut pas être vide.",
        "The name is required: it cannot be blank.",
    ),
    "field.required/label": (
        "Le libellé de la ligne de budget est obligatoire.",
        "The budget line's label is required.",
    ),
    "field.required/commitment": (
        "Décrivez chaque engagement : ce que la structure met à disposition ou verse.",
        "Describe each commitment: what the organisation makes available or pays.",
    ),
    "field.required/amendment_text": (
        "Dites ce que change l'avenant : son texte est obligatoire.",
        "Say what the amendment changes: its text is required.",
    ),
    "field.required/amendment_signed_on": (
        "Indiquez la date de signature de l'avenant.",
        "Give the date the amendment was signed.",
    ),
    "field.required/starts_on": (
        "Indiquez la date de début.",
        "Give the start date.",
    ),
    "field.required/ends_on": (
        "Indiquez la date de fin.",
        "Give the end date.",
    ),
    "field.required/programmes": (
        "Un dispositif de financement (FIPD, REAAP…) ne peut pas avoir un nom vide.",
        "A funding programme (FIPD, REAAP…) cannot have a blank name.",
    ),
    "field.required/requested": (
        "Saisissez le montant demandé, en euros.",
        "Enter the amount requested, in euros.",
    ),
    "field.required/planned": (
        "Saisissez le montant prévu, en euros.",
        "Enter the amount planned, in euros.",
    ),
    "field.required/paid_on": (
        "Indiquez la date de chaque versement.",
        "Give the date of each payment.",
    ),
    "field.required/end_date": (
        "Indiquez une date de fin ou un nombre de séances.",
        "Give an end date or a number of sessions.",
    ),
    "field.required/session_target": (
        "Choisissez soit un groupe de parole, soit une action d'un autre type.",
        "Choose either a talk group or an action of another kind.",
    ),
    "field.too-long": (
        "Trop long : {maximum} caractères au plus.",
        "Too long: at most {maximum} characters.",
    ),
    "field.out-of-range": (
        "Doit être compris entre {minimum} et {maximum}.",
        "Must be between {minimum} and {maximum}.",
    ),
    "field.out-of-range/at-most": ("Doit valoir au plus {maximum}.", "Must be at most {maximum}."),
    "field.out-of-range/at-least": (
        "Doit valoir au moins {minimum}.",
        "Must be at least {minimum}.",
    ),
    "field.invalid-value": ("Cette valeur n'est pas valide.", "This value is not valid."),
    "field.invalid-value/not-a-number": (
        "Saisissez un montant en euros, par exemple 1 500,00.",
        "Enter an amount in euros, for example 1 500,00.",
    ),
    "field.invalid-value/range": (
        "Le montant doit être compris entre 0 et 100 000 000 €.",
        "The amount must be between 0 and 100 000 000 €.",
    ),
    "field.invalid-value/fraction-of-cent": (
        "Les montants sont tenus au centime : deux décimales au plus.",
        "Amounts are kept to the cent: at most two decimals.",
    ),
    "field.invalid-value/talk-group-session": (
        "Les personnes d'un groupe de parole sont notées sur la feuille de présence, "
        "jamais par leur nom : les professionnel·les présent·es se notent aux séances de "
        "formation, d'action grand public ou de plénière.",
        "People of a talk group are recorded on the register, never by name: professionals "
        "present are recorded at sessions of a training, a public action or the plenary.",
    ),
    "field.invalid-value/more-names-than-present": (
        "Il y a plus de noms que de personnes présentes : augmentez le nombre ou retirez un nom.",
        "There are more names than people present: raise the number or remove a name.",
    ),
    "field.invalid-value/same-name-twice": (
        "Le même nom figure deux fois pour cette structure.",
        "The same name is listed twice for this organisation.",
    ),
    "field.invalid-value/lead-not-member": (
        "La personne qui anime le groupe de travail doit en être membre : ajoutez-la aux membres.",
        "The working group's lead must be one of its members: add them to the members.",
    ),
    "field.invalid-value/changes-unsaid": (
        "Dites ce qui change l'an prochain : une reconduction avec changements l'exige.",
        "Say what changes next year: a renewal with changes needs it.",
    ),
    "field.invalid-value/not-a-working-group": (
        "Cette action n'est pas un groupe de travail : choisissez un groupe de travail "
        "(la commande programme les liste).",
        "This action is not a working group: choose a working group (the programme command "
        "lists them).",
    ),
    "field.invalid-value/not-a-meeting": (
        "Cette séance n'est pas une réunion d'un groupe de travail.",
        "This session is not a working group's meeting.",
    ),
    "field.invalid-value/not-a-member": (
        "Seul·es les membres du groupe de travail peuvent être noté·es présent·es : "
        "ajoutez la personne aux membres d'abord.",
        "Only the working group's members can be recorded present: add the person to the "
        "members first.",
    ),
    "field.invalid-value/other-group": (
        "Cette réunion est celle d'un autre groupe de travail.",
        "This meeting belongs to another working group.",
    ),
    "field.invalid-value/no-minutes": (
        "Cette réunion n'a pas encore de compte rendu enregistré : écrivez-le et "
        "enregistrez la séance, puis envoyez-le.",
        "This meeting has no saved minutes yet: write them and save the session, then send them.",
    ),
    "field.invalid-value/no-organiser": (
        "Indiquez d'abord l'adresse de l'organisateur·rice dans Paramètres › Votre "
        "organisation : le compte rendu part de cette adresse.",
        "First enter the organiser's address in Settings › Your organisation: the "
        "minutes are sent from it.",
    ),
    "field.invalid-value/no-recipient": (
        "Aucun·e membre de ce groupe de travail n'a d'adresse électronique : ajoutez-en "
        "dans l'annuaire, puis envoyez le compte rendu.",
        "No member of this working group has an e-mail address: add some in the "
        "directory, then send the minutes.",
    ),
    "field.invalid-value/future-month": (
        "Ce mois n'est pas encore commencé : un comptage se saisit pour un mois en cours ou passé.",
        "This month has not begun yet: a tally is recorded for the current or a past month.",
    ),
    "field.invalid-value/not-a-month": (
        "Choisissez un mois, par exemple 2026-03.",
        "Choose a month, for example 2026-03.",
    ),
    "field.invalid-value/duplicate-organisation": (
        "Cette structure (ou ce secteur, hors annuaire) figure sur deux lignes : "
        "regroupez-les en une seule.",
        "This organisation (or this sector, outside the directory) is on two lines: "
        "merge them into one.",
    ),
    "field.invalid-value/not-a-date": (
        "Saisissez une date, par exemple 2026-12-31.",
        "Enter a date, for example 2026-12-31.",
    ),
    "field.invalid-value/other-year": (
        "L'action choisie est d'une autre année : choisissez une action de la même année, "
        "ou le programme dans son ensemble.",
        "The action chosen is of another year: choose an action of the same year, or the "
        "programme as a whole.",
    ),
    "field.invalid-value/other-funder": (
        "Ce dispositif de financement est celui d'un autre financeur.",
        "This funding programme belongs to another funder.",
    ),
    "field.invalid-value/duplicate-programme": (
        "Ce financeur a deux dispositifs du même nom : gardez-en un seul.",
        "This funder has two programmes of the same name: keep only one.",
    ),
    "field.invalid-value/duplicate-signatory": (
        "Cette structure figure deux fois parmi les signataires : gardez-la une seule fois.",
        "This organisation is listed twice among the signatories: keep it once.",
    ),
    "field.invalid-value/not-a-signatory": (
        "Un engagement se rapporte à une structure signataire : ajoutez-la d'abord aux "
        "signataires de la convention.",
        "A commitment belongs to a signatory: first add the organisation to the "
        "convention's signatories.",
    ),
    "field.invalid-value/zero-payment": (
        "Un versement doit être supérieur à 0 €.",
        "A payment must be more than 0 €.",
    ),
    "field.invalid-value/paid-over-granted": (
        "Les versements dépassent le montant accordé : vérifiez les montants versés et "
        "le montant accordé.",
        "The payments exceed the amount granted: check the amounts paid and the amount granted.",
    ),
    "field.invalid-value/body-without-axis": (
        "Une instance de gouvernance (CISPD, comité de pilotage) ne travaille pas sur un "
        "axe : laissez l'axe vide.",
        "A governance body (CISPD, steering committee) works on no axis: leave the axis empty.",
    ),
    "field.invalid-value/email": (
        "Saisissez une seule adresse électronique, sans espace ni accent, par exemple "
        "prenom.nom@exemple.fr.",
        "Enter one e-mail address, without spaces or accents, for example first.last@example.org.",
    ),
    "invitation/talk-group": (
        "Les séances des groupes de parole ne font jamais l'objet d'invitations : "
        "seules les réunions de professionnel·les (formation, action grand public, "
        "journée plénière) en reçoivent.",
        "Talk-group sessions never get invitations: only meetings of professionals "
        "(training, public action, plenary day) do.",
    ),
    "invitation/no-organiser": (
        "Indiquez d'abord l'adresse de l'organisateur·rice des invitations dans "
        "Paramètres › Votre organisation : les réponses y seront envoyées.",
        "First enter the organiser's address for invitations in Settings › Your "
        "organisation: the replies go there.",
    ),
    "invitation/no-session": (
        "Cette action n'a aucune séance à venir : planifiez d'abord ses réunions ou ses dates.",
        "This action has no session to come: plan its meetings or dates first.",
    ),
    "invitation/no-attendee": (
        "Cochez au moins une personne à inviter. Seules les personnes de l'annuaire "
        "ayant une adresse électronique sont proposées.",
        "Tick at least one person to invite. Only people of the directory with an e-mail "
        "address are offered.",
    ),
    "invitation/not-in-directory": (
        "Cette adresse n'est pas dans l'annuaire : ajoutez-la d'abord à la fiche d'un·e "
        "animateur·rice ou d'une structure partenaire.",
        "This address is not in the directory: first add it to a facilitator's or a "
        "partner's record.",
    ),
    "field.invalid-choice": (
        "Choisissez une valeur dans la liste.",
        "Choose a value from the list.",
    ),
    "field.not-applicable": (
        "Ce champ ne s'applique pas ici.",
        "This field does not apply here.",
    ),
    "field.not-applicable/body": (
        "Seul un groupe de travail peut être une instance de gouvernance (CISPD, comité "
        "de pilotage).",
        "Only a working group can be a governance body (CISPD, steering committee).",
    ),
    "field.not-applicable/granted_on": (
        "Une date d'attribution suppose un montant accordé : saisissez le montant accordé "
        "ou effacez la date.",
        "A date of grant needs an amount granted: enter the amount granted or clear the date.",
    ),
    "field.not-applicable/payments": (
        "Un versement suppose une subvention accordée : saisissez d'abord le montant accordé.",
        "A payment needs a grant: first enter the amount granted.",
    ),
    "field.not-applicable/in_kind_value": (
        "Une valeur estimée se rapporte à une participation en nature : décrivez d'abord "
        "ce qui est apporté en nature.",
        "An estimated value belongs to a contribution in kind: first describe what is "
        "given in kind.",
    ),
    "field.end-before-start": ("La fin précède le début.", "The end comes before the start."),
    "field.end-before-start/new_end": (
        "La nouvelle fin fixée par l'avenant précède le début de la convention.",
        "The new end set by the amendment comes before the convention's start.",
    ),
    "field.end-before-start/granted_on": (
        "La date d'attribution précède la date de la demande.",
        "The date of grant comes before the date of the request.",
    ),
    "field.capacity-min-above-max": (
        "Le minimum dépasse le maximum.",
        "The minimum is above the maximum.",
    ),
    "field.not-found": ("Cette fiche n'existe plus.", "This record no longer exists."),
    "field.inactive": (
        "Un·e animateur·rice qui n'est plus actif·ve ne peut pas être ajouté·e.",
        "A facilitator who is no longer active cannot be newly assigned.",
    ),
    "field.duplicate": ("Ce nom est déjà utilisé.", "This name is already used."),
    "field.too-few-facilitators": (
        "Choisissez au moins {minimum} animateur·rices.",
        "Choose at least {minimum} facilitators.",
    ),
    "field.wrong-action-kind": (
        "Un groupe de parole appartient à une action de l'axe groupes de parole.",
        "Talk groups belong to an action of the talk-group axis.",
    ),
    "field.wrong-action-kind/talk_group": (  # a one-off session given to a talk-group action
        "Les séances de l'axe groupes de parole appartiennent à un groupe : ajoutez-les au groupe.",
        "Sessions of the talk-group axis belong to a group: add them to the group.",
    ),
    "field.in-use": (
        "L'axe ne peut pas changer : des groupes ou des séances dépendent de cette action.",
        "The axis cannot change: groups or sessions belong to this action.",
    ),
    "field.in-use/id/talk_group": (
        "Des groupes de parole appartiennent encore à cette action : supprimez-les d'abord.",
        "Talk groups still belong to this action: delete them first.",
    ),
    "field.in-use/id/session": (
        "Des séances appartiennent encore à cette action : supprimez-les d'abord.",
        "Sessions still belong to this action: delete them first.",
    ),
    "field.in-use/id/renewal": (
        "Cette action est elle-même reconduite l'année suivante : annulez d'abord cette "
        "reconduction.",
        "This action is itself renewed the following year: cancel that renewal first.",
    ),
    "field.in-use/id/grant": (
        "Des subventions y sont rattachées : supprimez-les ou rattachez-les ailleurs d'abord.",
        "Grants are attached to it: delete them or attach them elsewhere first.",
    ),
    "field.in-use/id/budget_line": (
        "Des lignes de budget sont rattachées à cette action : supprimez-les ou "
        "rattachez-les au programme dans son ensemble d'abord.",
        "Budget lines are attached to this action: delete them or attach them to the "
        "programme as a whole first.",
    ),
    "field.in-use/id/contribution": (
        "Des participations de partenaires sont rattachées à cette action : "
        "rattachez-les au programme dans son ensemble d'abord.",
        "Partners' contributions are attached to this action: attach them to the "
        "programme as a whole first.",
    ),
    "field.in-use/year/grant": (
        "Des subventions de cette année sont rattachées à cette action : son année ne "
        "peut pas changer.",
        "Grants of this year are attached to this action: its year cannot change.",
    ),
    "field.in-use/year/budget_line": (
        "Des lignes de budget de cette année sont rattachées à cette action : son année ne "
        "peut pas changer.",
        "Budget lines of this year are attached to this action: its year cannot change.",
    ),
    "field.in-use/year/contribution": (
        "Des participations de partenaires de cette année sont rattachées à cette action : "
        "son année ne peut pas changer.",
        "Partners' contributions of this year are attached to this action: its year cannot change.",
    ),
    "field.in-use/year/orientation": (
        "Cette action met en œuvre une orientation de la journée plénière de l'année "
        "précédente : retirez-la de cette orientation avant de changer son année.",
        "This action carries out an orientation of the previous year's plenary day: "
        "remove it from that orientation before changing its year.",
    ),
    "field.in-use/programmes/grant": (
        "Des subventions sont demandées au titre de ce dispositif : rattachez-les à un "
        "autre dispositif avant de le retirer.",
        "Grants are requested under this programme: attach them to another programme "
        "before removing it.",
    ),
    "field.review-mismatch": (
        "Ce statut contredit la reconduction de l'action.",
        "This status contradicts the action's renewal.",
    ),
    "field.review-mismatch/no-renewal": (
        "Une action est reconduite quand l'action de l'année suivante existe : utilisez "
        "« Reconduire l'année suivante ».",
        'An action is renewed once next year\'s action exists: use "Renew next year".',
    ),
    "field.review-mismatch/renewed": (
        "Cette action est reconduite l'année suivante : annulez la reconduction avant de "
        "changer son statut.",
        "Next year's action continues this one: cancel the renewal before changing its status.",
    ),
    "field.already-renewed": (
        "Cette action est déjà reconduite l'année suivante.",
        "This action is already continued the following year.",
    ),
    "field.naive-datetime": (
        "Cette date et cette heure n'ont pas de fuseau horaire.",
        "This date and time have no time zone.",
    ),
    "field.unknown-time-zone": (
        "Ce fuseau horaire est inconnu de cet ordinateur.",
        "This time zone is unknown to this computer.",
    ),
    "field.rule-yields-no-date": (
        "Aucune date ne reste une fois les jours fériés et les fermetures sautés.",
        "No date is left once public holidays and closures are skipped.",
    ),
    "field.rule-too-long": (
        "Trop de séances : {limit} au plus dans une série.",
        "Too many sessions: at most {limit} in one series.",
    ),
    "field.session-state": (
        "Cette séance ne peut pas être modifiée dans son état actuel.",
        "This session cannot be changed in its current state.",
    ),
    "field.session-state/held": (
        "Une séance marquée comme réalisée garde sa date et son heure.",
        "A session marked held keeps its date and time.",
    ),
    "field.session-state/cancelled": (
        "Cette séance est annulée : rétablissez-la d'abord.",
        "This session is cancelled: reinstate it first.",
    ),
    "field.session-state/not-started": (
        "Une séance ne peut pas être marquée comme réalisée avant d'avoir commencé.",
        "A session cannot be marked held before it starts.",
    ),
    "field.session-state/rule-occurrence": (
        "Une séance d'une série ne peut pas être supprimée : annulez-la plutôt.",
        "A session of a series cannot be deleted: cancel it instead.",
    ),
    "field.session-state/invited": (
        "Des professionnel·les ont été invité·es à cette séance : annulez-la au lieu de la "
        "supprimer, puis envoyez-leur l'annulation (bouton « Inviter… »).",
        "Professionals were invited to this session: cancel it instead of deleting it, "
        'then send them the cancellation ("Invite…" button).',
    ),
    "field.session-state/has-records": (
        "Cette séance a une feuille de présence, un effectif, des professionnel·les "
        "présent·es ou des notes : annulez-la au lieu de la supprimer.",
        "This session has a register, a headcount, professionals present or notes: "
        "cancel it instead of deleting it.",
    ),
    "field.session-state/attendance-recorded": (
        "Des personnes sont notées présentes à cette séance : marquez-les absentes ou "
        "excusées, ramenez l'effectif à 0 ou retirez les professionnel·les présent·es, "
        "avant de l'annuler.",
        "People are recorded present at this session: mark them absent or excused, set "
        "the headcount to 0 or remove the professionals present, before cancelling it.",
    ),
    # ---------------------------------------------------------------- attendance
    "attendance.unknown_participant": (
        "Ce·tte participant·e n'existe plus.",
        "This participant no longer exists.",
    ),
    "attendance.unknown_participant/code": (
        "Aucun·e participant·e n'a ce code. Vérifiez les {length} caractères.",
        "No participant has this code. Check the {length} characters.",
    ),
    "attendance.not_a_group_session": (
        "Seules les séances d'un groupe de parole ont une feuille de présence : saisissez "
        "plutôt un effectif.",
        "Only sessions of a talk group have a register: record a headcount instead.",
    ),
    "attendance.not_enrolled": (
        "Un·e participant·e de la feuille de présence n'est pas inscrit·e dans ce groupe.",
        "A participant of the register is not enrolled in this group.",
    ),
    "attendance.headcount_session": (
        "Cette séance est saisie en effectif seul : décochez cette case pour remplir la "
        "feuille de présence.",
        "This session is recorded as a headcount: untick it to fill in the register.",
    ),
    "attendance.register_session": (
        "Cette séance a déjà une feuille de présence : un effectif ne peut pas la remplacer.",
        "This session already has a register: a headcount cannot replace it.",
    ),
    "attendance.cancelled_session": (
        "Cette séance est annulée : personne ne peut y être marqué·e présent·e. "
        "Rétablissez-la d'abord.",
        "This session is cancelled: nobody can be marked present. Reinstate it first.",
    ),
    "attendance.negative_headcount": (
        "L'effectif ne peut pas être négatif.",
        "The headcount cannot be negative.",
    ),
    "attendance.too_long": ("Le texte est trop long.", "The text is too long."),
    "attendance.invalid_code": (
        "Ce code de participant·e n'est pas valide.",
        "This participant code is not valid.",
    ),
    "attendance.consent_in_future": (
        "La date du consentement ne peut pas être dans le futur.",
        "The consent date cannot be in the future.",
    ),
    # ---------------------------------------------------------------- reports
    "report.end-before-start": (
        "La fin de la période précède son début.",
        "The end of the period comes before its start.",
    ),
    "report.too-long": (
        "Période trop longue : {max_years} ans au plus.",
        "Period too long: {max_years} years at most.",
    ),
    "report.year-range": (
        "La période doit tenir entre les années {first_year} et {last_year}.",
        "The period must lie between the years {first_year} and {last_year}.",
    ),
    "report.threshold-range": (
        "Seuil invalide : k va de {k_low} à {k_high}.",
        "Invalid threshold: k goes from {k_low} to {k_high}.",
    ),
    "report.not-on-grid": (
        "Les bilans couvrent des périodes civiles entières (mois, trimestres, années) : "
        "deux périodes qui ne diffèrent que de quelques jours permettraient de retrouver de "
        "petits effectifs par soustraction. Choisissez un mois (du 1er au dernier jour), "
        "un trimestre (janvier–mars, avril–juin, juillet–septembre ou octobre–décembre), "
        "une année (du 1er janvier au 31 décembre) ou plusieurs années entières "
        "({max_years} au plus).",
        "Reports cover whole calendar months, quarters or years: two periods that differ "
        "by a few days would let small counts be worked out by subtraction. Choose a month (first "
        "to last day), a quarter (January–March, April–June, July–September or "
        "October–December), a year (1 January to 31 December) or several whole years "
        "({max_years} at most).",
    ),
    # ---------------------------------------------------------------- consolidation
    "consolidation.not-a-card": (
        "Ce fichier n'est ni une carte de coordinateur ni une clé de structure VPI Groups. "
        "Rien n'a été changé.",
        "This file is neither a VPI Groups coordinator card nor an organisation key. "
        "Nothing was changed.",
    ),
    "consolidation.not-a-key": (
        "Ce fichier n'est ni une carte de coordinateur ni une clé de structure VPI Groups. "
        "Rien n'a été changé.",
        "This file is neither a VPI Groups coordinator card nor an organisation key. "
        "Nothing was changed.",
    ),
    "consolidation.not-a-bundle": (
        "Ce fichier n'est pas un envoi VPI Groups. Rien n'a été importé.",
        "This file is not a VPI Groups bundle. Nothing was imported.",
    ),
    "consolidation.truncated": (
        "Cet envoi est incomplet (copie interrompue ?). Rien n'a été importé : demandez à la "
        "structure de le renvoyer.",
        "This bundle is incomplete (an interrupted copy?). Nothing was imported: ask the "
        "organisation to send it again.",
    ),
    "consolidation.wrong-coordinator": (
        "Cet envoi a été chiffré pour un autre coordinateur : ce coffre ne peut pas le lire. "
        "Rien n'a été importé. La structure doit enregistrer votre carte de coordinateur.",
        "This bundle was encrypted for another coordinator: this vault cannot read it. "
        "Nothing was imported. The organisation must register your coordinator card.",
    ),
    "consolidation.tampered": (
        "Cet envoi a été modifié après avoir été scellé, ou sa signature est fausse. Rien n'a "
        "été importé.",
        "This bundle was changed after it was sealed, or its signature is wrong. Nothing "
        "was imported.",
    ),
    "consolidation.unknown-sender": (
        "Cet envoi est signé par une structure que ce coffre ne connaît pas. Rien n'a été "
        "importé : enregistrez d'abord sa clé (et vérifiez l'empreinte au téléphone).",
        "This bundle is signed by an organisation this vault does not know. Nothing was "
        "imported: register its key first (and check the fingerprint on the phone).",
    ),
    "consolidation.revoked-sender": (
        "La clé de cette structure a été révoquée. Rien n'a été changé.",
        "This organisation's key was revoked. Nothing was changed.",
    ),
    "consolidation.other-programme": (
        "Ce fichier vient d'un autre programme que celui de ce coffre. Rien n'a été changé.",
        "This file comes from another programme than this vault's. Nothing was changed.",
    ),
    "consolidation.newer-schema": (
        "Ce fichier a été écrit par une version plus récente de VPI Groups. Rien n'a été "
        "changé : mettez l'application à jour.",
        "This file was written by a newer version of VPI Groups. Nothing was changed: "
        "update the application.",
    ),
    "consolidation.replayed": (
        "Un envoi plus récent de cette structure pour ces mois a déjà été reçu : celui-ci est "
        "plus ancien. Rien n'a été importé.",
        "A newer bundle from this organisation for these months was already received: this "
        "one is older. Nothing was imported.",
    ),
    "consolidation.duplicate": (
        "Cet envoi a déjà été importé. Rien n'a été changé.",
        "This bundle was already imported. Nothing was changed.",
    ),
    "consolidation.no-coordinator-key": (
        "Ce coffre n'est pas celui d'un coordinateur : créez d'abord la clé du coordinateur "
        "(Paramètres, Consolidation).",
        "This vault is not a coordinator's: create the coordinator key first (Settings, "
        "Consolidation).",
    ),
    "consolidation.no-coordinator": (
        "Aucun coordinateur n'est enregistré dans ce coffre : enregistrez d'abord sa carte.",
        "No coordinator is registered in this vault: register its card first.",
    ),
    "consolidation.no-signing-key": (
        "Ce coffre n'a pas encore de clé de signature.",
        "This vault has no signing key yet.",
    ),
    "consolidation.own-key": (
        "C'est la clé de ce coffre lui-même : donnez celle de l'autre coffre.",
        "This is this vault's own key: give the other vault's.",
    ),
    "consolidation.no-such-sender": (
        "Aucune structure appairée ne porte ce numéro.",
        "No paired organisation has this number.",
    ),
    "report.cannot-protect": (
        "Ce bilan ne peut pas être protégé : avec les bilans déjà diffusés depuis ce coffre, "
        "certains petits effectifs de ses tableaux pourraient être retrouvés, et tout ce "
        "qui permettrait de les masquer a déjà été publié. Rien n'a été écrit. Retirez une "
        "ventilation (par tranche d'âge ou par origine de la demande, le plus souvent) ou "
        "choisissez des colonnes plus larges.",
        "This report cannot be protected: together with the reports already released from "
        "this vault, some small counts of its tables could be worked out, and everything "
        "that could hide them has been published already. Nothing was written. Remove a "
        "breakdown (by age band or by referral source, most often) or choose wider columns.",
    ),
    # ---------------------------------------------------------------- settings, demo, others
    "setting.out-of-range": (
        "La valeur {value} est hors des limites permises ({low} à {high}).",
        "The value {value} is outside the allowed range ({low} to {high}).",
    ),
    "not-empty": (
        "Ce coffre contient déjà un programme : les données de démonstration vont dans un "
        "coffre vide.",
        "This vault already holds a programme: demo data goes into an empty vault.",
    ),
    # The command line words its usage errors when it raises them (they name options).
    "usage": ("{detail}", "{detail}"),
    REFUSED: (
        "Opération refusée ({code}). Rien n'a été modifié.",
        "Refused ({code}). Nothing was changed.",
    ),
    OS_ERROR: ("Erreur d'accès au fichier : {detail}.", "File access error: {detail}."),
    UNEXPECTED: (
        "Erreur inattendue ({name}). Ce qui était déjà enregistré est intact.",
        "Unexpected error ({name}). Everything saved before is intact.",
    ),
}

#: What only one surface can add after the core sentence, by surface and key.
HINTS: Mapping[Surface, Mapping[str, tuple[str, str]]] = {
    "window": {
        "vault.wrong-secret/passphrase": (
            "Vérifiez la disposition du clavier et la touche Verr. Maj.",
            "Check the keyboard layout and Caps Lock.",
        ),
        "vault.damaged": _RESTORE_IN_WINDOW,
        "vault.mismatch": _RESTORE_IN_WINDOW,
        "field.not-found": (
            "Fermez l'éditeur puis réessayez.",
            "Close the editor and try again.",
        ),
    },
    "cli": {
        "vault.damaged": (
            "Commande : vpi-groups restore FICHIER --to DOSSIER. Détail : {reason}.",
            "Command: vpi-groups restore FILE --to DIR. Detail: {reason}.",
        ),
        "vault.mismatch": (
            "Commande : vpi-groups restore FICHIER --to DOSSIER.",
            "Command: vpi-groups restore FILE --to DIR.",
        ),
        "vault.rolled-back": (
            "Génération {db} contre {key}. Pour l'ouvrir quand même (ce choix sera noté au "
            "journal), ajoutez --accept-older-database.",
            "Generation {db} against {key}. To open it all the same (the choice is "
            "recorded in the audit log), add --accept-older-database.",
        ),
        "vault.target-exists": (
            "Pour le remplacer, ajoutez --force.",
            "To replace it, add --force.",
        ),
        "vault.too-new": ("Version trouvée : {found}.", "Version found: {found}."),
        "report.end-before-start": ("Vérifiez --from et --to.", "Check --from and --to."),
        "report.too-long": ("Vérifiez --from et --to.", "Check --from and --to."),
        "report.year-range": ("Vérifiez --from et --to.", "Check --from and --to."),
        "report.threshold-range": ("Vérifiez --threshold.", "Check --threshold."),
        "report.not-on-grid": (
            "Vérifiez --from et --to, ou donnez plutôt --year, --quarter ou --month.",
            "Check --from and --to, or give --year, --quarter or --month instead.",
        ),
    },
}


# ---------------------------------------------------------------- keys and fields


def _family(error: AppError) -> str | None:
    for base, family in FAMILIES:
        if isinstance(error, base):
            return family
    return None


def _sub_key(error: AppError) -> str | None:
    """The part of the key below the code, for codes that need several sentences."""
    if isinstance(error, vault_errors.WrongSecretError):
        return error.kind
    if isinstance(error, validation.RequiredError):
        return error.field
    if isinstance(error, validation.InvalidValueError):
        return error.reason
    if isinstance(error, validation.SessionStateError | validation.ReviewMismatchError):
        return str(error.reason)
    if isinstance(error, validation.NotApplicableError | validation.EndBeforeStartError):
        return error.field
    if isinstance(error, validation.InUseError):
        return f"{error.field}/{error.used_by}"  # "kind/talk_group", "id/grant"...
    if isinstance(error, validation.OutOfRangeError):
        if error.minimum is None:
            return "at-most"
        if error.maximum is None:
            return "at-least"
        return None
    if isinstance(error, validation.WrongActionKindError):
        return str(error.kind)  # the action's own kind
    if isinstance(error, AttendanceError):
        return error.field or None
    if isinstance(error, InvitationError):
        return error.reason
    return None


def _candidates(error: BaseException) -> list[str]:
    """Keys to try for ``error``, most precise first."""
    if not isinstance(error, AppError):
        return [OS_ERROR] if isinstance(error, OSError) else [UNEXPECTED]
    if isinstance(error, participant_codes.InvalidCodeError):
        return ["attendance.invalid_code"]  # the same refusal, said once
    if isinstance(error, SettingOutOfRangeError):
        return ["setting.out-of-range"]  # its code is AppError's default
    family = _family(error)
    code = str(error.code)
    key = f"{family}.{code}" if family else code
    sub = _sub_key(error)
    keys = [f"{key}/{sub}"] if sub else []
    keys.append(key)
    if family in FAMILY_FALLBACK:
        keys.append(FAMILY_FALLBACK[family])
    keys.append(REFUSED)
    return keys


def sentence_key(error: BaseException) -> str:
    """The key of :data:`SENTENCES` that says ``error``."""
    return next(key for key in _candidates(error) if key in SENTENCES)


def _fields(error: BaseException) -> dict[str, object]:
    """The values the sentences may show: paths, limits, codes; never record data."""
    if isinstance(error, AppError):
        fields: dict[str, object] = {"code": str(error.code)}
    elif isinstance(error, OSError):
        return {"detail": error.strerror or type(error).__name__}
    else:
        return {"name": type(error).__name__}
    if isinstance(
        error,
        vault_errors.NotAVaultError
        | vault_errors.VaultExistsError
        | vault_errors.VaultInUseError
        | vault_errors.TargetExistsError
        | vault_errors.TargetInVaultError,
    ):
        fields["path"] = error.path
    elif isinstance(error, vault_errors.VaultRolledBackError):
        fields.update(path=error.path, db=error.database_generation, key=error.key_generation)
    elif isinstance(error, vault_errors.VaultDamagedError):
        fields.update(file=error.file, reason=error.reason)
    elif isinstance(error, vault_errors.WriteFailedError):
        fields.update(file=error.file, detail=error.errno_name)
    elif isinstance(error, vault_errors.VaultTooNewError):
        fields["found"] = error.found
    elif isinstance(error, validation.TooLongError):
        fields["maximum"] = error.maximum
    elif isinstance(error, validation.OutOfRangeError):
        fields.update(minimum=error.minimum, maximum=error.maximum)
    elif isinstance(error, validation.TooFewFacilitatorsError):
        fields["minimum"] = error.minimum
    elif isinstance(error, validation.RuleTooLongError):
        fields["limit"] = error.limit
    elif isinstance(error, AttendanceError):
        fields["length"] = participant_codes.CODE_LENGTH
    elif isinstance(error, periods.ReportError):
        fields.update(
            max_years=periods.MAX_YEARS,
            first_year=periods.FIRST_YEAR,
            last_year=periods.LAST_YEAR,
            k_low=K_RANGE[0],
            k_high=K_RANGE[1],
        )
    elif isinstance(error, SettingOutOfRangeError):
        fields.update(value=error.value, low=error.low, high=error.high)
    elif error.code == "usage":
        fields["detail"] = str(error)
    return fields


class _Missing(dict[str, object]):
    """Leaves an unknown field visible rather than failing while reporting an error."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


def _pick(texts: tuple[str, str], lang: str, fields: Mapping[str, object]) -> str:
    french, english = texts
    return (english if lang == "en" else french).format_map(_Missing(fields))


def describe(error: BaseException, lang: str, surface: Surface | None = None) -> str:
    """Say ``error`` in ``lang`` ("fr" or "en"); with a surface, add that surface's hint.

    Without a surface, the core sentence, the same on every surface.
    """
    key = sentence_key(error)
    fields = _fields(error)
    text = _pick(SENTENCES[key], lang, fields)
    if surface is not None:
        hints = HINTS[surface]
        hint = next((hints[k] for k in _candidates(error) if k in hints), None)
        if hint is not None:
            text = f"{text} {_pick(hint, lang, fields)}"
    return text


# ---------------------------------------------------------------- the table's own check

_PLACEHOLDER = re.compile(r"\{(\w*)\}")
_FRENCH_SPACE_BEFORE = re.compile(r"(?<=\S)[:;?!](?=\s|$)")


def table_problems(table: Mapping[str, tuple[str, str]]) -> list[str]:
    """What is wrong with a table of (French, English): empty, or different fields.

    French typography as in the command line: a space before : ; ? ! and straight
    apostrophes.
    """
    problems = []
    for key, texts in table.items():
        if len(texts) != 2 or not all(isinstance(t, str) and t.strip() for t in texts):
            problems.append(f"{key}: a French and an English text are needed")
            continue
        french, english = texts
        if set(_PLACEHOLDER.findall(french)) != set(_PLACEHOLDER.findall(english)):
            problems.append(f"{key}: French and English fields differ")
        if _FRENCH_SPACE_BEFORE.search(_PLACEHOLDER.sub("x", french)) or "’" in french:
            problems.append(f"{key}: French typography")
    return problems
