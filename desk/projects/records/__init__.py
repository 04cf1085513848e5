"""A project's records (issue 16 §2): money, parties, acceptance (survey, result, callbacks), 回头看 and the
contractors' record. ``service`` (money and parties), ``acceptance`` (survey, result, callbacks, revisits),
``board`` (the contractors' 红黑榜); their verbs in ``verbs`` (combined into desk.ActingUser)."""
