"""Alembic environment. desk.db hands over a live connection in config.attributes."""
from __future__ import annotations

from alembic import context
from sqlalchemy import engine_from_config, pool

from models import Base
from models.textsearch import is_index_object

config = context.config
target_metadata = Base.metadata


def _render_item(type_, obj, autogen_context):
    if type_ == "type" and obj.__class__.__name__ == "UTCDateTime":
        autogen_context.imports.add("import models.base")
        return "models.base.UTCDateTime()"
    return False


def _include(dialect: str):
    """What autogenerate compares: not the search index's objects, and an index of another database
    (``Index.ddl_if(dialect=...)``, as the hotspots' indexes) only on its own."""
    def include(obj, name, type_, reflected, compare_to) -> bool:
        if is_index_object(name, type_):
            return False
        only = getattr(obj, "_ddl_if", None)
        return only is None or only.dialect is None or dialect in ((only.dialect,) if isinstance(only.dialect, str)
                                                                   else only.dialect)
    return include


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
        render_item=_render_item,
        include_object=_include(connection.dialect.name),
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = engine_from_config(
        config.get_section(config.config_ini_section, {}), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with engine.connect() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    context.configure(url=config.get_main_option("sqlalchemy.url"), target_metadata=target_metadata,
                      render_as_batch=True, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
else:
    run_migrations_online()
