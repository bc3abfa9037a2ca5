package org.pcrnavigator.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Client files: the round trip, optimistic locking, roles, the audit trail, and isolation between organisations. */
class ClientsTest {
    @TempDir Path tmp;
    Database db;
    Accounts accounts;
    AuditLog audit;
    Clients clients;
    User adminA, attorneyA, volunteerA, adminB;

    static final String CASE = "{\"format\":\"pcr-case/1\",\"client\":{\"name\":\"José Ramírez\",\"a_number\":\"A012345678\"}}";

    /** The database under test: SQLite here, PostgreSQL in {@link PostgresStoreTest}. */
    DataConfig config() { return StoreFixture.sqlite(tmp); }

    DataConfig cfg;

    @BeforeEach
    void open() {
        cfg = config();
        db = Database.open(cfg);
        accounts = new Accounts(db);
        audit = new AuditLog(db);
        clients = new Clients(db, audit);
        adminA = StoreFixture.user(db, "Office A", "admin@a.org", Role.ADMIN);
        attorneyA = StoreFixture.user(db, "Office A", "Lawyer@A.org", Role.ATTORNEY);
        volunteerA = StoreFixture.user(db, "Office A", "vol@a.org", Role.VOLUNTEER);
        adminB = StoreFixture.user(db, "Office B", "admin@b.org", Role.ADMIN);
    }

    @AfterEach
    void close() { if (db != null) db.close(); }

    @Test
    void aClientFileRoundTripsAndUpdatesUnderOptimisticLocking() {
        ClientFile created = clients.create(attorneyA, "  José Ramírez ", CASE);
        assertThat(created.version()).isEqualTo(1);
        assertThat(created.displayName()).isEqualTo("José Ramírez");

        ClientFile read = clients.get(attorneyA, created.id()).orElseThrow();
        assertThat(read.caseJson()).isEqualTo(CASE);
        assertThat(read.notes()).isNull();

        ClientFile updated = clients.update(attorneyA, created.id(), "{\"format\":\"pcr-case/1\"}", "called the DA", 1);
        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated.notes()).isEqualTo("called the DA");
        assertThat(clients.get(adminA, created.id()).orElseThrow().caseJson()).isEqualTo("{\"format\":\"pcr-case/1\"}");

        assertThatThrownBy(() -> clients.update(adminA, created.id(), CASE, null, 1))
                .isInstanceOf(StaleVersionException.class)
                .satisfies(e -> assertThat(((StaleVersionException) e).currentVersion()).isEqualTo(2));
        assertThat(clients.get(adminA, created.id()).orElseThrow().notes()).as("the stale update changed nothing").isEqualTo("called the DA");
    }

    @Test
    void anotherOrganisationNeitherSeesNorChangesAClientFile() {
        ClientFile a = clients.create(attorneyA, "José Ramírez", CASE);

        assertThat(clients.get(adminB, a.id())).isEmpty();
        assertThat(clients.list(adminB, null)).isEmpty();
        assertThat(clients.list(adminB, "jose")).isEmpty();
        assertThatThrownBy(() -> clients.update(adminB, a.id(), "{}", "mine now", 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.rename(adminB, a.id(), "X", 1)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> clients.delete(adminB, a.id())).isInstanceOf(NotFoundException.class);

        ClientFile still = clients.get(adminA, a.id()).orElseThrow();
        assertThat(still.version()).isEqualTo(1);
        assertThat(still.caseJson()).isEqualTo(CASE);
        assertThat(audit.list(adminB, null, null, 100)).extracting(AuditEntry::orgId).containsOnly(adminB.orgId());
        assertThat(audit.list(adminA, null, null, 100)).extracting(AuditEntry::action).doesNotContain("client.read.notfound");
    }

    @Test
    void ofConcurrentUpdatesFromOneVersionExactlyOneWins() throws Exception {
        ClientFile a = clients.create(attorneyA, "José Ramírez", CASE);
        int threads = 8;
        var pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> results = new java.util.ArrayList<>();
        for (int i = 0; i < threads; i++) {
            String notes = "writer " + i;
            results.add(pool.submit(() -> {
                start.await();
                try {
                    clients.update(attorneyA, a.id(), CASE, notes, 1);
                    return "won";
                } catch (StaleVersionException e) {
                    return "stale";
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new java.util.ArrayList<>();
        for (var f : results) outcomes.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
        pool.shutdown();
        assertThat(outcomes).as("no writer failed for any other reason (e.g. a busy database)")
                .containsOnly("won", "stale").filteredOn("won"::equals).hasSize(1);
        ClientFile after = clients.get(attorneyA, a.id()).orElseThrow();
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.notes()).startsWith("writer ");
        assertThat(audit.list(adminA, null, null, 100)).filteredOn(e -> e.action().equals("client.update")).hasSize(1);
    }

    @Test
    void searchIgnoresCaseAndAccents() {
        clients.create(attorneyA, "José Ramírez", CASE);
        clients.create(attorneyA, "Ana Lopez", CASE);
        assertThat(clients.list(attorneyA, "RAMIREZ")).extracting(ClientSummary::displayName).containsExactly("José Ramírez");
        assertThat(clients.list(attorneyA, "josé")).extracting(ClientSummary::displayName).containsExactly("José Ramírez");
        assertThat(clients.list(attorneyA, "lópez")).extracting(ClientSummary::displayName).containsExactly("Ana Lopez");
        assertThat(clients.list(attorneyA, "")).hasSize(2);
        assertThat(clients.list(attorneyA, "nobody")).isEmpty();
    }

    @Test
    void rolesLimitWhoChangesAndDeletes() {
        assertThatThrownBy(() -> clients.create(volunteerA, "X", CASE)).isInstanceOf(AccessDeniedException.class);
        ClientFile a = clients.create(attorneyA, "X", CASE);
        assertThat(clients.get(volunteerA, a.id())).isPresent();
        assertThatThrownBy(() -> clients.update(volunteerA, a.id(), CASE, null, 1)).isInstanceOf(AccessDeniedException.class);
        User advocate = StoreFixture.user(db, "Office A", "adv@a.org", Role.ADVOCATE);
        assertThat(clients.update(advocate, a.id(), CASE, "n", 1).version()).isEqualTo(2);
        assertThatThrownBy(() -> clients.delete(advocate, a.id())).isInstanceOf(AccessDeniedException.class);
        clients.delete(attorneyA, a.id());
        assertThat(clients.get(attorneyA, a.id())).isEmpty();
    }

    @Test
    void everyReadAndChangeIsAudited() {
        ClientFile a = clients.create(attorneyA, "José Ramírez", CASE);
        clients.get(volunteerA, a.id());
        clients.list(volunteerA, "jos");
        clients.update(attorneyA, a.id(), CASE, null, 1);
        clients.delete(adminA, a.id());

        List<AuditEntry> log = audit.list(adminA, null, null, 100);
        assertThat(log).filteredOn(e -> e.action().startsWith("client."))
                .extracting(AuditEntry::action, AuditEntry::userEmail, AuditEntry::clientId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("client.delete", "admin@a.org", a.id()),
                        org.assertj.core.groups.Tuple.tuple("client.update", "lawyer@a.org", a.id()),
                        org.assertj.core.groups.Tuple.tuple("client.list", "vol@a.org", null),
                        org.assertj.core.groups.Tuple.tuple("client.read", "vol@a.org", a.id()),
                        org.assertj.core.groups.Tuple.tuple("client.create", "lawyer@a.org", a.id()));
        assertThat(log).extracting(AuditEntry::detail).noneMatch(d -> d != null && d.contains("jos"));
        assertThatThrownBy(() -> audit.list(attorneyA, null, null, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFailedChangeLeavesNoAuditEntry() {
        ClientFile a = clients.create(attorneyA, "X", CASE);
        int before = audit.list(adminA, null, null, 1000).size();
        assertThatThrownBy(() -> clients.update(attorneyA, a.id(), CASE, null, 7)).isInstanceOf(StaleVersionException.class);
        assertThat(audit.list(adminA, null, null, 1000)).hasSize(before);
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> clients.create(attorneyA, " ", CASE)).hasMessageStartingWith("displayName:");
        assertThatThrownBy(() -> clients.create(attorneyA, "X", "{not json")).hasMessageStartingWith("caseJson:");
        assertThatThrownBy(() -> clients.create(attorneyA, "X", "[1,2]")).hasMessageStartingWith("caseJson:");
    }

    @Test
    void theAuditExportIsCsvAndDefusesFormulas() {
        ClientFile a = clients.create(attorneyA, "X", CASE);
        audit.record(attorneyA, "note", a.id(), "=HYPERLINK(\"x\",\"y\")");
        var out = new java.io.StringWriter();
        audit.exportCsv(adminA, out);
        String csv = out.toString();
        assertThat(csv).startsWith("seq,at,user_email,user_id,action,client_id,detail\r\n");
        assertThat(csv).contains(",client.create," + a.id() + ",");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
        assertThat(csv).doesNotContain("admin@b.org");
    }
}
