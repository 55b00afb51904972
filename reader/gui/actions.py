"""Every command of the window, defined once: its id, Dutch text (English through Qt Linguist), default keys,
menu, shortcut context and tool bar place. The menus, the tool bar, the shortcut overview and the shortcuts
dialog are all generated from `ACTIONS`; nothing else creates a command with a key.

Keys are `QKeySequence.StandardKey`s where Qt has one (Open, Print, Find, FindNext/FindPrevious, Back,
Forward, ZoomIn/ZoomOut, Quit, HelpContents), so they follow the platform; a standard binding that would
take a key another command names explicitly (FindNext's Ctrl+G on X11 is "go to question" here) is left out,
and so is anything in `drop` (Backspace as Back would surprise in a reader).

Contexts: WINDOW keys work anywhere in the window (letters such as J/K/N/P still type into a search field:
a line edit claims printable keys first); PANE, SIDEBAR and LIST keys only while focus is in that part,
so Space still presses a focused button and Home/End still move in the list. Two commands may not share a
key where their contexts overlap (WINDOW overlaps every context).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QMenuBar, QStyle, QToolBar, QWidget

SK = QKeySequence.StandardKey
SP = QStyle.StandardPixmap
CONTEXT = "Actions"  # the translation context of every action text


class Scope(StrEnum):
    """Where a command's keys work (see the module docstring)."""

    WINDOW = "window"
    PANE = "pane"
    SIDEBAR = "sidebar"
    LIST = "list"


Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class ActionSpec:
    id: str
    text: str  # Dutch, with a mnemonic; marked with QT_TRANSLATE_NOOP so lupdate finds it
    menu: str  # a menu path from MENUS ("go", "view/language"); "" = in no menu (must then have a key)
    keys: tuple[Key, ...] = ()
    scope: Scope = Scope.WINDOW
    tip: str = ""  # a longer explanation (status tip, overview)
    icon: SP | None = None
    checkable: bool = False
    section: int = 0  # a separator goes between sections of one menu
    drop: tuple[str, ...] = ()  # keys of a standard binding not to use


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&Bestand")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "Be&werken")),
    ("view", QT_TRANSLATE_NOOP("Actions", "Beel&d")),
    ("view/language", QT_TRANSLATE_NOOP("Actions", "&Taal")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Ga")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
)

# the tool bar, in order; None is a separator
TOOLBAR: tuple[str | None, ...] = (
    "open",
    None,
    "back",
    "forward",
    None,
    "previous_pair",
    "next_pair",
    None,
    "find",
    "toggle_sidebar",
)

A = ActionSpec
ACTIONS: tuple[ActionSpec, ...] = (
    # ---- Bestand --------------------------------------------------------------------------------------------
    A("open", QT_TRANSLATE_NOOP("Actions", "&Openen…"), "file", (SK.Open,),
      tip=QT_TRANSLATE_NOOP("Actions", "Een PDF-, XML-, HTML- of tekstbestand openen en aan de bibliotheek toevoegen"),
      icon=SP.SP_DialogOpenButton),
    A("add_samples", QT_TRANSLATE_NOOP("Actions", "Voorbeel&ddocumenten toevoegen"), "file",
      tip=QT_TRANSLATE_NOOP("Actions", "De meegeleverde fictieve voorbeelden aan de bibliotheek toevoegen")),
    A("print", QT_TRANSLATE_NOOP("Actions", "&Afdrukken…"), "file", (SK.Print,), section=1,
      tip=QT_TRANSLATE_NOOP("Actions", "Vragen en antwoorden naast elkaar afdrukken")),
    A("print_preview", QT_TRANSLATE_NOOP("Actions", "Afdruk&voorbeeld…"), "file", ("Ctrl+Shift+P",), section=1,
      tip=QT_TRANSLATE_NOOP("Actions", "Laten zien hoe de afdruk eruitziet")),
    A("export_pdf", QT_TRANSLATE_NOOP("Actions", "&Exporteren als PDF…"), "file", ("Ctrl+Shift+E",), section=1,
      tip=QT_TRANSLATE_NOOP("Actions", "De naast elkaar gezette vragen en antwoorden als PDF bewaren")),
    A("quit", QT_TRANSLATE_NOOP("Actions", "Af&sluiten"), "file", (SK.Quit, "Ctrl+Q"), section=2),
    # ---- Bewerken -------------------------------------------------------------------------------------------
    A("find", QT_TRANSLATE_NOOP("Actions", "&Zoeken in document…"), "edit", (SK.Find,),
      tip=QT_TRANSLATE_NOOP("Actions", "Tekst zoeken in het geopende document"), icon=SP.SP_FileDialogContentsView),
    A("find_next", QT_TRANSLATE_NOOP("Actions", "V&olgende zoeken"), "edit", (SK.FindNext,)),
    A("find_previous", QT_TRANSLATE_NOOP("Actions", "Vo&rige zoeken"), "edit", (SK.FindPrevious,),
      drop=("Ctrl+Shift+G",)),
    A("search_library", QT_TRANSLATE_NOOP("Actions", "Zoeken in &bibliotheek"), "edit", ("Ctrl+L", "Ctrl+K"),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar het zoekveld van de documentenlijst")),
    A("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Sneltoetsen aanpassen…"), "edit", section=1),
    # ---- Beeld ----------------------------------------------------------------------------------------------
    A("toggle_list", QT_TRANSLATE_NOOP("Actions", "&Documentenlijst"), "view", ("Ctrl+Shift+L",), checkable=True,
      tip=QT_TRANSLATE_NOOP("Actions", "De lijst met documenten tonen of verbergen")),
    A("toggle_sidebar", QT_TRANSLATE_NOOP("Actions", "&Voetnoten"), "view", ("Ctrl+Shift+V",), checkable=True,
      tip=QT_TRANSLATE_NOOP("Actions", "De voetnoten en verwijzingen tonen of verbergen"),
      icon=SP.SP_FileDialogDetailedView),
    A("toggle_source", QT_TRANSLATE_NOOP("Actions", "&Brontekst"), "view", ("Ctrl+U",), checkable=True,
      tip=QT_TRANSLATE_NOOP("Actions", "De gelezen tekst tonen, om te zien wat de lezer ervan maakte")),
    A("zoom_in", QT_TRANSLATE_NOOP("Actions", "&Inzoomen"), "view", (SK.ZoomIn, "Ctrl+="), section=1),
    A("zoom_out", QT_TRANSLATE_NOOP("Actions", "&Uitzoomen"), "view", (SK.ZoomOut,), section=1),
    A("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Normale grootte"), "view", ("Ctrl+0",), section=1),
    A("next_pane", QT_TRANSLATE_NOOP("Actions", "Volgend &paneel"), "view", ("F6",), section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "De focus naar de lijst, de vragen en antwoorden of de voetnoten")),
    A("previous_pane", QT_TRANSLATE_NOOP("Actions", "Vorig p&aneel"), "view", ("Shift+F6",), section=2),
    A("language_system", QT_TRANSLATE_NOOP("Actions", "Zoals het &systeem"), "view/language", checkable=True),
    A("language_nl", "&Nederlands", "view/language", checkable=True),  # a language's own name: not translated
    A("language_en", "&English", "view/language", checkable=True),
    # ---- Ga -------------------------------------------------------------------------------------------------
    A("next_pair", QT_TRANSLATE_NOOP("Actions", "&Volgende vraag"), "go", ("J", "Alt+Down"),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar de volgende vraag met haar antwoord"), icon=SP.SP_ArrowDown),
    A("previous_pair", QT_TRANSLATE_NOOP("Actions", "V&orige vraag"), "go", ("K", "Alt+Up"),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar de vorige vraag met haar antwoord"), icon=SP.SP_ArrowUp),
    A("first_pair", QT_TRANSLATE_NOOP("Actions", "&Eerste vraag"), "go", ("Home", "Ctrl+Home"), Scope.PANE),
    A("last_pair", QT_TRANSLATE_NOOP("Actions", "&Laatste vraag"), "go", ("End", "Ctrl+End"), Scope.PANE),
    A("go_to_pair", QT_TRANSLATE_NOOP("Actions", "&Ga naar vraag…"), "go", ("Ctrl+G",),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar vraag N; of typ het nummer in het leesvenster")),
    A("page_down", QT_TRANSLATE_NOOP("Actions", "Pagina o&mlaag"), "go", ("Space", "PgDown"), Scope.PANE,
      section=1),
    A("page_up", QT_TRANSLATE_NOOP("Actions", "Pagina om&hoog"), "go", ("Shift+Space", "PgUp"), Scope.PANE,
      section=1),
    A("next_document", QT_TRANSLATE_NOOP("Actions", "Volge&nd document"), "go", ("Ctrl+PgDown", "N"), section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "Het volgende document in de lijst openen")),
    A("previous_document", QT_TRANSLATE_NOOP("Actions", "Vor&ig document"), "go", ("Ctrl+PgUp", "P"), section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "Het vorige document in de lijst openen")),
    A("back", QT_TRANSLATE_NOOP("Actions", "&Terug"), "go", (SK.Back,), section=3, icon=SP.SP_ArrowBack,
      drop=("Backspace",),
      tip=QT_TRANSLATE_NOOP("Actions", "Terug naar het document en de vraag van voor de gevolgde verwijzing")),
    A("forward", QT_TRANSLATE_NOOP("Actions", "Voo&ruit"), "go", (SK.Forward,), section=3, icon=SP.SP_ArrowForward,
      drop=("Shift+Backspace",)),
    A("follow_citation", QT_TRANSLATE_NOOP("Actions", "Verwij&zing volgen"), "go", ("Return", "Enter"),
      Scope.SIDEBAR, section=3,
      tip=QT_TRANSLATE_NOOP("Actions", "De verwijzing van de gekozen voetnoot openen")),
    # ---- Help -----------------------------------------------------------------------------------------------
    A("shortcut_overview", QT_TRANSLATE_NOOP("Actions", "&Sneltoetsen"), "help", (SK.HelpContents, "?"),
      tip=QT_TRANSLATE_NOOP("Actions", "Alle sneltoetsen op een rij")),
    A("about", QT_TRANSLATE_NOOP("Actions", "&Over Kamervragen Reader"), "help"),
)  # fmt: skip
del A

BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "&Openen…" → "Openen"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def _sequence(key: str) -> QKeySequence:
    return QKeySequence(key, QKeySequence.SequenceFormat.PortableText)


def _media_key(seq: QKeySequence) -> bool:
    """A dedicated multimedia or launch key (Back, Forward, Open, Find, Zoom In…): standard bindings list them,
    but few keyboards have them and they would crowd every menu and the overview."""
    return seq.count() == 1 and seq[0].key().value >= Qt.Key.Key_Back.value


def default_keys(spec: ActionSpec) -> list[QKeySequence]:
    """The default key sequences of one command, standard keys expanded, before conflict resolution."""
    out: list[QKeySequence] = []
    dropped = {_sequence(k) for k in spec.drop}
    for key in spec.keys:
        if isinstance(key, str):
            seqs = [_sequence(key)]
        else:
            seqs = [s for s in QKeySequence.keyBindings(key) if not _media_key(s)]
        for seq in seqs:
            if not seq.isEmpty() and seq not in dropped and seq not in out:
                out.append(seq)
    return out


def overlaps(a: Scope, b: Scope) -> bool:
    return a == b or Scope.WINDOW in (a, b)


def resolve_defaults() -> dict[str, list[QKeySequence]]:
    """Every command's default keys. A key named explicitly wins over one that only comes from a standard
    binding (FindNext's Ctrl+G); among explicit keys the table must be free of conflicts (tested)."""
    explicit: dict[str, list[QKeySequence]] = {
        spec.id: [_sequence(k) for k in spec.keys if isinstance(k, str)] for spec in ACTIONS
    }
    result: dict[str, list[QKeySequence]] = {}
    for spec in ACTIONS:
        keys = []
        for seq in default_keys(spec):
            if seq not in explicit[spec.id]:
                taken = any(
                    seq in explicit[other.id] and overlaps(spec.scope, other.scope)
                    for other in ACTIONS
                    if other.id != spec.id
                )
                if taken:
                    continue
            keys.append(seq)
        result[spec.id] = keys
    return result


def conflicts(assignment: dict[str, list[QKeySequence]]) -> list[tuple[QKeySequence, str, str]]:
    """(key, command, other command) for every key two commands share where their contexts overlap."""
    found = []
    ids = list(assignment)
    for i, a in enumerate(ids):
        for b in ids[i + 1 :]:
            if not overlaps(BY_ID[a].scope, BY_ID[b].scope):
                continue
            for seq in assignment[a]:
                if seq in assignment[b]:
                    found.append((seq, a, b))
    return found


def key_text(seqs: Iterable[QKeySequence]) -> str:
    """Keys as the user reads them: "J, Alt+Down"."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in seqs)


class ActionRegistry(QObject):
    """The QActions of one window, made from `ACTIONS`, with the user's key changes applied."""

    def __init__(self, parent: QWidget, overrides: dict[str, list[str]] | None = None) -> None:
        super().__init__(parent)
        self.window = parent
        self.defaults = resolve_defaults()
        self.actions: dict[str, QAction] = {}
        self.keys: dict[str, list[QKeySequence]] = {}
        self.rejected_overrides: list[str] = []  # stored changes that could not be applied (conflicts)
        style = QApplication.style()
        for spec in ACTIONS:
            action = QAction(parent)
            action.setObjectName(f"action_{spec.id}")
            action.setCheckable(spec.checkable)
            if spec.icon is not None:
                action.setIcon(style.standardIcon(spec.icon))
            if spec.tip:
                action.setStatusTip(translate(spec.tip))
            action.setShortcutContext(
                Qt.ShortcutContext.WindowShortcut
                if spec.scope == Scope.WINDOW
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            self.actions[spec.id] = action
        self.set_keys(self._with_overrides(overrides or {}))
        # window-wide keys belong to the window; scoped ones are attached to their widget by `attach`
        for spec in ACTIONS:
            if spec.scope == Scope.WINDOW:
                parent.addAction(self.actions[spec.id])

    def __getitem__(self, action_id: str) -> QAction:
        return self.actions[action_id]

    def _with_overrides(self, overrides: dict[str, list[str]]) -> dict[str, list[QKeySequence]]:
        keys = {k: list(v) for k, v in self.defaults.items()}
        for action_id, texts in overrides.items():
            if action_id not in keys:
                continue
            candidate = dict(keys)
            candidate[action_id] = [s for s in (_sequence(t) for t in texts) if not s.isEmpty()]
            if conflicts(candidate):
                self.rejected_overrides.append(action_id)
                continue
            keys = candidate
        return keys

    def overrides(self) -> dict[str, list[str]]:
        """Only the commands whose keys differ from their defaults, as portable key texts."""
        return {
            action_id: [s.toString(QKeySequence.SequenceFormat.PortableText) for s in seqs]
            for action_id, seqs in self.keys.items()
            if seqs != self.defaults[action_id]
        }

    def set_keys(self, keys: dict[str, list[QKeySequence]]) -> None:
        """Give every command its keys (refused with ValueError when two would share a key)."""
        clash = conflicts(keys)
        if clash:
            seq, a, b = clash[0]
            raise ValueError(f"{seq.toString()} is used by {a} and {b}")
        self.keys = {k: list(v) for k, v in keys.items()}
        for spec in ACTIONS:
            self.actions[spec.id].setShortcuts(self.keys[spec.id])
        self.retranslate()

    def retranslate(self) -> None:
        """Texts with every key after a tab, so a menu shows all keys of a command, not only the first."""
        for spec in ACTIONS:
            action = self.actions[spec.id]
            text = translate(spec.text)
            keys = key_text(self.keys.get(spec.id, []))
            action.setText(f"{text}\t{keys}" if keys else text)
            action.setIconText(plain(text))
            action.setToolTip(f"{plain(text)} ({keys})" if keys else plain(text))

    def attach(self, scope: Scope, widget: QWidget) -> None:
        """Make the keys of `scope` work while focus is inside `widget`."""
        for spec in ACTIONS:
            if spec.scope == scope:
                widget.addAction(self.actions[spec.id])

    def connect(self, handlers: dict[str, Callable[..., object]]) -> None:
        for action_id, handler in handlers.items():
            action = self.actions[action_id]
            if action.isCheckable():
                action.toggled.connect(handler)
            else:
                action.triggered.connect(lambda _checked=False, h=handler: h())

    # ---- menus and tool bar ---------------------------------------------------------------------------------
    def build_menus(self, bar: QMenuBar) -> dict[str, QMenu]:
        menus: dict[str, QMenu] = {}
        for path, title in MENUS:
            menu = QMenu(translate(title), bar)
            menu.setObjectName(f"menu_{path.replace('/', '_')}")
            menus[path] = menu
            if "/" not in path:
                bar.addMenu(menu)
        last_section: dict[str, int] = {}
        for spec in ACTIONS:
            if not spec.menu:
                continue
            menu = menus[spec.menu]
            if spec.menu in last_section and last_section[spec.menu] != spec.section:
                menu.addSeparator()
            last_section[spec.menu] = spec.section
            menu.addAction(self.actions[spec.id])
        for path, _title in MENUS:  # submenus close their parent menu
            parent_path, _, _ = path.rpartition("/")
            if parent_path:
                menus[parent_path].addSeparator()
                menus[parent_path].addMenu(menus[path])
        return menus

    def build_toolbar(self, toolbar: QToolBar) -> None:
        for action_id in TOOLBAR:
            if action_id is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(self.actions[action_id])
