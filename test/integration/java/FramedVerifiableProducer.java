// Kafka's verifiable producer (org.apache.kafka.tools.VerifiableProducer, same arguments and
// the same JSON lines on stdout) whose values leave in the Confluent wire format, for
// test/integration/fault-exactly-once.test.ts. Run as a single source file:
//   java -cp <kafka libs> FramedVerifiableProducer.java <verifiable producer arguments>
// with, in the file given to --producer.config,
//   interceptor.classes=FramedVerifiableProducer$Framing
//   framing.schema.ids=7,8,9          schema ids, in order of use
//   framing.records.per.id=500        values 0..499 get the first id, 500..999 the next, …
// Value n is sent as magic byte 0, the 4-byte id, then the JSON number n ("123"): valid JSON
// for a registered {"type": "integer"} schema. The producer still reports the plain n it sent
// (its callbacks keep the value it made), so its acknowledgements read as usual.
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.tools.VerifiableProducer;

public class FramedVerifiableProducer {
  public static void main(String[] args) throws Exception {
    // The producer loads interceptor.classes through the context class loader; the classes of
    // a source-file program live in the launcher's in-memory loader.
    Thread.currentThread().setContextClassLoader(FramedVerifiableProducer.class.getClassLoader());
    VerifiableProducer.main(args);
  }

  /** Frames each String value. The value serializer is StringSerializer (UTF-8), so the header
   *  goes in as chars below 0x80, one byte each: ids must be below 128. */
  public static class Framing implements ProducerInterceptor<String, String> {
    private int[] ids;
    private int perId;

    @Override
    public void configure(Map<String, ?> configs) {
      ids = Arrays.stream(String.valueOf(configs.get("framing.schema.ids")).split(","))
          .mapToInt(s -> Integer.parseInt(s.trim()))
          .toArray();
      perId = Integer.parseInt(String.valueOf(configs.get("framing.records.per.id")));
      for (int id : ids) {
        if (id < 0 || id > 127) throw new IllegalArgumentException("schema id " + id + " is not below 128");
      }
    }

    @Override
    public ProducerRecord<String, String> onSend(ProducerRecord<String, String> r) {
      int n = Integer.parseInt(r.value());
      int id = ids[Math.min(n / perId, ids.length - 1)];
      String framed = new String(new byte[] {0, 0, 0, 0, (byte) id}, StandardCharsets.US_ASCII) + r.value();
      return new ProducerRecord<>(r.topic(), r.partition(), r.timestamp(), r.key(), framed, r.headers());
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {}

    @Override
    public void close() {}
  }
}
