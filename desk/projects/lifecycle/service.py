"""A project's lifecycle as the façade answers it (desk.projects.lifecycle.dto.LifecycleInfo), composed from the
stages, milestones, entries and files modules beside this one."""
from __future__ import annotations

from sqlalchemy.orm import Session

from desk.projects.lifecycle import dto, entries, files, milestones, stages
from models import Project


def info(session: Session, project: Project) -> dto.LifecycleInfo:
    all_files = files.listing(session, project)
    by_milestone: dict[int, tuple[dto.FileInfo, ...]] = {}
    by_entry: dict[int, tuple[dto.FileInfo, ...]] = {}
    for f in all_files:
        if f.milestone_id is not None:
            by_milestone[f.milestone_id] = by_milestone.get(f.milestone_id, ()) + (f,)
        else:
            by_entry[f.entry_id] = by_entry.get(f.entry_id, ()) + (f,)  # type: ignore[index]
    ms = milestones.infos(session, project, by_milestone)
    following = stages.next_stage(project.stage)
    blocking = tuple(m.id for m in ms if m.stage == project.stage and m.done_at is None)
    return dto.LifecycleInfo(project.number, project.name, project.stage, following, blocking,
                             entries.current_percent(session, project), tuple(ms),
                             tuple(entries.infos(session, project, by_entry)))


def milestone_info(session: Session, project: Project, milestone_id: int) -> dto.MilestoneInfo:
    return next(m for m in info(session, project).milestones if m.id == milestone_id)
