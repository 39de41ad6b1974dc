"""docker-compose.yml, deploy/Dockerfile and deploy/crisiswatch.example.yaml fit together.

No Docker engine runs here. `docker compose config` (the Compose spec's own validation, no
daemon needed) runs where the compose plugin exists; the structural checks below run always:
they catch what `config` cannot (a mount of a file that is not in the repo, a port the worker
does not listen on, a scrape target that is not the worker service).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from streams.config import load_config

REPO = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((REPO / "docker-compose.yml").read_text())
SERVICES: dict[str, Any] = COMPOSE["services"]
EXAMPLE = REPO / "deploy" / "crisiswatch.example.yaml"

pytestmark = pytest.mark.unit


def compose_plugin() -> bool:
    if shutil.which("docker") is None:
        return False
    probe = subprocess.run(["docker", "compose", "version"], capture_output=True, timeout=30,
                           check=False)
    return probe.returncode == 0


@pytest.mark.skipif(not compose_plugin(),
                    reason="docker compose plugin missing: the structural checks in this "
                           "module still run")
def test_docker_compose_config_accepts_the_file() -> None:
    result = subprocess.run(["docker", "compose", "-f", "docker-compose.yml", "config", "-q"],
                            cwd=REPO, capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr


def test_services_and_images() -> None:
    assert set(SERVICES) == {"kafka", "worker", "prometheus", "grafana"}
    assert SERVICES["kafka"]["image"] == "apache/kafka:4.1.1"
    assert re.fullmatch(r"prom/prometheus:v\d+\.\d+\.\d+", SERVICES["prometheus"]["image"])
    assert re.fullmatch(r"grafana/grafana:\d+\.\d+\.\d+", SERVICES["grafana"]["image"])
    assert SERVICES["worker"]["build"] == {"context": ".", "dockerfile": "deploy/Dockerfile"}
    assert SERVICES["worker"]["deploy"]["replicas"] == 2


def test_kafka_is_a_single_kraft_node_reachable_by_the_workers() -> None:
    env = {k: str(v) for k, v in SERVICES["kafka"]["environment"].items()}
    assert env["KAFKA_PROCESS_ROLES"] == "broker,controller"
    node = env["KAFKA_NODE_ID"]
    assert env["KAFKA_CONTROLLER_QUORUM_VOTERS"].startswith(f"{node}@kafka:")
    listeners = dict(item.split("://") for item in env["KAFKA_LISTENERS"].split(","))
    protocols = dict(item.split(":") for item in env["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"]
                     .split(","))
    assert set(listeners) == set(protocols)
    assert env["KAFKA_CONTROLLER_LISTENER_NAMES"] in listeners
    assert env["KAFKA_INTER_BROKER_LISTENER_NAME"] in listeners
    for key in ("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"):
        assert env[key] == "1", key  # one broker cannot hold more replicas
    cluster_id = re.sub(r"\$\{\w+:-(.*)\}", r"\1", env["CLUSTER_ID"])
    assert re.fullmatch(r"[A-Za-z0-9_-]{22}", cluster_id)  # a base64 UUID
    # The workers' bootstrap is an advertised listener of the broker.
    bootstrap = load_config(EXAMPLE).kafka.bootstrap
    advertised = [a.split("://")[1] for a in env["KAFKA_ADVERTISED_LISTENERS"].split(",")]
    assert bootstrap in advertised
    assert SERVICES["worker"]["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert SERVICES["kafka"]["healthcheck"]["test"]
    assert "kafka-data:/var/lib/kafka/data" in SERVICES["kafka"]["volumes"]
    assert env["KAFKA_LOG_DIRS"] == "/var/lib/kafka/data"


def test_example_config_loads_and_fits_the_container() -> None:
    config = load_config(EXAMPLE)
    assert config.worker.web_host == "0.0.0.0"  # reachable by Prometheus
    assert config.worker.data_dir == "/var/lib/crisiswatch"
    assert config.kafka.partitions >= SERVICES["worker"]["deploy"]["replicas"]
    used = set(config.routing.receivers)
    for receiver in used - {"console"}:  # every routed receiver works without secrets
        r = config.receivers[receiver]
        assert not any(getattr(r, k, "") for k in ("url_env", "token_env", "routing_key_env")), \
            receiver
    assert "/etc/crisiswatch/crisiswatch.yaml" in " ".join(SERVICES["worker"]["volumes"])


def test_every_mounted_host_path_is_in_the_repo() -> None:
    named = set(COMPOSE.get("volumes") or {})
    for name, service in SERVICES.items():
        for mount in service.get("volumes", []):
            source = mount.split(":")[0]
            if source.startswith("./"):
                assert (REPO / source).exists(), f"{name}: {source} missing"
            else:
                assert source in named, f"{name}: volume {source} not declared"


def test_prometheus_scrapes_the_worker_service_on_its_port() -> None:
    prom = SERVICES["prometheus"]
    assert "./deploy/prometheus:/etc/prometheus:ro" in prom["volumes"]
    assert "--config.file=/etc/prometheus/prometheus.yml" in prom["command"]
    cfg = yaml.safe_load((REPO / "deploy/prometheus/prometheus.yml").read_text())
    [job] = [j for j in cfg["scrape_configs"] if j["job_name"] == "crisiswatch"]
    [sd] = job["dns_sd_configs"]
    assert sd["names"] == ["worker"] and sd["type"] == "A"
    assert sd["port"] == load_config(EXAMPLE).worker.web_port
    assert str(sd["port"]) in [str(p) for p in SERVICES["worker"]["expose"]]


def test_dockerfile_runs_the_worker_as_a_non_root_user() -> None:
    text = (REPO / "deploy" / "Dockerfile").read_text()
    assert re.search(r"^FROM python:3\.11-slim\b", text, re.M)
    user = re.findall(r"^USER\s+(\S+)", text, re.M)
    assert user and not user[-1].startswith(("root", "0"))
    assert re.search(r"^RUN .*pip install \.", text, re.M)
    assert ('ENTRYPOINT ["crisiswatch", "worker", "-c", "/etc/crisiswatch/crisiswatch.yaml"]'
            in text)
    # Everything `pip install .` needs is copied (and allowed through the ignore file).
    ignore = (REPO / "deploy" / "Dockerfile.dockerignore").read_text()
    for path in ("pyproject.toml", "README.md", "streams", "detectors", "alerts"):
        assert re.search(rf"^COPY .*\b{re.escape(path)}\b", text, re.M), path
        assert f"!{path}" in ignore, path
