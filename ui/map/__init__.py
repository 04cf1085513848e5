"""The map page (一张图, issue 17): 社区 shaded by their figures, tickets' pins, projects' markers, drawn with Qt's own
QGraphicsView from the boundaries the office imported (no web view, no tiles: it works offline)."""
