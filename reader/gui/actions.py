"""Every command of the window, declared once in `ACTIONS`: its id, Dutch text (English through Qt Linguist),
default keys, menu place, where its keys work, when it is enabled (and checked), and its place on the tool bar
(`TOOLBAR`). Its handler is bound by the same id in one place: a method marked `@handles("id")` in
`reader.gui.commands`. The menus, the tool bar, the shortcut overview, the shortcuts dialog and the enabling
all come from this table (`action_registry.ActionRegistry` makes the QActions); nothing else creates a
command with a key.

Adding a command: one `ActionSpec` here (a menu path from `MENUS`, or none but a key), one `@handles` method in
commands.py. When it is enabled is a predicate over `WindowState` (the few facts the window's commands
depend on); a command that needs a new fact adds a field there and sets it in `MainWindow.state`.

Keys are `QKeySequence.StandardKey`s where Qt has one (Open, Print, Find, FindNext/FindPrevious, Back,
Forward, ZoomIn/ZoomOut, Quit, HelpContents), so they follow the platform; a standard binding that would
take a key another command names explicitly (FindNext's Ctrl+G on X11 is "go to question" here) is left out,
and so is anything in `drop` (Backspace as Back would surprise in a reader).

Contexts: WINDOW keys work anywhere in the window (letters such as J/K/N/P still type into a search field:
a line edit claims printable keys first); PANE, SIDEBAR and LIST keys only while focus is in that part,
so Space still presses a focused button and Home/End still move in the list. Two commands may not share a
key where their contexts overlap (WINDOW overlaps every context of the main window). OVERVIEW keys work in the
overview's own window and overlap nothing else: there Ctrl+P prints the overview, in the main window the document.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum
from typing import NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QStyle

SK = QKeySequence.StandardKey
SP = QStyle.StandardPixmap
CONTEXT = "Actions"  # the translation context of every action text
F = TypeVar("F", bound=Callable[..., object])


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name pyside6-lupdate looks for
    """Marks `text` for translation in `context`; it is translated when shown (`translate`)."""
    return text


class Scope(StrEnum):
    """Where a command's keys work (see the module docstring)."""

    WINDOW = "window"
    PANE = "pane"
    SIDEBAR = "sidebar"
    LIST = "list"
    OVERVIEW = "overview"  # the overview's own window (overview.py): its keys work only there


class WindowState(NamedTuple):  # records are NamedTuples here: `dataclasses` costs start-up time
    """What the enabling and checking of commands depends on; `MainWindow.state()` makes one after every change
    that matters, and `ActionRegistry.update` applies it. The defaults are a window with nothing open."""

    library_open: bool = False
    document_open: bool = False
    can_go_back: bool = False
    can_go_forward: bool = False
    list_shown: bool = False
    sidebar_shown: bool = False
    source_shown: bool = False
    side_open: bool = False  # a second reading pane is open beside the first (side_by_side.py)
    overview_shown: bool = False
    offline: bool = False  # the setting: nothing is fetched from the official sources
    watch_at_start: bool = False  # the setting: the watch list is checked at start


Predicate = Callable[[WindowState], bool]


def always(_state: WindowState) -> bool:
    return True


def library_open(state: WindowState) -> bool:
    return state.library_open


def document_open(state: WindowState) -> bool:
    return state.document_open


def can_go_back(state: WindowState) -> bool:
    return state.can_go_back


def can_go_forward(state: WindowState) -> bool:
    return state.can_go_forward


def list_shown(state: WindowState) -> bool:
    return state.list_shown


def sidebar_shown(state: WindowState) -> bool:
    return state.sidebar_shown


def source_shown(state: WindowState) -> bool:
    return state.source_shown


def side_open(state: WindowState) -> bool:
    return state.side_open


def overview_shown(state: WindowState) -> bool:
    return state.overview_shown


def offline(state: WindowState) -> bool:
    return state.offline


def watch_at_start(state: WindowState) -> bool:
    return state.watch_at_start


Key = str | QKeySequence.StandardKey


class ActionSpec(NamedTuple):
    id: str
    text: str  # Dutch, with a mnemonic; marked with QT_TRANSLATE_NOOP so lupdate finds it
    menu: str  # a menu path from MENUS ("go", "view/language"); "" = in no menu (must then have a key)
    keys: tuple[Key, ...] = ()
    scope: Scope = Scope.WINDOW
    tip: str = ""  # a longer explanation (status tip, overview)
    icon: QStyle.StandardPixmap | None = None
    checkable: bool = False
    section: int = 0  # a separator goes between sections of one menu
    drop: tuple[str, ...] = ()  # keys of a standard binding not to use
    enabled_when: Predicate = library_open  # most commands need the library; the help and language ones do not
    checked_when: Predicate | None = None  # a checkable command that shows a state of the window


MENUS: tuple[tuple[str, str], ...] = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&Bestand")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "Be&werken")),
    ("view", QT_TRANSLATE_NOOP("Actions", "Beel&d")),
    ("view/language", QT_TRANSLATE_NOOP("Actions", "&Taal")),
    ("go", QT_TRANSLATE_NOOP("Actions", "&Ga")),
    ("library", QT_TRANSLATE_NOOP("Actions", "B&ibliotheek")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help")),
    ("overview", QT_TRANSLATE_NOOP("Actions", "&Overzicht")),
)
OVERVIEW_MENU = "overview"  # the menu of the overview's window (not in the main window's menu bar)

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
    "toggle_list",  # in a narrow window the folded list's drawer opens here
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
    A("print", QT_TRANSLATE_NOOP("Actions", "&Afdrukken…"), "file", (SK.Print,), section=1, enabled_when=document_open,
      tip=QT_TRANSLATE_NOOP("Actions", "Vragen en antwoorden naast elkaar afdrukken")),
    A("print_preview", QT_TRANSLATE_NOOP("Actions", "Afdruk&voorbeeld…"), "file", ("Ctrl+Shift+P",), section=1,
      enabled_when=document_open,
      tip=QT_TRANSLATE_NOOP("Actions", "Laten zien hoe de afdruk eruitziet")),
    A("export_pdf", QT_TRANSLATE_NOOP("Actions", "&Exporteren als PDF…"), "file", ("Ctrl+Shift+E",), section=1,
      enabled_when=document_open,
      tip=QT_TRANSLATE_NOOP("Actions", "De naast elkaar gezette vragen en antwoorden als PDF bewaren")),
    A("quit", QT_TRANSLATE_NOOP("Actions", "Af&sluiten"), "file", (SK.Quit, "Ctrl+Q"), section=2,
      enabled_when=always),
    # ---- Bewerken -------------------------------------------------------------------------------------------
    A("find", QT_TRANSLATE_NOOP("Actions", "&Zoeken in document…"), "edit", (SK.Find,), enabled_when=document_open,
      tip=QT_TRANSLATE_NOOP("Actions", "Tekst zoeken in het geopende document"), icon=SP.SP_FileDialogContentsView),
    A("find_next", QT_TRANSLATE_NOOP("Actions", "V&olgende zoeken"), "edit", (SK.FindNext,),
      enabled_when=document_open),
    A("find_previous", QT_TRANSLATE_NOOP("Actions", "Vo&rige zoeken"), "edit", (SK.FindPrevious,),
      drop=("Ctrl+Shift+G",), enabled_when=document_open),
    A("search_library", QT_TRANSLATE_NOOP("Actions", "Zoeken in &bibliotheek"), "edit", ("Ctrl+L", "Ctrl+K"),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar het zoekveld van de documentenlijst")),
    A("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Sneltoetsen aanpassen…"), "edit", section=1,
      enabled_when=always),
    # ---- Beeld ----------------------------------------------------------------------------------------------
    A("toggle_list", QT_TRANSLATE_NOOP("Actions", "&Documentenlijst"), "view", ("Ctrl+Shift+L",), checkable=True,
      checked_when=list_shown,
      tip=QT_TRANSLATE_NOOP("Actions", "De lijst met documenten tonen of verbergen"), icon=SP.SP_FileDialogListView),
    A("toggle_sidebar", QT_TRANSLATE_NOOP("Actions", "&Voetnoten"), "view", ("Ctrl+Shift+V",), checkable=True,
      checked_when=sidebar_shown,
      tip=QT_TRANSLATE_NOOP("Actions", "De voetnoten en verwijzingen tonen of verbergen"),
      icon=SP.SP_FileDialogDetailedView),
    A("toggle_source", QT_TRANSLATE_NOOP("Actions", "&Brontekst"), "view", ("Ctrl+U",), checkable=True,
      checked_when=source_shown,
      tip=QT_TRANSLATE_NOOP("Actions", "De gelezen tekst tonen, om te zien wat de lezer ervan maakte")),
    A("zoom_in", QT_TRANSLATE_NOOP("Actions", "&Inzoomen"), "view", (SK.ZoomIn, "Ctrl+="), section=1),
    A("zoom_out", QT_TRANSLATE_NOOP("Actions", "&Uitzoomen"), "view", (SK.ZoomOut,), section=1),
    A("zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Normale grootte"), "view", ("Ctrl+0",), section=1),
    A("next_pane", QT_TRANSLATE_NOOP("Actions", "Volgend &paneel"), "view", ("F6",), section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "De focus naar de lijst, de vragen en antwoorden of de voetnoten")),
    A("previous_pane", QT_TRANSLATE_NOOP("Actions", "Vorig p&aneel"), "view", ("Shift+F6",), section=2),
    A("open_beside", QT_TRANSLATE_NOOP("Actions", "Aangehaald antwoord naast &elkaar"), "view", ("Ctrl+Shift+N",),
      section=3, enabled_when=document_open,
      tip=QT_TRANSLATE_NOOP("Actions", "Het aangehaalde document van de gekozen voetnoot in een tweede leesvenster "
                                       "naast dit document openen")),
    A("switch_pane", QT_TRANSLATE_NOOP("Actions", "Naar het andere &leesvenster"), "view", ("F8",), section=3,
      enabled_when=side_open,
      tip=QT_TRANSLATE_NOOP("Actions", "De focus naar het andere van de twee leesvensters naast elkaar")),
    A("close_beside", QT_TRANSLATE_NOOP("Actions", "Tweede leesvenster &sluiten"), "view", ("Ctrl+W",), section=3,
      enabled_when=side_open),
    A("overview", QT_TRANSLATE_NOOP("Actions", "&Overzicht antwoordtijden"), "view", ("Ctrl+Shift+O",), section=3,
      checkable=True, checked_when=overview_shown,
      tip=QT_TRANSLATE_NOOP("Actions", "Grafieken: hoe lang ministeries over antwoorden doen, wat open of te laat is")),
    A("language_system", QT_TRANSLATE_NOOP("Actions", "Zoals het &systeem"), "view/language", checkable=True,
      enabled_when=always),
    # a language's own name: not translated
    A("language_nl", "&Nederlands", "view/language", checkable=True, enabled_when=always),
    A("language_en", "&English", "view/language", checkable=True, enabled_when=always),
    # ---- Ga -------------------------------------------------------------------------------------------------
    A("next_pair", QT_TRANSLATE_NOOP("Actions", "&Volgende vraag"), "go", ("J", "Alt+Down"),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar de volgende vraag met haar antwoord"), icon=SP.SP_ArrowDown,
      enabled_when=document_open),
    A("previous_pair", QT_TRANSLATE_NOOP("Actions", "V&orige vraag"), "go", ("K", "Alt+Up"),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar de vorige vraag met haar antwoord"), icon=SP.SP_ArrowUp,
      enabled_when=document_open),
    A("first_pair", QT_TRANSLATE_NOOP("Actions", "&Eerste vraag"), "go", ("Home", "Ctrl+Home"), Scope.PANE,
      enabled_when=document_open),
    A("last_pair", QT_TRANSLATE_NOOP("Actions", "&Laatste vraag"), "go", ("End", "Ctrl+End"), Scope.PANE,
      enabled_when=document_open),
    A("go_to_pair", QT_TRANSLATE_NOOP("Actions", "&Ga naar vraag…"), "go", ("Ctrl+G",),
      tip=QT_TRANSLATE_NOOP("Actions", "Naar vraag N; of typ het nummer in het leesvenster"),
      enabled_when=document_open),
    A("page_down", QT_TRANSLATE_NOOP("Actions", "Pagina o&mlaag"), "go", ("Space", "PgDown"), Scope.PANE,
      section=1, enabled_when=document_open),
    A("page_up", QT_TRANSLATE_NOOP("Actions", "Pagina om&hoog"), "go", ("Shift+Space", "PgUp"), Scope.PANE,
      section=1, enabled_when=document_open),
    A("next_document", QT_TRANSLATE_NOOP("Actions", "Volge&nd document"), "go", ("Ctrl+PgDown", "N"), section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "Het volgende document in de lijst openen")),
    A("previous_document", QT_TRANSLATE_NOOP("Actions", "Vor&ig document"), "go", ("Ctrl+PgUp", "P"), section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "Het vorige document in de lijst openen")),
    A("back", QT_TRANSLATE_NOOP("Actions", "&Terug"), "go", (SK.Back,), section=3, icon=SP.SP_ArrowBack,
      drop=("Backspace",), enabled_when=can_go_back,
      tip=QT_TRANSLATE_NOOP("Actions", "Terug naar het document en de vraag van voor de gevolgde verwijzing")),
    A("forward", QT_TRANSLATE_NOOP("Actions", "Voo&ruit"), "go", (SK.Forward,), section=3, icon=SP.SP_ArrowForward,
      drop=("Shift+Backspace",), enabled_when=can_go_forward),
    A("follow_citation", QT_TRANSLATE_NOOP("Actions", "Verwij&zing volgen"), "go", ("Return", "Enter"),
      Scope.SIDEBAR, section=3,
      tip=QT_TRANSLATE_NOOP("Actions", "De verwijzing van de gekozen voetnoot openen")),
    # ---- Bibliotheek: the official sources (sources_ui.py) ----------------------------------------------------
    A("search_online", QT_TRANSLATE_NOOP("Actions", "&Zoeken in de officiële bekendmakingen"), "library",
      tip=QT_TRANSLATE_NOOP("Actions", "Naar het zoekveld, met de officiële bekendmakingen erbij "
                                       "(Enter zoekt online)")),
    A("fetch_missing", QT_TRANSLATE_NOOP("Actions", "Alle ontbrekende &ophalen"), "library",
      enabled_when=document_open,
      tip=QT_TRANSLATE_NOOP("Actions", "Alle aangehaalde Kamervragen van dit document die niet in uw bibliotheek "
                                       "staan, ophalen bij de officiële bronnen")),
    A("update", QT_TRANSLATE_NOOP("Actions", "&Bijwerken"), "library", section=1,
      tip=QT_TRANSLATE_NOOP("Actions", "Alle beantwoorde Kamervragen ophalen die sinds de vorige keer zijn "
                                       "gepubliceerd")),
    A("update_since", QT_TRANSLATE_NOOP("Actions", "Bijwerken &vanaf…"), "library", section=1,
      tip=QT_TRANSLATE_NOOP("Actions", "Alle beantwoorde Kamervragen ophalen die sinds een gekozen dag zijn "
                                       "gepubliceerd")),
    A("watch_list", QT_TRANSLATE_NOOP("Actions", "Vo&lglijst…"), "library", section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "De open vragen die u volgt, en of ze al beantwoord zijn")),
    A("watch_current", QT_TRANSLATE_NOOP("Actions", "Deze vragen vol&gen"), "library", section=2,
      enabled_when=document_open,
      tip=QT_TRANSLATE_NOOP("Actions", "De vragen van het geopende document op de volglijst zetten")),
    A("watch_check", QT_TRANSLATE_NOOP("Actions", "Volglijst &controleren"), "library", section=2,
      tip=QT_TRANSLATE_NOOP("Actions", "De officiële bronnen vragen of gevolgde vragen beantwoord zijn")),
    A("watch_at_start", QT_TRANSLATE_NOOP("Actions", "Volglijst bij het &starten controleren"), "library",
      section=3, checkable=True, checked_when=watch_at_start),
    A("offline", QT_TRANSLATE_NOOP("Actions", "O&ffline werken"), "library", section=3, checkable=True,
      checked_when=offline, enabled_when=always,
      tip=QT_TRANSLATE_NOOP("Actions", "Niets ophalen bij de officiële bronnen")),
    # ---- Help -----------------------------------------------------------------------------------------------
    A("shortcut_overview", QT_TRANSLATE_NOOP("Actions", "&Sneltoetsen"), "help", (SK.HelpContents, "?"),
      tip=QT_TRANSLATE_NOOP("Actions", "Alle sneltoetsen op een rij"), enabled_when=always),
    A("about", QT_TRANSLATE_NOOP("Actions", "&Over Kamervragen Reader"), "help", enabled_when=always),
    # ---- Overzicht (the overview's window) ------------------------------------------------------------------
    A("overview_print", QT_TRANSLATE_NOOP("Actions", "&Afdrukken…"), "overview", (SK.Print,), Scope.OVERVIEW,
      tip=QT_TRANSLATE_NOOP("Actions", "Alle grafieken en tabellen van het overzicht afdrukken")),
    A("overview_preview", QT_TRANSLATE_NOOP("Actions", "Afdruk&voorbeeld…"), "overview", ("Ctrl+Shift+P",),
      Scope.OVERVIEW, tip=QT_TRANSLATE_NOOP("Actions", "Laten zien hoe de afdruk van het overzicht eruitziet")),
    A("overview_export_pdf", QT_TRANSLATE_NOOP("Actions", "Exporteren als P&DF…"), "overview", ("Ctrl+Shift+E",),
      Scope.OVERVIEW, section=1,
      tip=QT_TRANSLATE_NOOP("Actions", "Alle grafieken en tabellen van het overzicht als PDF bewaren")),
    A("overview_export_png", QT_TRANSLATE_NOOP("Actions", "Grafiek exporteren als P&NG…"), "overview", (),
      Scope.OVERVIEW, section=1, tip=QT_TRANSLATE_NOOP("Actions", "De getoonde grafiek als afbeelding bewaren")),
    A("overview_export_csv", QT_TRANSLATE_NOOP("Actions", "Cijfers exporteren als &CSV…"), "overview", (),
      Scope.OVERVIEW, section=1,
      tip=QT_TRANSLATE_NOOP("Actions", "De cijfers van de getoonde grafiek als CSV voor een rekenblad bewaren")),
    A("overview_close", QT_TRANSLATE_NOOP("Actions", "&Sluiten"), "overview", (SK.Close, "Escape"), Scope.OVERVIEW,
      section=2),
)  # fmt: skip
del A

BY_ID: dict[str, ActionSpec] = {spec.id: spec for spec in ACTIONS}


def enabled_ids(state: WindowState) -> tuple[str, ...]:
    """The commands enabled in `state` (WindowState() is a window with nothing open)."""
    return tuple(spec.id for spec in ACTIONS if spec.enabled_when(state))


def translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def plain(text: str) -> str:
    """A menu text without its mnemonic and ellipsis: "&Openen…" → "Openen"."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def key_sequence(key: str) -> QKeySequence:
    return QKeySequence(key, QKeySequence.SequenceFormat.PortableText)


def _media_key(seq: QKeySequence) -> bool:
    """A dedicated multimedia or launch key (Back, Forward, Open, Find, Zoom In…): standard bindings list them,
    but few keyboards have them and they would crowd every menu and the overview."""
    return seq.count() == 1 and seq[0].key().value >= Qt.Key.Key_Back.value  # type: ignore[index]


def default_keys(spec: ActionSpec) -> list[QKeySequence]:
    """The default key sequences of one command, standard keys expanded, before conflict resolution."""
    out: list[QKeySequence] = []
    dropped = {key_sequence(k) for k in spec.drop}
    for key in spec.keys:
        if isinstance(key, str):
            seqs = [key_sequence(key)]
        else:
            seqs = [s for s in QKeySequence.keyBindings(key) if not _media_key(s)]
        for seq in seqs:
            if not seq.isEmpty() and seq not in dropped and seq not in out:
                out.append(seq)
    return out


def overlaps(a: Scope, b: Scope) -> bool:
    """Do keys of the two scopes work in one place? WINDOW keys work in every part of the main window; the
    overview is a window of its own, where only its own keys work."""
    if Scope.OVERVIEW in (a, b):
        return a == b
    return a == b or Scope.WINDOW in (a, b)


def portable_text(seq: QKeySequence) -> str:
    return seq.toString(QKeySequence.SequenceFormat.PortableText)


def resolve_defaults() -> dict[str, list[QKeySequence]]:
    """Every command's default keys. A key named explicitly wins over one that only comes from a standard
    binding (FindNext's Ctrl+G); among explicit keys the table must be free of conflicts (tested)."""
    explicit: dict[str, list[ActionSpec]] = {}  # portable key text → the commands that name it
    for spec in ACTIONS:
        for k in spec.keys:
            if isinstance(k, str):
                explicit.setdefault(portable_text(key_sequence(k)), []).append(spec)
    result: dict[str, list[QKeySequence]] = {}
    for spec in ACTIONS:
        keys = []
        for seq in default_keys(spec):
            owners = explicit.get(portable_text(seq), [])
            if spec not in owners and any(overlaps(spec.scope, other.scope) for other in owners):
                continue
            keys.append(seq)
        result[spec.id] = keys
    return result


def conflicts(assignment: dict[str, list[QKeySequence]]) -> list[tuple[QKeySequence, str, str]]:
    """(key, command, other command) for every key two commands share where their contexts overlap; the
    commands of a pair in the order of `assignment`."""
    holders: dict[str, list[tuple[str, QKeySequence]]] = {}
    for action_id, seqs in assignment.items():
        for seq in seqs:
            holders.setdefault(portable_text(seq), []).append((action_id, seq))
    found = []
    for pairs in holders.values():
        for i, (a, seq) in enumerate(pairs):
            for b, _other in pairs[i + 1 :]:
                if a != b and overlaps(BY_ID[a].scope, BY_ID[b].scope):
                    found.append((seq, a, b))
    return found


def key_text(seqs: Iterable[QKeySequence]) -> str:
    """Keys as the user reads them: "J, Alt+Down"."""
    return ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in seqs)


def handles(*action_ids: str) -> Callable[[F], F]:
    """Marks a method as the handler of the commands `action_ids` (see `ActionRegistry.bind`). A checkable
    command's handler receives the new checked state; any other command's handler no argument."""

    def mark(method: F) -> F:
        method.command_ids = action_ids  # type: ignore[attr-defined]
        return method

    return mark
