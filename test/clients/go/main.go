// The client matrix's Go client: franz-go (kgo, kadm) doing one action a test asks for, with
// the JSON input in argv[1] and one JSON line of what it saw on stdout (test/clients/protocol.ts).
// Built by .ci/run into .cache/clients/; run by test/integration/client-matrix.test.ts.
package main

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"sort"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kadm"
	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/sasl/plain"
	"github.com/twmb/franz-go/pkg/sasl/scram"
)

type record struct {
	Key       string `json:"key"`
	Value     string `json:"value"`
	Partition int32  `json:"partition"`
	Offset    int64  `json:"offset"`
}

type batch struct {
	Codec   string   `json:"codec"`
	Records []record `json:"records"`
}

type input struct {
	Action    string `json:"action"`
	Bootstrap string `json:"bootstrap"`
	Security  struct {
		TLS       bool   `json:"tls"`
		CAFile    string `json:"caFile"`
		Mechanism string `json:"mechanism"`
		Username  string `json:"username"`
		Password  string `json:"password"`
	} `json:"security"`
	Topic      string  `json:"topic"`
	Partitions int32   `json:"partitions"`
	Batches    []batch `json:"batches"`
	Group      string  `json:"group"`
	Count      int     `json:"count"`
	TimeoutMs  int     `json:"timeoutMs"`
}

func fail(format string, args ...any) {
	b, _ := json.Marshal(map[string]string{"fatal": fmt.Sprintf(format, args...)})
	fmt.Fprintln(os.Stderr, string(b))
	os.Exit(1)
}

func emit(v any) {
	b, err := json.Marshal(v)
	if err != nil {
		fail("encode output: %v", err)
	}
	fmt.Println(string(b))
}

func connection(in *input) []kgo.Opt {
	opts := []kgo.Opt{kgo.SeedBrokers(strings.Split(in.Bootstrap, ",")...), kgo.ClientID("sluice-matrix-go")}
	if in.Security.TLS {
		pem, err := os.ReadFile(in.Security.CAFile)
		if err != nil {
			fail("read CA: %v", err)
		}
		pool := x509.NewCertPool()
		pool.AppendCertsFromPEM(pem)
		// No ServerName: kgo uses each dialed host's name, which is the SNI Sluice routes on.
		opts = append(opts, kgo.DialTLSConfig(&tls.Config{RootCAs: pool, MinVersion: tls.VersionTLS12}))
	}
	switch in.Security.Mechanism {
	case "":
	case "PLAIN":
		opts = append(opts, kgo.SASL(plain.Auth{User: in.Security.Username, Pass: in.Security.Password}.AsMechanism()))
	case "SCRAM-SHA-512":
		opts = append(opts, kgo.SASL(scram.Auth{User: in.Security.Username, Pass: in.Security.Password}.AsSha512Mechanism()))
	default:
		fail("unknown SASL mechanism %q", in.Security.Mechanism)
	}
	return opts
}

func codec(name string) kgo.CompressionCodec {
	switch name {
	case "none":
		return kgo.NoCompression()
	case "gzip":
		return kgo.GzipCompression()
	case "snappy":
		return kgo.SnappyCompression()
	case "lz4":
		return kgo.Lz4Compression()
	case "zstd":
		return kgo.ZstdCompression()
	}
	fail("unknown codec %q", name)
	return kgo.NoCompression()
}

func newClient(in *input, extra ...kgo.Opt) *kgo.Client {
	cl, err := kgo.NewClient(append(connection(in), extra...)...)
	if err != nil {
		fail("new client: %v", err)
	}
	return cl
}

func admin(ctx context.Context, in *input) {
	cl := newClient(in)
	defer cl.Close()
	adm := kadm.NewClient(cl)
	created, err := adm.CreateTopic(ctx, in.Partitions, 1, nil, in.Topic)
	if err == nil {
		err = created.Err
	}
	if err != nil {
		fail("create topic: %v", err)
	}
	listed, err := adm.ListTopics(ctx)
	if err != nil {
		fail("list topics: %v", err)
	}
	described, err := adm.ListTopics(ctx, in.Topic)
	if err != nil {
		fail("describe topic: %v", err)
	}
	detail := described[in.Topic]
	if detail.Err != nil {
		fail("describe topic: %v", detail.Err)
	}
	partitions := []int32{}
	for p := range detail.Partitions {
		partitions = append(partitions, p)
	}
	sort.Slice(partitions, func(i, j int) bool { return partitions[i] < partitions[j] })
	emit(map[string]any{"topics": listed.Names(), "partitions": partitions})
}

// produce sends each batch with its own client (compression is a client setting in kgo).
func produce(ctx context.Context, in *input) {
	delivered := map[string]int{}
	for _, b := range in.Batches {
		cl := newClient(in, kgo.ProducerBatchCompression(codec(b.Codec)), kgo.RecordRetries(2))
		records := make([]*kgo.Record, 0, len(b.Records))
		for _, r := range b.Records {
			records = append(records, &kgo.Record{Topic: in.Topic, Key: []byte(r.Key), Value: []byte(r.Value)})
		}
		results := cl.ProduceSync(ctx, records...)
		cl.Close()
		if err := results.FirstErr(); err != nil {
			if in.Action == "refused" {
				var kafkaErr *kerr.Error
				out := map[string]any{"type": fmt.Sprintf("%T", err), "message": err.Error()}
				if errors.As(err, &kafkaErr) {
					out["code"] = kafkaErr.Code
					out["name"] = kafkaErr.Message
				}
				emit(map[string]any{"error": out})
				return
			}
			fail("produce %s: %v", b.Codec, err)
		}
		delivered[b.Codec] += len(records)
	}
	emit(map[string]any{"delivered": delivered})
}

// consume reads in the group until it has `count` records, commits what it read, and leaves.
func consume(ctx context.Context, in *input) {
	cl := newClient(in,
		kgo.ConsumerGroup(in.Group),
		kgo.ConsumeTopics(in.Topic),
		kgo.DisableAutoCommit(),
		kgo.ConsumeResetOffset(kgo.NewOffset().AtStart()),
	)
	defer cl.Close()
	seen := []record{}
	for len(seen) < in.Count {
		fetches := cl.PollFetches(ctx)
		if ctx.Err() != nil {
			fail("timed out with %d of %d records", len(seen), in.Count)
		}
		if errs := fetches.Errors(); len(errs) > 0 {
			fail("fetch: %v", errs[0].Err)
		}
		fetches.EachRecord(func(r *kgo.Record) {
			seen = append(seen, record{Key: string(r.Key), Value: string(r.Value), Partition: r.Partition, Offset: r.Offset})
		})
	}
	if err := cl.CommitUncommittedOffsets(ctx); err != nil {
		fail("commit: %v", err)
	}
	emit(map[string]any{"records": seen})
}

func version() {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		fail("no build info")
	}
	for _, dep := range info.Deps {
		if dep.Path == "github.com/twmb/franz-go" {
			emit(map[string]any{"client": "franz-go", "version": dep.Version})
			return
		}
	}
	fail("franz-go is not a dependency")
}

func main() {
	if len(os.Args) != 2 {
		fail("usage: matrix-client '<json input>'")
	}
	var in input
	if err := json.Unmarshal([]byte(os.Args[1]), &in); err != nil {
		fail("input: %v", err)
	}
	timeout := time.Duration(in.TimeoutMs) * time.Millisecond
	if timeout == 0 {
		timeout = 60 * time.Second
	}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	switch in.Action {
	case "version":
		version()
	case "admin":
		admin(ctx, &in)
	case "produce", "refused":
		produce(ctx, &in)
	case "consume":
		consume(ctx, &in)
	default:
		fail("unknown action %q", in.Action)
	}
}
