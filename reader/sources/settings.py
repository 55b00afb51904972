"""What the user chose about fetching, and where the services are.

`SourceSettings.load()` reads section `[sources]` of `settings.ini` in the configuration folder (the file the
window keeps its preferences in; it writes the same keys with QSettings, group `sources`):

    [sources]
    rate=2          ; requests per second at most (all services together)
    offline=false   ; true: nothing is ever fetched
    watch=false     ; true: the window checks the watch list when it starts
    timeout=20      ; seconds to wait for a server before it counts as unreachable

A value that cannot be read falls back to its default: a hand-edited file never stops the program.

`Endpoints.from_environment()` gives the base URLs: the official services, or `KAMERVRAGEN_SRU_URL`,
`KAMERVRAGEN_ZOEK_URL` and `KAMERVRAGEN_TK_ODATA_URL` (tests, mirrors).
"""

from __future__ import annotations

import configparser
import math
import os
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import urlsplit

from reader.core import paths

SECTION = "sources"
SETTINGS_FILE = "settings.ini"

SRU_URL = "https://repository.overheid.nl/sru"
ZOEK_URL = "https://zoek.officielebekendmakingen.nl"
TK_ODATA_URL = "https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0"
# hosts the official records point their files at (`gzd:itemUrl`)
OFFICIAL_HOSTS = frozenset(
    {"repository.overheid.nl", "zoek.officielebekendmakingen.nl", "gegevensmagazijn.tweedekamer.nl"}
)

_TRUE = frozenset({"1", "true", "yes", "on", "ja", "aan"})
_FALSE = frozenset({"0", "false", "no", "off", "nee", "uit"})


@dataclass(frozen=True)
class SourceSettings:
    rate: float = 2.0  # requests per second at most
    offline: bool = False
    watch: bool = False
    timeout: float = 20.0  # seconds

    @property
    def interval(self) -> float:
        """The least time between the starts of two requests."""
        return 1.0 / self.rate

    @classmethod
    def load(cls, path: Path | None = None) -> SourceSettings:
        """The settings from `settings.ini` (or `path`); defaults for whatever is missing or unreadable."""
        file = path if path is not None else paths.config_dir() / SETTINGS_FILE
        parser = configparser.ConfigParser(interpolation=None, strict=False)
        try:
            with file.open(encoding="utf-8", errors="replace") as f:
                parser.read_string(f.read(1_000_000))
        except (OSError, configparser.Error):
            return cls()
        if not parser.has_section(SECTION):
            return cls()
        section = parser[SECTION]
        default = cls()
        return cls(
            rate=_number(section.get("rate"), default.rate, 0.01, 1000.0),
            offline=_flag(section.get("offline"), default.offline),
            watch=_flag(section.get("watch"), default.watch),
            timeout=_number(section.get("timeout"), default.timeout, 0.5, 120.0),
        )

    def with_offline(self, offline: bool) -> SourceSettings:
        """These settings, offline when `offline` is set (the `--offline` flag adds to the setting)."""
        return replace(self, offline=self.offline or offline)


def _unquote(value: str) -> str:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':  # QSettings quotes some values
        value = value[1:-1]
    return value.strip()


def _number(value: str | None, default: float, low: float, high: float) -> float:
    if value is None:
        return default
    try:
        number = float(_unquote(value))
    except ValueError:
        return default
    if not math.isfinite(number) or number <= 0:
        return default
    return min(max(number, low), high)


def _flag(value: str | None, default: bool) -> bool:
    if value is None:
        return default
    text = _unquote(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return default


@dataclass(frozen=True)
class Endpoints:
    sru: str = SRU_URL  # the SRU endpoint itself
    zoek: str = ZOEK_URL  # {zoek}/{id}.xml, {zoek}/{id}.pdf
    tk_odata: str = TK_ODATA_URL  # {tk_odata}/Zaak?…

    @classmethod
    def from_environment(cls) -> Endpoints:
        def base(var: str, default: str) -> str:
            value = os.environ.get(var, "").strip()
            return (value or default).rstrip("/")

        return cls(
            sru=base("KAMERVRAGEN_SRU_URL", SRU_URL),
            zoek=base("KAMERVRAGEN_ZOEK_URL", ZOEK_URL),
            tk_odata=base("KAMERVRAGEN_TK_ODATA_URL", TK_ODATA_URL),
        )

    @property
    def hosts(self) -> frozenset[str]:
        """The hosts a request or a redirect may go to: these services' and the official file hosts."""
        own = {(urlsplit(u).hostname or "").lower() for u in (self.sru, self.zoek, self.tk_odata)}
        return frozenset(own | OFFICIAL_HOSTS) - {""}
