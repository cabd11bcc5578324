// Starts Kroxylicious from a proxy configuration file, as its app module's main does, for the
// peer benchmark (bench/peer-compare.ts). The app module is not published to Maven Central,
// so this stands in for it: parse the YAML, build the proxy, serve until killed.
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import io.kroxylicious.proxy.KafkaProxy;
import io.kroxylicious.proxy.config.ConfigParser;
import io.kroxylicious.proxy.config.Configuration;
import io.kroxylicious.proxy.internal.config.Features;

public final class SluicePeerKroxylicious {
    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: SluicePeerKroxylicious <proxy-config.yaml>");
            System.exit(2);
        }
        ConfigParser parser = new ConfigParser();
        Configuration config;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            config = parser.parseConfiguration(in);
        }
        try (KafkaProxy proxy = new KafkaProxy(parser, config, Features.defaultFeatures())) {
            proxy.startup();
            // The bench waits for this line before it sends traffic.
            System.out.println("kroxylicious peer started");
            System.out.flush();
            proxy.block();
        }
    }
}
