"""Whistle Desk core: the Qt-free façade, workflow and services."""
from desk.clock import Clock, FakeClock, ServerClock, SystemClock
from desk.facade import ActingUser, Actions, Desk

__version__ = "0.1.0"

__all__ = ["ActingUser", "Actions", "Clock", "Desk", "FakeClock", "ServerClock", "SystemClock", "__version__"]
