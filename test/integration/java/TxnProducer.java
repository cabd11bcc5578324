// A transactional producer for test/integration/protocol-features.test.ts, run as a single
// source file (java -cp <kafka libs> TxnProducer.java BOOTSTRAP TOPIC TXN_ID GROUP):
// transaction 1 commits c1-0..9 and the offset 3 of GROUP on TOPIC-0 (AddOffsetsToTxn,
// TxnOffsetCommit), transaction 2 aborts a-0..9 after they reached the log, transaction 3
// commits c3-0..9. Prints one line per step; any failure is an exception and a non-zero exit.
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;

public class TxnProducer {
  public static void main(String[] args) throws Exception {
    String bootstrap = args[0], topic = args[1], txnId = args[2], group = args[3];
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("transactional.id", txnId);
    p.put("key.serializer", StringSerializer.class.getName());
    p.put("value.serializer", StringSerializer.class.getName());
    p.put("linger.ms", "5");
    try (KafkaProducer<String, String> producer = new KafkaProducer<>(p)) {
      producer.initTransactions();
      System.out.println("initialized");
      producer.beginTransaction();
      send(producer, topic, "c1");
      producer.sendOffsetsToTransaction(
          Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(3)), new ConsumerGroupMetadata(group));
      producer.commitTransaction();
      System.out.println("committed c1");
      producer.beginTransaction();
      send(producer, topic, "a");
      producer.flush();
      producer.abortTransaction();
      System.out.println("aborted a");
      producer.beginTransaction();
      send(producer, topic, "c3");
      producer.commitTransaction();
      System.out.println("committed c3");
    }
  }

  static void send(KafkaProducer<String, String> producer, String topic, String prefix) throws Exception {
    for (int i = 0; i < 10; i++) {
      // Keys spread the transaction over both partitions.
      producer.send(new ProducerRecord<>(topic, prefix + "-key-" + i, prefix + "-" + i)).get();
    }
  }
}
