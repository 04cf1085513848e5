from desk.enums import TicketState


def test_whole_loop(world):
    t = world.new_ticket()
    t = world.clerk.whistle(t.number, lead="城管执法队", assist=["住建委"], note="请尽快处理")
    assert t.state == TicketState.DISPATCHED
    lead, assist = t.dispatches
    li = world.responder("城管执法队")
    li.acknowledge(lead.id)
    li.respond(lead.id, "已联系反映人")
    li.resolve(lead.id, "已清理")
    wang = world.responder("住建委")
    wang.acknowledge(assist.id)
    wang.respond(assist.id, "已到场")
    wang.resolve(assist.id, "已配合")
    clerk = world.clerk
    assert clerk.ticket(t.number).state == TicketState.AWAITING_VERIFICATION
    clerk.verify(t.number, accepted=True, note="现场核实")
    clerk.record_callback(t.number, contacted=True, resolved=True, satisfaction="satisfied")
    assert clerk.close(t.number).state == TicketState.CLOSED
