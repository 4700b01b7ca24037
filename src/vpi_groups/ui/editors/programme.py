"""Editors of the programme: actions (with their yearly review) and talk groups.

A working group's action says what it is: a working group (on an axis, or a theme of
its own), or one of the programme's governance bodies, the CISPD or the steering
committee, which meet, take attendance and decide as a working group does but work
on no axis.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from vpi_groups.programme.records import (
    ActionInfo,
    ActionKind,
    ActionSpec,
    FacilitatorInfo,
    GovernanceBody,
    PublicActionKind,
    ReviewStatus,
    RoomInfo,
    Sector,
)
from vpi_groups.scheduling import records, recurrence
from vpi_groups.scheduling.checks import outside_year
from vpi_groups.scheduling.records import GroupInfo, GroupSpec
from vpi_groups.scheduling.recurrence import Closure, Recurrence
from vpi_groups.storage.models import AXES, Frequency, HolidayCalendar
from vpi_groups.storage.vault import Vault
from vpi_groups.ui.editing import EditorDialog, check_box
from vpi_groups.ui.editors.members import Candidate, MembersField, read_candidates
from vpi_groups.ui.editors.orientations import OrientationsField
from vpi_groups.ui.editors.supports import SupportsField
from vpi_groups.ui.errors import error_style, validation_text
from vpi_groups.ui.models.labels import (
    body_label,
    date_text,
    frequency_label,
    holidays_label,
    kind_label,
    long_date_text,
    nth_label,
    public_kind_label,
    review_label,
    sector_label,
    weekday_label,
)
from vpi_groups.ui.models.programme import PreviewModel
from vpi_groups.ui.tasks import TaskRunner
from vpi_groups.ui.widgets import (
    ROOM_NAME_CHARS,
    CheckedSpinBox,
    say_unchosen,
    start_unchosen,
    table_view,
)
from vpi_groups.validation import EndBeforeStartError, ValidationError


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


# ---------------------------------------------------------------- action editor


class ActionDialog(EditorDialog):
    """Create or edit an action and its yearly review."""

    HELP_TOPIC = "programme"

    def __init__(
        self,
        info: ActionInfo | None,
        year: int,
        parent: QWidget | None = None,
        *,
        actions: Sequence[ActionInfo] = (),
        vault: Vault | None = None,
        candidates: Sequence[Candidate] | None = None,
    ) -> None:
        """``actions``: every action, for the plenary's orientations (next year's).

        A working group's members are chosen among ``candidates`` (the directory's
        facilitators); when not given, they are read on the database worker from
        ``vault`` (by default the parent page's open vault).
        """
        super().__init__(parent)
        self.setObjectName("actionEditor")
        self.info = info
        self.setWindowTitle(self.tr("New action") if info is None else self.tr("Action"))
        self.title = QLineEdit(self)
        self.title.setObjectName("actionTitle")
        self.kind = QComboBox(self)
        self.kind.setObjectName("actionKind")
        for kind in (
            ActionKind.TRAINING,
            ActionKind.PUBLIC_ACTION,
            ActionKind.TALK_GROUP,
            ActionKind.PLENARY,
            ActionKind.WORKING_GROUP,
        ):
            self.kind.addItem(kind_label(kind), kind.value)
        # A new action's axis and kind of public action are chosen, never taken by
        # default: both are counted in the yearly report.
        start_unchosen(self.kind, self.tr("Choose…"))
        self.year = CheckedSpinBox(self, 2000, 2100, year, "actionYear")
        self.review = QComboBox(self)
        self.review.setObjectName("reviewStatus")
        for status in ReviewStatus:
            self.review.addItem(review_label(status), status.value)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("reviewReason")
        self.reason.setPlaceholderText(self.tr("Why the action is not renewed"))
        self.description = QPlainTextEdit(self)
        self.description.setObjectName("actionDescription")
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.public_kind = QComboBox(self)
        self.public_kind.setObjectName("publicKind")
        for public in PublicActionKind:
            self.public_kind.addItem(public_kind_label(public), public.value)
        start_unchosen(self.public_kind, self.tr("Choose…"))
        self.reach = CheckedSpinBox(self, -1, 1_000_000, -1, "estimatedReach")
        self.reach.setSpecialValueText("—")
        self.supports = SupportsField(self)
        self.orientations = OrientationsField(actions, self)
        self.orientations.year = year
        self.members = MembersField(self)
        # A governance body (the CISPD, the steering committee) meets and decides as a
        # working group does; it works on no axis.
        self.body = QComboBox(self)
        self.body.setObjectName("workingGroupBody")
        self.body.addItem(self.tr("A working group"), None)
        for body in GovernanceBody:
            self.body.addItem(body_label(body), body.value)
        self.axis = QComboBox(self)
        self.axis.setObjectName("workingGroupAxis")
        self.axis.addItem(self.tr("None"), None)
        for axis in AXES:
            self.axis.addItem(kind_label(axis), axis.value)
        self.trained: dict[Sector, CheckedSpinBox] = {}
        self.trained_box = QGroupBox(self.tr("Professionals trained, by sector"), self)
        trained_form = QFormLayout(self.trained_box)
        for sector in Sector:
            box = CheckedSpinBox(self.trained_box, 0, 1_000_000, 0, f"trained_{sector.value}")
            self.trained[sector] = box
            trained_form.addRow(sector_label(sector), box.with_message())

        self.add_field(self.tr("&Title:"), self.title, "title")
        self.add_field(self.tr("A&xis:"), self.kind, "kind")
        self.add_field(self.tr("&Year:"), self.year.with_message(), "year")
        self.add_field(self.tr("&Yearly review:"), self.review, "review_status")
        self.add_field(self.tr("&Reason:"), self.reason, "review_reason")
        self.add_field(self.tr("&Description:"), self.description, "description")
        self.public_label = self.add_field(
            self.tr("&Kind of public action:"), self.public_kind, "public_kind"
        )
        self.reach_label = self.add_field(
            self.tr("Estimated &reach:"), self.reach.with_message(), "estimated_reach"
        )
        # Group boxes of their own, as the professionals trained: hidden with their axis.
        self.supports_label = QGroupBox(self.tr("Supports of the campaign"), self)
        QVBoxLayout(self.supports_label).addWidget(self.supports)
        self.form.addRow(self.supports_label)
        self.orientations_label = QGroupBox(self.tr("Orientations adopted"), self)
        QVBoxLayout(self.orientations_label).addWidget(self.orientations)
        self.form.addRow(self.orientations_label)
        self.members_box = QGroupBox(self.tr("Working group"), self)
        self.members_box.setObjectName("membersBox")
        members_column = QVBoxLayout(self.members_box)
        group_form = QFormLayout()
        group_form.setContentsMargins(0, 0, 0, 0)
        group_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        what_label = QLabel(self.tr("&What it is:"), self.members_box)
        what_label.setBuddy(self.body)
        group_form.addRow(what_label, self.body)
        self.axis_label = QLabel(self.tr("Axis:"), self.members_box)
        self.axis_label.setBuddy(self.axis)
        group_form.addRow(self.axis_label, self.axis)
        members_column.addLayout(group_form)
        members_title = QLabel(self.tr("Members:"), self.members_box)
        members_title.setBuddy(self.members.list)
        members_column.addWidget(members_title)
        members_column.addWidget(self.members)
        self.form.addRow(self.members_box)
        self.form.addRow(self.trained_box)
        self._error_trained = self.error_label("trained")
        self.finish_layout()
        save = QShortcut(QKeySequence("Ctrl+Return"), self)
        save.activated.connect(self.save_button.click)

        if info is not None:
            spec = info.spec
            self.title.setText(spec.title)
            self.kind.setCurrentIndex(self.kind.findData(spec.kind.value))
            self.year.setValue(spec.year)
            self.review.setCurrentIndex(self.review.findData(spec.review_status.value))
            self.reason.setText(spec.review_reason or "")
            self.description.setPlainText(spec.description or "")
            if spec.public_kind is not None:
                self.public_kind.setCurrentIndex(self.public_kind.findData(spec.public_kind.value))
            self.reach.setValue(-1 if spec.estimated_reach is None else spec.estimated_reach)
            for sector, count in spec.trained.items():
                self.trained[sector].setValue(count)
            self.supports.set_items(spec.supports)
            self.orientations.set_items(spec.orientations)
            self.members.set_members(spec.members, spec.lead_id)
            if spec.theme_axis is not None:
                self.axis.setCurrentIndex(max(0, self.axis.findData(spec.theme_axis.value)))
            if spec.body is not None:
                self.body.setCurrentIndex(max(0, self.body.findData(spec.body.value)))
        # "Renewed" is a fact, not a choice: next year's action continues this one
        # (made by "Renew next year"), and the report counts exactly those.
        renewed_row = self.review.findData(ReviewStatus.RENEWED.value)
        if info is not None and info.spec.review_status is ReviewStatus.RENEWED:
            self.review.setEnabled(False)
            self.review.setToolTip(
                self.tr("Next year's action continues this one: cancel the renewal to change it.")
            )
        else:
            item = self.review.model().item(renewed_row)  # type: ignore[attr-defined]
            item.setEnabled(False)
            item.setToolTip(self.tr('Use "Renew next year" on the programme page.'))
        self.fields.line_edit(self.title)
        self.fields.combo(self.kind)
        self.fields.spin(self.year)
        self.fields.combo(self.review)
        self.fields.line_edit(self.reason)
        self.fields.plain_text(self.description)
        self.fields.combo(self.public_kind)
        self.fields.spin(self.reach)
        for box in self.trained.values():
            self.fields.spin(box)
        self.fields.bind(
            self.supports, self.supports.changed, self.supports.value, self.supports.set_value
        )
        self.fields.bind(
            self.orientations,
            self.orientations.changed,
            self.orientations.value,
            self.orientations.set_value,
        )
        self.fields.bind(
            self.members, self.members.changed, self.members.value, self.members.set_value
        )
        self.fields.combo(self.body)
        self.fields.combo(self.axis)
        self.year.valueChanged.connect(self._year_changed)
        self.fields.reset()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.review.currentIndexChanged.connect(self._review_changed)
        self.body.currentIndexChanged.connect(self._body_changed)
        self._kind_changed()
        self._review_changed()
        self._body_changed()
        self.resize(560, self.sizeHint().height())
        self._read_candidates(vault if vault is not None else getattr(parent, "vault", None))
        if candidates is not None:
            self.members.set_candidates(candidates)

    def _read_candidates(self, vault: object) -> None:
        """Read the directory's facilitators on the worker, for the members' list."""
        if not isinstance(vault, Vault):
            return
        self.runner = TaskRunner(self)
        self.runner.unit(vault, read_candidates, self.members.set_candidates, self.show_error)

    def _kind_changed(self) -> None:
        """Show the fields of the axis chosen (none while no axis is chosen)."""
        data = self.kind.currentData()
        kind = None if data is None else ActionKind(data)
        public = kind is ActionKind.PUBLIC_ACTION
        for widget in (
            self.public_kind,
            self.public_label,
            self.reach,
            self.reach.with_message(),  # the whole row: its message line goes with it
            self.reach_label,
            self.supports,
            self.supports_label,
        ):
            widget.setVisible(public)
        self.trained_box.setVisible(kind is ActionKind.TRAINING)
        plenary = kind is ActionKind.PLENARY
        self.orientations.setVisible(plenary)
        self.orientations_label.setVisible(plenary)
        self.members_box.setVisible(kind is ActionKind.WORKING_GROUP)
        self.refit()

    def governance_body(self) -> GovernanceBody | None:
        """The governance body chosen (None: a working group on an axis or a theme)."""
        data = self.body.currentData()
        return None if data is None else GovernanceBody(data)

    def _body_changed(self) -> None:
        """A governance body works on no axis: its choice goes while the body is chosen.

        The axis chosen before stays in the field (hidden), and comes back with
        "A working group"; a body's action is saved without it.
        """
        group = self.governance_body() is None
        self.axis.setEnabled(group)
        self.axis.setVisible(group)
        self.axis_label.setVisible(group)
        # The CISPD gathers more members than a working group's usual 6 to 8.
        self.members.set_usual_size_warned(group)

    def _year_changed(self, year: int) -> None:
        """The orientations link actions of the year after the plenary's."""
        self.orientations.year = year

    def ready_to_save(self) -> bool:
        """Refuse to save while the axis (or a public action's kind) is not chosen."""
        choices = [(self.kind, self.error_label("kind"), self.tr("Choose an axis."))]
        if self.kind.currentData() == ActionKind.PUBLIC_ACTION.value:
            choices.append(
                (
                    self.public_kind,
                    self.error_label("public_kind"),
                    self.tr("Choose the kind of action."),
                )
            )
        return not say_unchosen(choices)

    def _review_changed(self) -> None:
        self.reason.setEnabled(self.review.currentData() == ReviewStatus.NOT_RENEWED.value)

    def spec(self) -> ActionSpec:
        """What the form says (fields that do not apply to the axis are left out).

        Read once Save found the axis (and a public action's kind) chosen.
        """
        kind = ActionKind(self.kind.currentData())
        status = ReviewStatus(self.review.currentData())
        public = kind is ActionKind.PUBLIC_ACTION
        group = kind is ActionKind.WORKING_GROUP
        body = self.governance_body()
        return ActionSpec(
            title=self.title.text(),
            kind=kind,
            year=self.year.value(),
            review_status=status,
            review_reason=self.reason.text() if status is ReviewStatus.NOT_RENEWED else None,
            description=self.description.toPlainText(),
            public_kind=PublicActionKind(self.public_kind.currentData()) if public else None,
            estimated_reach=self.reach.value() if public and self.reach.value() >= 0 else None,
            trained=(
                {s: b.value() for s, b in self.trained.items() if b.value()}
                if kind is ActionKind.TRAINING
                else {}
            ),
            previous_action_id=None if self.info is None else self.info.spec.previous_action_id,
            supports=self.supports.items() if public else (),
            orientations=(self.orientations.items() if kind is ActionKind.PLENARY else ()),
            members=self.members.members() if group else (),
            lead_id=self.members.lead_id() if group else None,
            theme_axis=(
                ActionKind(self.axis.currentData())
                if group and body is None and self.axis.currentData() is not None
                else None
            ),
            body=body if group else None,
        )


# ---------------------------------------------------------------- group editor


class GroupDialog(EditorDialog):
    """Create or edit a talk group: settings, facilitators, recurrence, with a live preview."""

    HELP_TOPIC = "programme"

    def __init__(
        self,
        action_id: int,
        info: GroupInfo | None,
        facilitators: tuple[FacilitatorInfo, ...],
        rooms: tuple[RoomInfo, ...],
        parent: QWidget | None = None,
        *,
        action_year: int | None = None,
        template: GroupSpec | None = None,
    ) -> None:
        """Open on ``info`` (a stored group), or on ``template`` (a new group's settings).

        ``action_year``: the year of the group's action, to warn about sessions
        outside it (:meth:`sessions_outside_year`).
        """
        super().__init__(parent)
        self.setObjectName("groupEditor")
        self.action_id = action_id
        self.action_year = action_year
        self.info = info
        self.rooms = rooms
        self.setWindowTitle(self.tr("New talk group") if info is None else self.tr("Talk group"))
        body = QWidget(self)
        columns = QHBoxLayout(body)
        columns.setContentsMargins(0, 0, 0, 0)
        left = QFormLayout()
        left.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        right = QFormLayout()
        right.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)

        self.name = QLineEdit(body)
        self.name.setObjectName("groupName")
        self.is_open = QComboBox(body)
        self.is_open.setObjectName("groupOpen")
        self.is_open.addItem(self.tr("Closed (fixed members)"), False)
        self.is_open.addItem(self.tr("Open (drop-in)"), True)
        people = self.tr("Between %1 and %2 people")
        self.capacity_min = CheckedSpinBox(
            body, 1, 30, records.DEFAULT_CAPACITY[0], "capacityMin", range_text=people
        )
        self.capacity_max = CheckedSpinBox(
            body, 1, 30, records.DEFAULT_CAPACITY[1], "capacityMax", range_text=people
        )
        capacity = QWidget(body)
        capacity_row = QHBoxLayout(capacity)
        capacity_row.setContentsMargins(0, 0, 0, 0)
        capacity_row.addWidget(self.capacity_min.with_message())
        to = QLabel(self.tr("to"), capacity)
        capacity_row.addWidget(to)
        capacity_row.addWidget(self.capacity_max.with_message())
        # One label for two fields: each gets a name of its own.
        self.capacity_min.setAccessibleName(self.tr("Fewest participants"))
        self.capacity_max.setAccessibleName(self.tr("Most participants"))
        capacity_row.addStretch(1)
        capacity.setFocusProxy(self.capacity_min)  # the label's mnemonic reaches a field
        self.room = QComboBox(body)
        self.room.setObjectName("groupRoom")
        self.room.setEditable(True)
        # wide enough for a room's name and the placeholder, whatever the list holds
        self.room.setMinimumContentsLength(ROOM_NAME_CHARS)
        self.room.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.room.addItem("")
        for room in rooms:
            self.room.addItem(room.spec.name, room.id)
        room_edit = self.room.lineEdit()
        assert room_edit is not None
        room_edit.setPlaceholderText(self.tr("Choose or type a new room"))
        self.location_shared = check_box(
            self.tr("&Location may be shared with partners"), body, "locationShared"
        )
        self.facilitators = QListWidget(body)
        self.facilitators.setObjectName("groupFacilitators")
        self.facilitators.setMaximumHeight(110)
        given = info.spec if info is not None else template
        current = set() if given is None else set(given.facilitator_ids)
        for person in facilitators:
            if not person.spec.active and person.id not in current:
                continue
            item = QListWidgetItem(person.spec.name, self.facilitators)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)

        self.add_field(self.tr("&Name:"), self.name, "name", form=left)
        self.add_field(self.tr("T&ype:"), self.is_open, "is_open", form=left)
        self.add_field(self.tr("&Capacity:"), capacity, "capacity_min", form=left)
        self._errors_alias("capacity_max", "capacity_min")
        self.add_field(self.tr("Roo&m:"), self.room, "room_id", form=left)
        left.addRow(self.location_shared)
        self.add_field(
            self.tr("&Facilitators (two or more):"), self.facilitators, "facilitator_ids", form=left
        )

        # Recurrence
        self.frequency = QComboBox(body)
        self.frequency.setObjectName("frequency")
        for frequency in Frequency:
            self.frequency.addItem(frequency_label(frequency), frequency.value)
        self.interval = CheckedSpinBox(body, 1, 52, 1, "interval")
        self.interval_label = QLabel(body)
        every = QWidget(body)
        every_row = QHBoxLayout(every)
        every_row.setContentsMargins(0, 0, 0, 0)
        every_row.addWidget(self.interval.with_message())
        every_row.addWidget(self.interval_label)
        every_row.addStretch(1)
        every.setFocusProxy(self.interval)  # the label's mnemonic and name reach the field
        self.nth = QComboBox(body)
        self.nth.setObjectName("nth")
        for nth in recurrence.NTH_CHOICES:
            self.nth.addItem(nth_label(nth), nth)
        self.weekday = QComboBox(body)
        self.weekday.setObjectName("weekday")
        for day in range(7):
            self.weekday.addItem(weekday_label(day), day)
        self.weekday.setCurrentIndex(1)
        today = dt.date.today()
        self.start_date = QDateEdit(_qdate(today), body)
        self.start_date.setObjectName("startDate")
        self.start_date.setCalendarPopup(True)
        self.until_date = QRadioButton(self.tr("&Until"), body)
        self.until_date.setObjectName("endByDate")
        self.for_count = QRadioButton(self.tr("For a number of &sessions"), body)
        self.for_count.setObjectName("endByCount")
        self.end_mode = QButtonGroup(self)
        self.end_mode.addButton(self.until_date)
        self.end_mode.addButton(self.for_count)
        self.for_count.setChecked(True)
        self.end_date = QDateEdit(_qdate(today + dt.timedelta(days=90)), body)
        self.end_date.setObjectName("endDate")
        self.end_date.setCalendarPopup(True)
        self.count = CheckedSpinBox(
            body,
            1,
            recurrence.MAX_OCCURRENCES,
            10,
            "sessionCount",
            range_text=self.tr("Between %1 and %2 sessions"),
        )
        end = QWidget(body)
        end_grid = QFormLayout(end)
        end_grid.setContentsMargins(0, 0, 0, 0)
        end_grid.addRow(self.for_count, self.count.with_message())
        end_grid.addRow(self.until_date, self.end_date)
        # Beside a radio button, not a label: each field is named after its choice.
        self.count.setAccessibleName(self.tr("Number of sessions"))
        self.end_date.setAccessibleName(self.tr("Date of the last session"))
        self.start_time = QTimeEdit(QTime(18, 0), body)
        self.start_time.setObjectName("startTime")
        self.start_time.setDisplayFormat("HH:mm")
        self.duration = CheckedSpinBox(
            body,
            15,
            recurrence.MAX_DURATION_MINUTES,
            90,
            "duration",
            range_text=self.tr("Between %1 and %2 minutes"),
        )
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.holidays = QComboBox(body)
        self.holidays.setObjectName("holidays")
        for calendar in (
            HolidayCalendar.METROPOLE,
            HolidayCalendar.ALSACE_MOSELLE,
            HolidayCalendar.NONE,
        ):
            self.holidays.addItem(holidays_label(calendar), calendar.value)
        self.closures_list = QListWidget(body)
        self.closures_list.setObjectName("closures")
        self.closures_list.setMaximumHeight(70)
        self.closure_start = QDateEdit(_qdate(today), body)
        self.closure_start.setObjectName("closureStart")
        self.closure_start.setCalendarPopup(True)
        self.closure_end = QDateEdit(_qdate(today), body)
        self.closure_end.setObjectName("closureEnd")
        self.closure_end.setCalendarPopup(True)
        self.closure_start.setAccessibleName(self.tr("First day of the closure"))
        self.closure_end.setAccessibleName(self.tr("Last day of the closure"))
        self.add_closure_button = QPushButton(self.tr("&Add"), body)
        self.add_closure_button.setObjectName("addClosure")
        self.add_closure_button.setAutoDefault(False)
        self.add_closure_button.clicked.connect(self._add_closure)
        self.remove_closure_button = QPushButton(self.tr("Remo&ve"), body)
        self.remove_closure_button.setObjectName("removeClosure")
        self.remove_closure_button.setAutoDefault(False)
        self.remove_closure_button.clicked.connect(self._remove_closure)
        closures = QWidget(body)
        closures_column = QVBoxLayout(closures)
        closures_column.setContentsMargins(0, 0, 0, 0)
        closures_column.addWidget(self.closures_list)
        closure_row = QHBoxLayout()
        closure_row.addWidget(self.closure_start)
        closure_row.addWidget(QLabel("→", closures))
        closure_row.addWidget(self.closure_end)
        closure_row.addWidget(self.add_closure_button)
        closure_row.addWidget(self.remove_closure_button)
        closures_column.addLayout(closure_row)
        closures.setFocusProxy(self.closures_list)  # the label's name reaches the list
        self._closures: tuple[Closure, ...] = ()

        self.add_field(self.tr("&Rhythm:"), self.frequency, "frequency", form=right)
        self.add_field(self.tr("&Every:"), every, "interval", form=right)
        self.nth_label = self.add_field(self.tr("&Which one:"), self.nth, "nth", form=right)
        self.add_field(self.tr("&Day:"), self.weekday, "weekday", form=right)
        self.add_field(self.tr("Firs&t day:"), self.start_date, "start_date", form=right)
        self.add_field(self.tr("Ends:"), end, "end_date", form=right)
        self._errors_alias("count", "end_date")
        self.add_field(self.tr("T&ime:"), self.start_time, "start_time", form=right)
        self.add_field(
            self.tr("D&uration:"), self.duration.with_message(), "duration_minutes", form=right
        )
        self.add_field(self.tr("&Public holidays:"), self.holidays, "holidays", form=right)
        self.add_field(self.tr("Closures:"), closures, "closures", form=right)

        left_box = QGroupBox(self.tr("Group"), body)
        left_box.setLayout(left)
        right_box = QGroupBox(self.tr("Recurrence"), body)
        right_box.setLayout(right)
        self.preview = PreviewModel(self)
        preview_box = QGroupBox(self.tr("Dates of the series"), body)
        self.preview_view = table_view(self.preview, preview_box, "previewTable")
        self.preview_view.setSortingEnabled(False)
        self.preview_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.preview_view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.preview_summary = QLabel(preview_box)
        self.preview_summary.setObjectName("previewSummary")
        self.preview_summary.setWordWrap(True)
        preview_column = QVBoxLayout(preview_box)
        preview_column.addWidget(self.preview_summary)
        preview_column.addWidget(self.preview_view, 1)
        first = QVBoxLayout()
        first.addWidget(left_box)
        first.addWidget(right_box)
        columns.addLayout(first, 3)
        columns.addWidget(preview_box, 2)
        self.finish_layout(body)

        if given is not None:
            self._show_spec(given)
        self._bind()
        self._frequency_changed()
        self._end_mode_changed()
        self.frequency.currentIndexChanged.connect(self._frequency_changed)
        self.for_count.toggled.connect(self._end_mode_changed)
        for signal in (
            self.frequency.currentIndexChanged,
            self.interval.valueChanged,
            self.nth.currentIndexChanged,
            self.weekday.currentIndexChanged,
            self.start_date.dateChanged,
            self.for_count.toggled,
            self.end_date.dateChanged,
            self.count.valueChanged,
            self.start_time.timeChanged,
            self.duration.valueChanged,
            self.holidays.currentIndexChanged,
        ):
            signal.connect(self.refresh_preview)
        self.refresh_preview()
        self.resize(1180, 740)

    def _errors_alias(self, field: str, shown_as: str) -> None:
        self._errors[field] = self._errors[shown_as]
        self._error_fields[field] = self._error_fields[shown_as]

    def _show_spec(self, spec: GroupSpec) -> None:
        rule = spec.recurrence
        self.name.setText(spec.name)
        self.is_open.setCurrentIndex(1 if spec.is_open else 0)
        self.capacity_min.setValue(spec.capacity_min)
        self.capacity_max.setValue(spec.capacity_max)
        if spec.room_id is not None:
            self.room.setCurrentIndex(max(0, self.room.findData(spec.room_id)))
        self.location_shared.setChecked(spec.location_shared)
        self._set_facilitators(spec.facilitator_ids)
        self.frequency.setCurrentIndex(self.frequency.findData(rule.frequency.value))
        self.interval.setValue(rule.interval)
        if rule.nth is not None:
            self.nth.setCurrentIndex(self.nth.findData(rule.nth))
        self.weekday.setCurrentIndex(rule.weekday)
        self.start_date.setDate(_qdate(rule.start_date))
        if rule.end_date is not None:
            self.until_date.setChecked(True)
            self.end_date.setDate(_qdate(rule.end_date))
        else:
            self.for_count.setChecked(True)
            self.count.setValue(rule.count or 1)
        self.start_time.setTime(QTime(rule.start_time.hour, rule.start_time.minute))
        self.duration.setValue(rule.duration_minutes)
        self.holidays.setCurrentIndex(self.holidays.findData(rule.holidays.value))
        self._set_closures(rule.closures)

    def _bind(self) -> None:
        fields = self.fields
        fields.line_edit(self.name)
        fields.combo(self.is_open)
        fields.spin(self.capacity_min)
        fields.spin(self.capacity_max)
        fields.combo(self.room)
        fields.check(self.location_shared)
        fields.bind(
            self.facilitators,
            self.facilitators.itemChanged,
            self.facilitator_ids,
            self._set_facilitators,
        )
        fields.combo(self.frequency)
        fields.spin(self.interval)
        fields.combo(self.nth)
        fields.combo(self.weekday)
        fields.date(self.start_date)
        fields.check(self.for_count)
        fields.date(self.end_date)
        fields.spin(self.count)
        fields.time(self.start_time)
        fields.spin(self.duration)
        fields.combo(self.holidays)
        fields.bind(
            self.closures_list,
            self.closures_list.model().modelReset,
            lambda: self._closures,
            self._set_closures,
        )
        fields.reset()

    # ------------------------------------------------------------ values

    def facilitator_ids(self) -> tuple[int, ...]:
        """The ids of the ticked facilitators."""
        out = []
        for row in range(self.facilitators.count()):
            item = self.facilitators.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return tuple(sorted(out))

    def _set_facilitators(self, ids: tuple[int, ...]) -> None:
        wanted = set(ids)
        self.facilitators.blockSignals(True)
        for row in range(self.facilitators.count()):
            item = self.facilitators.item(row)
            checked = int(item.data(Qt.ItemDataRole.UserRole)) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.facilitators.blockSignals(False)

    def _set_closures(self, closures: tuple[Closure, ...]) -> None:
        self._closures = tuple(sorted(set(closures)))
        self.closures_list.clear()  # emits modelReset: the binder records the change
        for closure in self._closures:
            QListWidgetItem(
                self.tr("%1 to %2")
                .replace("%1", date_text(closure.start))
                .replace("%2", date_text(closure.end)),
                self.closures_list,
            )
        self.refresh_preview()

    def _add_closure(self) -> None:
        closure = Closure(_date(self.closure_start.date()), _date(self.closure_end.date()))
        if closure.end < closure.start:
            label = self.error_label("closures")
            label.setText(
                validation_text(EndBeforeStartError("closures", closure.start, closure.end))
            )
            label.show()
            return
        self.error_label("closures").hide()
        self._set_closures((*self._closures, closure))

    def _remove_closure(self) -> None:
        row = self.closures_list.currentRow()
        if 0 <= row < len(self._closures):
            self._set_closures(self._closures[:row] + self._closures[row + 1 :])

    def _frequency_changed(self) -> None:
        monthly = self.frequency.currentData() == Frequency.MONTHLY_NTH.value
        self.nth.setEnabled(monthly)
        self.interval.setMaximum(recurrence.MAX_INTERVAL[Frequency(self.frequency.currentData())])
        self.interval_label.setText(self.tr("month(s)") if monthly else self.tr("week(s)"))

    def _end_mode_changed(self) -> None:
        self.count.setEnabled(self.for_count.isChecked())
        self.end_date.setEnabled(self.until_date.isChecked())

    def rule(self) -> Recurrence:
        """The recurrence the form describes."""
        frequency = Frequency(self.frequency.currentData())
        time = self.start_time.time()
        by_count = self.for_count.isChecked()
        return Recurrence(
            frequency=frequency,
            weekday=int(self.weekday.currentData()),
            start_date=_date(self.start_date.date()),
            start_time=dt.time(time.hour(), time.minute()),
            duration_minutes=self.duration.value(),
            end_date=None if by_count else _date(self.end_date.date()),
            count=self.count.value() if by_count else None,
            interval=self.interval.value(),
            nth=int(self.nth.currentData()) if frequency is Frequency.MONTHLY_NTH else None,
            holidays=HolidayCalendar(self.holidays.currentData()),
            closures=self._closures,
        )

    def room_choice(self) -> tuple[int | None, str]:
        """The chosen room's id, or None with the name of a room to create ("" for none)."""
        text = self.room.currentText().strip()
        for room in self.rooms:
            if room.spec.name.casefold() == text.casefold():
                return room.id, room.spec.name
        return None, text

    def spec(self) -> GroupSpec:
        """What the form says (the room id is set by the page once a new room exists)."""
        room_id, _name = self.room_choice()
        return GroupSpec(
            name=self.name.text(),
            action_id=self.action_id,
            facilitator_ids=self.facilitator_ids(),
            recurrence=self.rule(),
            is_open=bool(self.is_open.currentData()),
            capacity_min=self.capacity_min.value(),
            capacity_max=self.capacity_max.value(),
            room_id=room_id,
            location_shared=self.location_shared.isChecked(),
        )

    def sessions_outside_year(self) -> tuple[dt.datetime, ...]:
        """The sessions the form plans outside its action's year (none if unknown).

        For a stored group, only those its saved rule did not already plan: a warning
        once answered is not asked again at each edit.
        """
        if self.action_year is None:
            return ()
        found = self._outside_year(self.rule(), self.action_year)
        if self.info is not None:
            already = set(self._outside_year(self.info.spec.recurrence, self.action_year))
            found = tuple(x for x in found if x not in already)
        return found

    @staticmethod
    def _outside_year(rule: Recurrence, year: int) -> tuple[dt.datetime, ...]:
        try:
            expansion = recurrence.expand_rule(rule)
        except ValidationError:  # a rule the save refuses anyway, with its own message
            return ()
        return outside_year(
            (o.start for o in expansion.occurrences), year, recurrence.zone(rule.timezone)
        )

    # ------------------------------------------------------------ preview

    def refresh_preview(self) -> None:
        """Expand the rule with the recurrence service and show every date it gives."""
        rule = self.rule()
        try:
            expansion = recurrence.expand_rule(rule)
        except ValidationError as error:  # a rule being typed: say what is wrong, keep going
            self.preview.clear()
            self.preview_summary.setStyleSheet(error_style())
            self.preview_summary.setText(validation_text(error))
            return
        self.preview.set_expansion(expansion, rule.timezone, rule.holidays)
        self.preview_summary.setStyleSheet("")
        kept = expansion.occurrences
        zone = recurrence.zone(rule.timezone)
        self.preview_summary.setText(
            self.tr("%1 session(s) from %2 to %3; %4 date(s) skipped.")
            .replace("%1", str(len(kept)))
            .replace("%2", long_date_text(kept[0].start.astimezone(zone).date()))
            .replace("%3", long_date_text(kept[-1].start.astimezone(zone).date()))
            .replace("%4", str(len(expansion.skipped)))
        )


# ---------------------------------------------------------------- the page
