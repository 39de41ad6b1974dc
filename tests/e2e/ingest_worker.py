"""`python -m tests.e2e.ingest_worker worker -c ...`: the real worker with
`streams.ingest_http.register_routes` in `web_routes` and a read_committed consumer, whether or
not streams/worker.py and streams/app.py wire them yet (both are idempotent)."""

from __future__ import annotations

import sys
from typing import Any

from streams import worker
from streams.cli import main
from streams.connectors.isolation import read_committed
from streams.ingest_http import register_routes

_create_app = worker.create_app


def create_app(config: Any, bootstrap: str, *, extras: dict[str, Any] | None = None,
               worker_settings: dict[str, Any] | None = None) -> Any:
    extras = dict(extras or {})
    extras["web_routes"] = [*extras.get("web_routes", ()), register_routes]
    app, rt = _create_app(config, bootstrap, extras=extras, worker_settings=worker_settings)
    read_committed(app)
    return app, rt


worker.create_app = create_app  # type: ignore[assignment]

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
