// The client matrix's Java client: kafka-clients (Admin, KafkaProducer, KafkaConsumer) doing
// one action a test asks for, with the JSON input in args[0] and one JSON line of what it saw
// on stdout (test/clients/protocol.ts). The test compiles it against the jars of each Kafka
// release the rig fetches and runs it on them (jackson comes with those jars too).
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.ApiException;
import org.apache.kafka.common.protocol.Errors;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

public class MatrixClient {
  static final ObjectMapper JSON = new ObjectMapper();

  static void emit(Object value) throws Exception {
    System.out.println(JSON.writeValueAsString(value));
  }

  static void fail(String message) {
    try {
      System.err.println(JSON.writeValueAsString(Map.of("fatal", message)));
    } catch (Exception e) {
      System.err.println(message);
    }
    System.exit(1);
  }

  static Properties connection(JsonNode in) {
    JsonNode s = in.path("security");
    Properties p = new Properties();
    p.put("bootstrap.servers", in.path("bootstrap").asText());
    p.put("client.id", "sluice-matrix-java");
    boolean tls = s.path("tls").asBoolean();
    String mechanism = s.path("mechanism").asText();
    p.put("security.protocol", tls ? "SASL_SSL" : "SASL_PLAINTEXT");
    p.put("sasl.mechanism", mechanism);
    String module = mechanism.equals("PLAIN")
        ? "org.apache.kafka.common.security.plain.PlainLoginModule"
        : "org.apache.kafka.common.security.scram.ScramLoginModule";
    p.put("sasl.jaas.config", module + " required username=\"" + s.path("username").asText()
        + "\" password=\"" + s.path("password").asText() + "\";");
    if (tls) {
      // Hostname verification (the default "https") also makes the client send SNI.
      p.put("ssl.truststore.type", "PEM");
      p.put("ssl.truststore.location", s.path("caFile").asText());
    }
    return p;
  }

  static void admin(JsonNode in, long timeoutMs) throws Exception {
    String topic = in.path("topic").asText();
    try (Admin admin = Admin.create(connection(in))) {
      admin.createTopics(List.of(new NewTopic(topic, in.path("partitions").asInt(), (short) 1)))
          .all().get(timeoutMs, TimeUnit.MILLISECONDS);
      TreeSet<String> topics = new TreeSet<>(admin.listTopics().names().get(timeoutMs, TimeUnit.MILLISECONDS));
      TopicDescription described = admin.describeTopics(List.of(topic)).allTopicNames()
          .get(timeoutMs, TimeUnit.MILLISECONDS).get(topic);
      List<Integer> partitions = new ArrayList<>();
      described.partitions().forEach(p -> partitions.add(p.partition()));
      partitions.sort(null);
      emit(Map.of("topics", topics, "partitions", partitions));
    }
  }

  static void produce(JsonNode in, boolean refused) throws Exception {
    String topic = in.path("topic").asText();
    Map<String, Integer> delivered = new LinkedHashMap<>();
    for (JsonNode batch : in.path("batches")) {
      String codec = batch.path("codec").asText();
      Properties p = connection(in);
      p.put("compression.type", codec);
      p.put("acks", "all");
      p.put("linger.ms", "5");
      p.put("key.serializer", StringSerializer.class.getName());
      p.put("value.serializer", StringSerializer.class.getName());
      try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (JsonNode r : batch.path("records")) {
          sent.add(producer.send(new ProducerRecord<>(topic, r.path("key").asText(), r.path("value").asText())));
        }
        producer.flush();
        for (Future<RecordMetadata> f : sent) {
          try {
            f.get();
          } catch (ExecutionException e) {
            if (!refused) throw e;
            Throwable cause = e.getCause();
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("type", cause.getClass().getName());
            if (cause instanceof ApiException) {
              Errors code = Errors.forException(cause);
              error.put("code", (int) code.code());
              error.put("name", code.name());
              error.put("retriable", cause instanceof org.apache.kafka.common.errors.RetriableException);
            }
            error.put("message", String.valueOf(cause.getMessage()));
            emit(Map.of("error", error));
            return;
          }
        }
        delivered.merge(codec, sent.size(), Integer::sum);
      }
    }
    emit(Map.of("delivered", delivered));
  }

  static void consume(JsonNode in, long timeoutMs) throws Exception {
    Properties p = connection(in);
    p.put("group.id", in.path("group").asText());
    p.put("auto.offset.reset", "earliest");
    p.put("enable.auto.commit", "false");
    p.put("key.deserializer", StringDeserializer.class.getName());
    p.put("value.deserializer", StringDeserializer.class.getName());
    int count = in.path("count").asInt();
    long deadline = System.currentTimeMillis() + timeoutMs;
    List<Map<String, Object>> seen = new ArrayList<>();
    try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(p)) {
      consumer.subscribe(List.of(in.path("topic").asText()));
      while (seen.size() < count) {
        if (System.currentTimeMillis() > deadline) fail("timed out with " + seen.size() + " of " + count + " records");
        for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
          seen.add(Map.of("key", r.key(), "value", r.value(), "partition", r.partition(), "offset", r.offset()));
        }
      }
      // Commits the position after every record poll() returned.
      consumer.commitSync();
    }
    emit(Map.of("records", seen));
  }

  /** The kafka-clients jar's own version file (its AppInfoParser moved between releases). */
  static String clientsVersion() throws Exception {
    Properties p = new Properties();
    try (var in = KafkaProducer.class.getResourceAsStream("/kafka/kafka-version.properties")) {
      if (in == null) fail("kafka/kafka-version.properties is not on the classpath");
      p.load(in);
    }
    return p.getProperty("version");
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 1) fail("usage: MatrixClient '<json input>'");
    JsonNode in = JSON.readTree(args[0]);
    long timeoutMs = in.path("timeoutMs").asLong(60000);
    String action = in.path("action").asText();
    try {
      switch (action) {
        case "version" -> emit(Map.of("client", "kafka-clients", "version", clientsVersion()));
        case "admin" -> admin(in, timeoutMs);
        case "produce" -> produce(in, false);
        case "refused" -> produce(in, true);
        case "consume" -> consume(in, timeoutMs);
        default -> fail("unknown action " + action);
      }
    } catch (Exception e) {
      Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
      fail(cause.getClass().getName() + ": " + cause.getMessage());
    }
    System.exit(0);
  }
}
