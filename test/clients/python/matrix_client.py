"""The client matrix's librdkafka client: confluent-kafka (Python, bundling librdkafka) doing one
action a test asks for, with the JSON input in argv[1] and one JSON line of what it saw on
stdout (test/clients/protocol.ts). Runs in the .cache/confluent-kafka virtualenv of .ci/run."""

import json
import sys
import time

import confluent_kafka
from confluent_kafka import Consumer, KafkaException, Producer, TopicCollection
from confluent_kafka.admin import AdminClient, NewTopic


def fail(message):
    print(json.dumps({"fatal": message}), file=sys.stderr)
    sys.exit(1)


def emit(value):
    print(json.dumps(value), flush=True)


def connection(spec):
    security = spec.get("security", {})
    config = {"bootstrap.servers": spec["bootstrap"], "client.id": "sluice-matrix-python"}
    mechanism = security.get("mechanism")
    tls = security.get("tls", False)
    if mechanism:
        config["security.protocol"] = "SASL_SSL" if tls else "SASL_PLAINTEXT"
        config["sasl.mechanism"] = mechanism
        config["sasl.username"] = security["username"]
        config["sasl.password"] = security["password"]
    elif tls:
        config["security.protocol"] = "SSL"
    if tls:
        # librdkafka verifies the broker's hostname (https) and sends it as SNI by default.
        config["ssl.ca.location"] = security["caFile"]
    return config


def deadline_of(spec):
    return time.monotonic() + spec.get("timeoutMs", 60000) / 1000


def admin(spec):
    timeout = spec.get("timeoutMs", 60000) / 1000
    client = AdminClient(connection(spec))
    futures = client.create_topics([NewTopic(spec["topic"], spec["partitions"], 1)], operation_timeout=timeout)
    futures[spec["topic"]].result(timeout)
    listed = sorted(client.list_topics(timeout=timeout).topics)
    described = client.describe_topics(TopicCollection([spec["topic"]]))[spec["topic"]].result(timeout)
    emit({"topics": listed, "partitions": sorted(p.id for p in described.partitions)})


def produce(spec):
    delivered = {}
    errors = []
    for batch in spec["batches"]:
        codec = batch["codec"]
        producer = Producer({**connection(spec), "compression.type": codec, "linger.ms": 5})

        def on_delivery(err, _msg, codec=codec):
            if err is None:
                delivered[codec] = delivered.get(codec, 0) + 1
            else:
                errors.append(err)

        for record in batch["records"]:
            producer.produce(spec["topic"], key=record["key"], value=record["value"], on_delivery=on_delivery)
        remaining = producer.flush(spec.get("timeoutMs", 60000) / 1000)
        if remaining:
            fail(f"{remaining} records of {codec} still in flight at the deadline")
        if errors:
            err = errors[0]
            if spec["action"] == "refused":
                emit(
                    {
                        "error": {
                            "type": type(err).__name__,
                            "code": err.code(),
                            "name": err.name(),
                            "message": err.str(),
                            "retriable": err.retriable(),
                        }
                    }
                )
                return
            fail(f"produce {codec}: {err.name()}: {err.str()}")
    emit({"delivered": delivered})


def consume(spec):
    consumer = Consumer(
        {
            **connection(spec),
            "group.id": spec["group"],
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    consumer.subscribe([spec["topic"]])
    seen = []
    deadline = deadline_of(spec)
    try:
        while len(seen) < spec["count"]:
            if time.monotonic() > deadline:
                fail(f"timed out with {len(seen)} of {spec['count']} records")
            message = consumer.poll(0.5)
            if message is None:
                continue
            if message.error():
                fail(f"consume: {message.error()}")
            seen.append(
                {
                    "key": message.key().decode(),
                    "value": message.value().decode(),
                    "partition": message.partition(),
                    "offset": message.offset(),
                }
            )
        # Commits the position after every record this consumer returned.
        consumer.commit(asynchronous=False)
    except KafkaException as e:
        fail(f"consume: {e}")
    finally:
        consumer.close()
    emit({"records": seen})


def main():
    if len(sys.argv) != 2:
        fail("usage: matrix_client.py '<json input>'")
    spec = json.loads(sys.argv[1])
    action = spec["action"]
    if action == "version":
        emit(
            {
                "client": "confluent-kafka",
                "version": confluent_kafka.version(),
                "librdkafka": confluent_kafka.libversion()[0],
            }
        )
    elif action == "admin":
        admin(spec)
    elif action in ("produce", "refused"):
        produce(spec)
    elif action == "consume":
        consume(spec)
    else:
        fail(f"unknown action {action!r}")


if __name__ == "__main__":
    try:
        main()
    except KafkaException as e:
        fail(f"{type(e).__name__}: {e}")
