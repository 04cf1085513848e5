"""Category standards (立结案标准, issue 15 §4): the library window of the 管理 menu and the standard's panel
that the 退单 review shows."""
