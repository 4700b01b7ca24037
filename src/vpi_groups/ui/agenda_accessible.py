"""The agenda's painted week and month views, as assistive technology sees them.

The calendar is one painted widget, so Qt alone shows a screen reader (AT-SPI on
Linux, UI Automation on Windows) a single blank object. :func:`attach` gives it an
accessible interface whose children are the days and sessions painted on it, in
keyboard order (a day, then its sessions, then the next day): each has a name, a
description, a role, its place on the screen, whether it has the focus, and an
action (a session's "press" opens it, as Enter does).

Lifetimes. An item interface is a Python object whose C++ half Qt's accessibility
cache may hold and delete. So every item is registered in the cache as soon as it
is made, the canvas's interface keeps a reference to it, and it is only ever let go
through :func:`QAccessible.deleteAccessibleInterface` (Qt deletes the C++ half, and
only then does Python drop the dead wrapper): when its day or session leaves the
view, when the canvas is destroyed, and at exit. Letting Python free an item Qt
still holds would leave a dangling pointer in the cache (a crash at the next
question from the screen reader).

Python subclasses of Qt's accessible interfaces work under PySide 6.11: the items
are :class:`QAccessibleInterface` and :class:`QAccessibleActionInterface` at once,
and :meth:`ItemAccessible.interface_cast` hands Qt the second half.
"""

from __future__ import annotations

import atexit
import datetime as dt
import weakref
from collections.abc import Sequence
from typing import Protocol, cast

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

# The PySide stubs type these overrides' results as never None, and interface_cast's
# as an int; Qt takes a null pointer for "none" and a pointer from interface_cast:
# those overrides carry "type: ignore[override]".

__all__ = [
    "AccessibleCalendar",
    "CanvasAccessible",
    "ItemAccessible",
    "Key",
    "attach",
    "focus_event",
    "refresh",
]

Key = tuple[dt.date, int | None]
"""An item of the view: its day, and the session's id (None for the day itself)."""


class AccessibleCalendar(Protocol):
    """What the canvas tells of its items (a :class:`QWidget` that paints them)."""

    def accessible_keys(self) -> Sequence[Key]:
        """The items shown, in keyboard order."""
        ...

    def focus_key(self) -> Key:
        """The item in focus (even while the view itself has no focus)."""
        ...

    def key_name(self, key: Key) -> str:
        """The item's name: the date, or the session's title, times, room and status."""
        ...

    def key_description(self, key: Key) -> str:
        """The item in more words."""
        ...

    def key_rect(self, key: Key) -> QRect:
        """Where the item is painted, in the canvas's coordinates."""
        ...

    def key_at(self, point: QPoint) -> Key | None:
        """The item painted at a point of the canvas (a session before its day)."""
        ...

    def focus_on_key(self, key: Key) -> None:
        """Put the keyboard focus on the item."""
        ...

    def press_key(self, key: Key) -> None:
        """Open the item (a session), as Enter does."""
        ...


_classes: set[type[QWidget]] = set()
_live: weakref.WeakSet[CanvasAccessible] = weakref.WeakSet()


def _factory(key: str, obj: QObject) -> QAccessibleInterface | None:
    """Qt's factory hook: the calendar's interface for a canvas class installed."""
    if obj is not None and any(isinstance(obj, kind) for kind in _classes):
        return CanvasAccessible(cast(QWidget, obj))
    return None


def _release_all() -> None:
    """At exit, hand every item back to Qt before Python frees its wrappers."""
    for canvas in list(_live):
        canvas.release()


def attach(canvas: QWidget) -> None:
    """Give ``canvas`` (an :class:`AccessibleCalendar`) its interface; call after construction.

    Qt may have made a plain interface for the widget while it was being built (a
    screen reader asks as soon as it exists, before the Python class is known): that
    one is dropped, so the next question gets the calendar's.
    """
    if not _classes:
        QAccessible.installFactory(_factory)
        atexit.register(_release_all)
    _classes.add(type(canvas))
    interface = QAccessible.queryAccessibleInterface(canvas)
    if interface is not None and not isinstance(interface, CanvasAccessible):
        QAccessible.deleteAccessibleInterface(QAccessible.uniqueId(interface))


def refresh(canvas: QWidget) -> None:
    """The items shown changed: rebuild them, and tell assistive technology if they did."""
    interface = QAccessible.queryAccessibleInterface(canvas)
    if isinstance(interface, CanvasAccessible) and interface.sync():
        QAccessible.updateAccessibility(QAccessibleEvent(canvas, QAccessible.Event.ObjectReorder))


def focus_event(canvas: QWidget, index: int) -> QAccessibleEvent:
    """The event saying that the item at ``index`` of the canvas's items has the focus."""
    event = QAccessibleEvent(canvas, QAccessible.Event.Focus)
    if index >= 0:
        event.setChild(index)
    return event


class CanvasAccessible(QAccessibleWidget):
    """The calendar as a list of its days and sessions."""

    def __init__(self, canvas: QWidget) -> None:
        """The interface of ``canvas``; its items are made when first asked for."""
        super().__init__(canvas, QAccessible.Role.List)
        # Weak: Qt holds this interface as long as the process lives (PySide keeps
        # what a factory returned), and it must not keep the canvas's sessions alive.
        self._canvas: weakref.ref[QWidget] = weakref.ref(canvas)
        self._keys: tuple[Key, ...] = ()
        self._items: dict[Key, ItemAccessible] = {}
        self._ids: dict[Key, int] = {}
        _live.add(self)
        canvas.destroyed.connect(self.release)

    def calendar(self) -> AccessibleCalendar | None:
        """The canvas, while it lives."""
        canvas = self._canvas()
        if canvas is None or not shiboken6.isValid(canvas):
            return None
        return cast(AccessibleCalendar, canvas)

    def sync(self) -> bool:
        """Match the items to the canvas's; whether they changed.

        An item whose day or session is still shown is kept (a screen reader keeps
        its place); the others are handed back to Qt, which deletes them.
        """
        calendar = self.calendar()
        keys = tuple(calendar.accessible_keys()) if calendar is not None else ()
        if keys == self._keys:
            return False
        kept = set(keys)
        for key in [k for k in self._items if k not in kept]:
            self._drop(key)
        for key in keys:
            if key not in self._items:
                item = ItemAccessible(self, key)
                self._items[key] = item
                self._ids[key] = QAccessible.registerAccessibleInterface(item)
        self._keys = keys
        return True

    def release(self) -> None:
        """Hand every item back to Qt (the canvas is going, or the process ends)."""
        for key in list(self._items):
            self._drop(key)
        self._keys = ()

    def _drop(self, key: Key) -> None:
        """Have Qt delete an item, then forget it (in this order: see the module)."""
        QAccessible.deleteAccessibleInterface(self._ids.pop(key))
        self._items.pop(key)

    def _current(self) -> tuple[Key, ...]:
        self.sync()
        return self._keys

    def childCount(self) -> int:
        """The days and sessions shown."""
        return len(self._current())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """The item at ``index``, in keyboard order."""
        keys = self._current()
        return self._items[keys[index]] if 0 <= index < len(keys) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        """Where an item stands, or -1."""
        keys = self._current()
        if isinstance(child, ItemAccessible) and child.key in self._items:
            return keys.index(child.key)
        return -1

    def item(self, key: Key) -> ItemAccessible | None:
        """The item of a key, if shown."""
        self._current()
        return self._items.get(key)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """The item at a point of the screen."""
        calendar = self.calendar()
        if calendar is None:
            return None
        key = calendar.key_at(cast(QWidget, calendar).mapFromGlobal(QPoint(x, y)))
        return None if key is None else self.item(key)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """The item in focus, while the view has the keyboard focus."""
        calendar = self.calendar()
        if calendar is None or not cast(QWidget, calendar).hasFocus():
            return None
        return self.item(calendar.focus_key())


class ItemAccessible(QAccessibleInterface, QAccessibleActionInterface):
    """A day or a session of the calendar: words, place, focus, and its actions.

    Both a :class:`QAccessibleInterface` and its action interface, as Qt's own
    widgets are: :meth:`interface_cast` hands Qt the action half.
    """

    def __init__(self, parent: CanvasAccessible, key: Key) -> None:
        """The item ``key`` of the calendar whose interface is ``parent``."""
        QAccessibleInterface.__init__(self)
        QAccessibleActionInterface.__init__(self)
        self._parent = parent
        self.key = key

    def _calendar(self) -> AccessibleCalendar | None:
        return self._parent.calendar()

    def isValid(self) -> bool:
        """Whether the canvas lives and still shows the item."""
        calendar = self._calendar()
        return calendar is not None and self.key in calendar.accessible_keys()

    def object(self) -> QObject | None:  # type: ignore[override]
        """None: an item is no object of its own (the canvas is its parent's)."""
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        """The window the canvas is in."""
        calendar = self._calendar()
        return None if calendar is None else cast(QWidget, calendar).window().windowHandle()

    def parent(self) -> QAccessibleInterface:
        """The calendar."""
        return self._parent

    def child(self, _index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """None: an item has no children."""
        return None

    def childCount(self) -> int:
        """None."""
        return 0

    def indexOfChild(self, _child: QAccessibleInterface) -> int:
        """-1: no children."""
        return -1

    def childAt(self, _x: int, _y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        """None: no children."""
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        """None: no children."""
        return None

    def role(self) -> QAccessible.Role:
        """A session is a button (it opens); a day, an item of the list."""
        return QAccessible.Role.ListItem if self.key[1] is None else QAccessible.Role.Button

    def text(self, kind: QAccessible.Text) -> str:
        """Its name and description."""
        calendar = self._calendar()
        if calendar is None:
            return ""
        if kind == QAccessible.Text.Name:
            return calendar.key_name(self.key)
        if kind == QAccessible.Text.Description:
            return calendar.key_description(self.key)
        return ""

    def setText(self, _kind: QAccessible.Text, _text: str) -> None:
        """Read-only: the words come from the session."""

    def rect(self) -> QRect:
        """Where it is painted, on the screen."""
        calendar = self._calendar()
        if calendar is None:
            return QRect()
        local = calendar.key_rect(self.key)
        if local.isNull():
            return QRect()
        return QRect(cast(QWidget, calendar).mapToGlobal(local.topLeft()), local.size())

    def state(self) -> QAccessible.State:
        """Focusable; focused and selected when it is the item in focus."""
        state = QAccessible.State()
        calendar = self._calendar()
        if calendar is None:
            state.invalid = True
            return state
        widget = cast(QWidget, calendar)
        state.focusable = True
        state.selectable = True
        current = calendar.focus_key() == self.key
        state.selected = current
        state.focused = current and widget.hasFocus()
        state.invisible = not widget.isVisible()
        return state

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        """The action half for Qt, which asks for it by type."""
        if kind == QAccessible.InterfaceType.ActionInterface:
            return shiboken6.VoidPtr(shiboken6.getCppPointer(self)[1])
        return shiboken6.VoidPtr(0)

    # ------------------------------------------------------------ actions

    def actionNames(self) -> list[str]:
        """A session opens (press) or takes the focus; a day takes the focus."""
        focus = QAccessibleActionInterface.setFocusAction()
        if self.key[1] is None:
            return [focus]
        return [QAccessibleActionInterface.pressAction(), focus]

    def doAction(self, name: str) -> None:
        """Open the session, or put the keyboard focus on the item."""
        calendar = self._calendar()
        if calendar is None:
            return
        if name == QAccessibleActionInterface.pressAction() and self.key[1] is not None:
            calendar.press_key(self.key)
        elif name == QAccessibleActionInterface.setFocusAction():
            calendar.focus_on_key(self.key)

    def keyBindingsForAction(self, name: str) -> list[str]:
        """Enter opens the session in focus."""
        if name == QAccessibleActionInterface.pressAction() and self.key[1] is not None:
            return ["Return"]
        return []
