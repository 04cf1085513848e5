"""Category standards (立结案标准): the category tree and each leaf's departments, conditions and limits
(issue 15 §4)."""
