package org.pcrnavigator.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.pcrnavigator.app.store.Accounts;
import org.pcrnavigator.app.store.AuditLog;
import org.pcrnavigator.app.store.ClientFile;
import org.pcrnavigator.app.store.Clients;
import org.pcrnavigator.app.store.DataConfig;
import org.pcrnavigator.app.store.Database;
import org.pcrnavigator.app.store.Role;
import org.pcrnavigator.app.store.Session;
import org.pcrnavigator.app.store.Sessions;
import org.pcrnavigator.app.store.User;

/**
 * Throughput of the workbench's storage under concurrent users: reading a client file (decrypt + audit entry, one
 * write transaction), saving one (encrypt + optimistic update + audit), and finding a session. SQLite in a temporary
 * folder by default; PostgreSQL when the system property {@code pcr.bench.db-url} (with {@code pcr.bench.db-user},
 * {@code pcr.bench.db-password}) names a database the benchmark may fill. Run with e.g.
 * {@code java -jar bench/target/benchmarks.jar StoreBenchmark -t 50 -f 1 -wi 1 -i 3 -w 2s -r 3s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StoreBenchmark {
    private static final int CLIENTS = 200;

    private Path dir;
    private Database db;
    private Clients clients;
    private Sessions sessions;
    private User user;
    private List<String> ids;
    private String caseJson;
    private Session session;

    @Setup
    public void setup() throws IOException {
        dir = Files.createTempDirectory("pcr-store-bench");
        String url = System.getProperty("pcr.bench.db-url");
        DataConfig c = new DataConfig(dir, url, System.getProperty("pcr.bench.db-user"), System.getProperty("pcr.bench.db-password"));
        db = Database.open(c);
        Accounts accounts = new Accounts(db);
        String email = "bench-" + System.nanoTime() + "@example.org";
        user = accounts.createUser("Bench office " + System.nanoTime(), email, Role.ATTORNEY, "a long benchmark passphrase".toCharArray());
        clients = new Clients(db, new AuditLog(db));
        sessions = new Sessions(db, Duration.ofMinutes(30), Duration.ofHours(8));
        session = sessions.create(user);
        // about 4 KB, the size of a case file with a few convictions
        StringBuilder sb = new StringBuilder("{\"format\":\"pcr-case/1\",\"client\":{\"name\":\"José Ramírez\",\"a_number\":\"A012345678\"},\"convictions\":[");
        for (int i = 0; i < 12; i++) {
            if (i > 0) sb.append(',');
            sb.append("{\"id\":\"c").append(i).append("\",\"offense\":\"PC 273.5(a)\",\"date\":\"2010-05-0").append(i % 9 + 1)
                    .append("\",\"plea\":\"no_contest\",\"sentence\":{\"custody_days\":365,\"probation_months\":36},")
                    .append("\"facts\":\"").append("x".repeat(200)).append("\"}");
        }
        caseJson = sb.append("]}").toString();
        ids = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) ids.add(clients.create(user, "Client " + i, caseJson).id());
    }

    @TearDown
    public void tearDown() throws IOException {
        db.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** Each benchmark thread edits its own client file, as a user would. */
    @State(Scope.Thread)
    public static class Own {
        ClientFile file;

        @Setup(Level.Iteration)
        public void create(StoreBenchmark b) { file = b.clients.create(b.user, "Own " + Thread.currentThread().getId(), b.caseJson); }
    }

    @Benchmark
    public ClientFile readClient() {
        return clients.get(user, ids.get(ThreadLocalRandom.current().nextInt(ids.size()))).orElseThrow();
    }

    @Benchmark
    public ClientFile saveClient(Own own) {
        own.file = clients.update(user, own.file.id(), caseJson, "note", own.file.version());
        return own.file;
    }

    @Benchmark
    public Session findSession() {
        return sessions.find(session.token()).orElseThrow();
    }
}
