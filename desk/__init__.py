"""Whistle Desk core: the Qt-free façade, workflow and services.

The names below are imported on first use (PEP 562): ``import desk`` itself costs nothing, so that
``whistle-desk --version`` and ``--help`` need not load SQLAlchemy, the models and the services.
``from desk import Desk`` works as before.
"""
__version__ = "0.1.0"

#: Public name -> the module that defines it.
_LAZY = {
    "ActingUser": "desk.facade", "Actions": "desk.facade", "Desk": "desk.facade",
    "Clock": "desk.clock", "FakeClock": "desk.clock", "ServerClock": "desk.clock", "SystemClock": "desk.clock",
}

__all__ = ["ActingUser", "Actions", "Clock", "Desk", "FakeClock", "ServerClock", "SystemClock", "__version__"]


def __getattr__(name: str):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'desk' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once: later look-ups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))
