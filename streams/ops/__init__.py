"""Running it: Kafka clients and topic creation, the local broker launcher, logs, Prometheus
metrics and scrape-time observability, garbage-collector tuning."""
