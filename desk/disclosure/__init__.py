"""阳光工程 disclosure (issue 16 §4): what the office publishes about its key livelihood works and its 接诉即办
figures, as plain data for ``reports.disclosure`` to write as a static site.

Public by construction: each field is chosen here, one by one (:class:`PublicProject`), never copied wholesale
from a row. No resident's name, phone or address, and no free text a clerk typed except a project's name (its
description is not published).
"""
from desk.disclosure.service import (MARKER, Disclosure, MonthFigures, PublicProject, RatesRow, check_site_folder,
                                     disclosure)

__all__ = ["MARKER", "Disclosure", "MonthFigures", "PublicProject", "RatesRow", "check_site_folder", "disclosure"]
