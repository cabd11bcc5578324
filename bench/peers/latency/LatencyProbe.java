// Produce latency to microseconds, which kafka-producer-perf-test cannot give (it reports whole
// milliseconds): sends 1 KiB records at a fixed rate with acks=all and linger.ms=0, times each
// send to its acknowledgement with System.nanoTime, and prints one JSON line of percentiles.
// Usage: java -cp CLASSES:KAFKA_LIBS/* LatencyProbe BOOTSTRAP TOPIC RATE SECONDS WARMUP_SECONDS
import java.util.Arrays;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

public class LatencyProbe {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0];
    String topic = args[1];
    int rate = Integer.parseInt(args[2]);
    int seconds = Integer.parseInt(args[3]);
    int warmupSeconds = Integer.parseInt(args[4]);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "0");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    byte[] value = new byte[1024];
    int total = rate * (warmupSeconds + seconds);
    int warmup = rate * warmupSeconds;
    long[] micros = new long[total - warmup];
    AtomicInteger failed = new AtomicInteger();
    AtomicInteger acked = new AtomicInteger();
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(p)) {
      long start = System.nanoTime();
      long intervalNs = 1_000_000_000L / rate;
      for (int i = 0; i < total; i++) {
        // Paced in 1 ms steps: every record due by now goes out, then the thread sleeps (a
        // spinning pacer would take a core from the broker and the proxy on this machine).
        long due = start + i * intervalNs;
        while (System.nanoTime() < due) Thread.sleep(1);
        final int index = i - warmup;
        final long sent = System.nanoTime();
        producer.send(new ProducerRecord<>(topic, value), (md, err) -> {
          if (err != null) failed.incrementAndGet();
          else if (index >= 0) micros[index] = (System.nanoTime() - sent) / 1000;
          acked.incrementAndGet();
        });
      }
      producer.flush();
    }
    long[] sorted = Arrays.copyOf(micros, micros.length);
    Arrays.sort(sorted);
    long sum = 0;
    for (long m : sorted) sum += m;
    System.out.printf(
        "{\"count\":%d,\"failed\":%d,\"avgUs\":%.1f,\"p50Us\":%d,\"p99Us\":%d,\"p999Us\":%d,\"maxUs\":%d}%n",
        sorted.length, failed.get(), (double) sum / sorted.length, at(sorted, 0.50), at(sorted, 0.99),
        at(sorted, 0.999), sorted[sorted.length - 1]);
  }

  static long at(long[] sorted, double q) {
    return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))];
  }
}
