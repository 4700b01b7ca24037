"""One source for the words of coded values: complete, and the same on every surface."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from vpi_groups import labels
from vpi_groups.reports import indicators as reports
from vpi_groups.storage.models import (
    ActionKind,
    AgeBand,
    Gender,
    PublicActionKind,
    ReferralSource,
    Sector,
)
from vpi_groups.ui.models import labels as ui_labels

UI: dict[str, Callable[[Any], str]] = {
    "Sector": ui_labels.sector_label,
    "ActionKind": ui_labels.kind_label,
    "ReviewStatus": ui_labels.review_label,
    "PublicActionKind": ui_labels.public_kind_label,
    "Frequency": ui_labels.frequency_label,
    "HolidayCalendar": ui_labels.holidays_label,
    "AgeBand": ui_labels.age_band_label,
    "Gender": ui_labels.gender_label,
    "ReferralSource": ui_labels.referral_label,
}
REPORT_PREFIX = {
    ActionKind: "axis",
    Sector: "sector",
    ReferralSource: "referral",
    AgeBand: "age",
    PublicActionKind: "public",
}


@pytest.fixture(params=["fr", "en"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    before = QLocale()
    language = QLocale.Language.English if request.param == "en" else QLocale.Language.French
    QLocale.setDefault(QLocale(language))
    yield request.param
    QLocale.setDefault(before)


def test_every_code_has_french_and_english_words() -> None:
    for coded in labels.CODED:
        for code in coded:
            french, english = labels.words(code)
            assert french.strip(), code
            assert english.strip(), code
    assert set(UI) == {coded.__name__ for coded in labels.CODED}


def test_the_window_and_the_report_files_say_the_same_words(lang: str) -> None:
    for coded in labels.CODED:
        for code in coded:
            expected = labels.label(code, lang)
            assert UI[coded.__name__](code) == expected, code
            prefix = REPORT_PREFIX.get(coded)
            if prefix is not None:
                assert reports.text(f"{prefix}.{code.value}", lang) == expected, code


def test_words_that_used_to_disagree() -> None:
    assert labels.label(AgeBand.UNKNOWN, "en") == "Not recorded"
    assert labels.label(PublicActionKind.WEB, "fr") == "Site web / réseaux sociaux"


def test_codes_shared_by_two_fields_keep_their_own_words() -> None:
    # "justice", "health", "association" and "other" are codes of several fields: each
    # field shows its own words (a single dict keyed by the codes would show one for all).
    assert labels.label(Sector.JUSTICE, "fr") == "Justice"
    assert (
        labels.label(ReferralSource.JUSTICE, "fr") == "Justice (SPIP, tribunal, aide aux victimes)"
    )
    assert labels.label(Sector.ASSOCIATION, "fr") == "Associatif"
    assert labels.label(ReferralSource.ASSOCIATION, "fr") == "Association (CIDFF, …)"
    assert labels.label(Sector.HEALTH, "en") == "Health"
    assert labels.label(ReferralSource.HEALTH, "en") == "Health (GP, hospital, PMI, CMP)"
    assert labels.label(Gender.OTHER, "fr") == labels.label(Sector.OTHER, "fr") == "Autre"


def test_the_partnership_s_codes_have_french_and_english_words() -> None:
    from vpi_groups.storage.models import (
        BudgetCategory,
        CommitmentKind,
        FunderKind,
        GovernanceBody,
    )

    for coded in labels.CODED_PARTNERSHIP:
        for code in coded:
            french, english = labels.words(code)
            assert french.strip(), code
            assert english.strip(), code
            assert labels.text(code, "fr") == french
    assert labels.label(GovernanceBody.STEERING_COMMITTEE, "fr") == "Comité de pilotage"
    assert labels.label(CommitmentKind.STAFF, "fr") == "Personnel mis à disposition"
    assert labels.label(FunderKind.INTERCOMMUNAL, "fr") == "Intercommunalité (EPCI)"
    assert labels.label(FunderKind.SOCIAL_FUND, "fr") == "Organismes sociaux (CAF…)"
    # the charges in the order of their accounts, numbered
    assert [labels.label(c, "fr")[:2] for c in BudgetCategory] == [
        "60",
        "61",
        "62",
        "63",
        "64",
        "65",
    ]
    assert labels.label(BudgetCategory.STAFF, "fr") == "64 – Charges de personnel"
    # "other" is a code of several fields, each with its own words
    assert labels.label(BudgetCategory.OTHER, "fr") == "65 – Autres charges de gestion courante"
    assert labels.label(FunderKind.OTHER_PUBLIC, "en") == "Other public bodies"
