"""The offline map (一张图, issue 17): boundaries, tickets' points, projects' places and the map's figures."""
