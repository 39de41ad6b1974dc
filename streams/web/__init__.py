"""The worker's HTTP surface: health and metrics (server.py), the action API and its JSON,
inbound Slack / PagerDuty / Telegram, POST /ingest, the web console, and the in-memory views of
the compacted `incidents` and `volume` topics they read."""
