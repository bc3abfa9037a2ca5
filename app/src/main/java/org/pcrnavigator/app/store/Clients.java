package org.pcrnavigator.app.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.pcrnavigator.app.security.FieldCipher;

/**
 * Client files of an organisation. Every query is constrained by the actor's {@code org_id} in SQL, so a user never
 * reads, finds, changes or deletes another organisation's file; the display name, case document and notes are
 * encrypted at rest; every read and change is audited in the same transaction.
 */
public final class Clients {
    /** Generous for a case document; a bigger one is a mistake or an attack. */
    static final int MAX_CASE_CHARS = 2_000_000;
    private static final int MAX_NAME = 200;
    private static final int MAX_NOTES = 200_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;

    /** Client files in {@code db}, audited in {@code audit}. */
    public Clients(Database db, AuditLog audit) { this(db, audit, Clock.systemUTC()); }

    /** As {@link #Clients(Database, AuditLog)}, with the clock that stamps changes. */
    public Clients(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The actor's organisation's clients whose name contains {@code query} (ignoring case and accents; null or blank:
     * all), most recently changed first. Names are encrypted, so the filter runs after decryption. Audited as
     * "client.list" with the number of results (never the query, which may be a name).
     */
    public List<ClientSummary> list(User actor, String query) {
        String q = query == null ? "" : fold(query.strip());
        FieldCipher cipher = db.cipher();
        return db.jdbi().inTransaction(h -> {
            List<ClientSummary> all = h.createQuery("SELECT id, display_name, updated_at FROM clients WHERE org_id = :org ORDER BY updated_at DESC, id")
                    .bind("org", actor.orgId())
                    .map((rs, ctx) -> new ClientSummary(rs.getString("id"),
                            cipher.decrypt(rs.getString("display_name"), aad("display_name", rs.getString("id"))),
                            Instant.ofEpochMilli(rs.getLong("updated_at"))))
                    .list();
            List<ClientSummary> hits = new ArrayList<>();
            for (ClientSummary c : all) if (q.isEmpty() || fold(c.displayName()).contains(q)) hits.add(c);
            audit.record(h, actor, "client.list", null, "results=" + hits.size() + (q.isEmpty() ? "" : " filtered"));
            return hits;
        });
    }

    /**
     * The client file, if it exists in the actor's organisation; empty when it is missing or belongs to another
     * organisation (callers answer 404 for both). Audited as "client.read", or "client.read.notfound".
     */
    public Optional<ClientFile> get(User actor, String clientId) {
        return db.jdbi().inTransaction(h -> {
            Optional<ClientFile> f = load(h, actor, clientId);
            audit.record(h, actor, f.isPresent() ? "client.read" : "client.read.notfound", clientId, null);
            return f;
        });
    }

    /** Creates a client file at version 1. Requires a role that {@link Role#canEditClients()}; audited as "client.create". */
    public ClientFile create(User actor, String displayName, String caseJson) {
        if (!actor.role().canEditClients()) throw new AccessDeniedException("a " + roleName(actor) + " may not create client files");
        String name = checkName(displayName);
        checkCase(caseJson);
        String id = UUID.randomUUID().toString();
        long now = clock.millis();
        FieldCipher cipher = db.cipher();
        db.jdbi().useTransaction(h -> {
            h.createUpdate("INSERT INTO clients (id, org_id, display_name, case_json, notes, version, created_at, updated_at, created_by) "
                            + "VALUES (:id, :org, :name, :case, NULL, 1, :now, :now, :by)")
                    .bind("id", id).bind("org", actor.orgId())
                    .bind("name", cipher.encrypt(name, aad("display_name", id)))
                    .bind("case", cipher.encrypt(caseJson, aad("case_json", id)))
                    .bind("now", now).bind("by", actor.id()).execute();
            audit.record(h, actor, "client.create", id, null);
        });
        Instant at = Instant.ofEpochMilli(now);
        return new ClientFile(id, actor.orgId(), name, caseJson, null, 1, at, at);
    }

    /**
     * Replaces the case document and notes of a client file last read at {@code expectedVersion}; returns it at the
     * next version. Throws {@link StaleVersionException} if someone saved it since, {@link NotFoundException} if it is
     * not in the actor's organisation; requires a role that {@link Role#canEditClients()}. Audited as "client.update".
     */
    public ClientFile update(User actor, String clientId, String caseJson, String notes, long expectedVersion) {
        if (!actor.role().canEditClients()) throw new AccessDeniedException("a " + roleName(actor) + " may not change client files");
        checkCase(caseJson);
        if (notes != null && notes.length() > MAX_NOTES) throw new IllegalArgumentException("notes: expected at most " + MAX_NOTES + " characters");
        long now = clock.millis();
        FieldCipher cipher = db.cipher();
        return db.jdbi().inTransaction(h -> {
            int n = h.createUpdate("UPDATE clients SET case_json = :case, notes = :notes, version = version + 1, updated_at = :now "
                            + "WHERE id = :id AND org_id = :org AND version = :v")
                    .bind("case", cipher.encrypt(caseJson, aad("case_json", clientId)))
                    .bind("notes", cipher.encrypt(notes, aad("notes", clientId)))
                    .bind("now", now).bind("id", clientId).bind("org", actor.orgId()).bind("v", expectedVersion).execute();
            if (n == 0) throw missingOrStale(h, actor, clientId, expectedVersion);
            audit.record(h, actor, "client.update", clientId, "version=" + (expectedVersion + 1));
            return load(h, actor, clientId).orElseThrow();
        });
    }

    /** Renames a client file (same locking and audit as {@link #update}). */
    public ClientFile rename(User actor, String clientId, String displayName, long expectedVersion) {
        if (!actor.role().canEditClients()) throw new AccessDeniedException("a " + roleName(actor) + " may not change client files");
        String name = checkName(displayName);
        FieldCipher cipher = db.cipher();
        return db.jdbi().inTransaction(h -> {
            int n = h.createUpdate("UPDATE clients SET display_name = :name, version = version + 1, updated_at = :now "
                            + "WHERE id = :id AND org_id = :org AND version = :v")
                    .bind("name", cipher.encrypt(name, aad("display_name", clientId)))
                    .bind("now", clock.millis()).bind("id", clientId).bind("org", actor.orgId()).bind("v", expectedVersion).execute();
            if (n == 0) throw missingOrStale(h, actor, clientId, expectedVersion);
            audit.record(h, actor, "client.rename", clientId, "version=" + (expectedVersion + 1));
            return load(h, actor, clientId).orElseThrow();
        });
    }

    /** Deletes a client file of the actor's organisation. Admins and attorneys only; {@link NotFoundException} if absent. Audited. */
    public void delete(User actor, String clientId) {
        if (!actor.role().canDeleteClients()) throw new AccessDeniedException("a " + roleName(actor) + " may not delete client files");
        db.jdbi().useTransaction(h -> {
            int n = h.createUpdate("DELETE FROM clients WHERE id = :id AND org_id = :org").bind("id", clientId).bind("org", actor.orgId()).execute();
            if (n == 0) throw new NotFoundException("no client " + clientId);
            audit.record(h, actor, "client.delete", clientId, null);
        });
    }

    /** Why a guarded update changed no row: the file is not in the actor's organisation, or its version moved on. */
    private static RuntimeException missingOrStale(Handle h, User actor, String clientId, long expectedVersion) {
        Optional<Long> current = h.createQuery("SELECT version FROM clients WHERE id = :id AND org_id = :org")
                .bind("id", clientId).bind("org", actor.orgId()).mapTo(Long.class).findOne();
        return current.<RuntimeException>map(v -> new StaleVersionException(clientId, expectedVersion, v))
                .orElseGet(() -> new NotFoundException("no client " + clientId));
    }

    private Optional<ClientFile> load(Handle h, User actor, String clientId) {
        FieldCipher cipher = db.cipher();
        return h.createQuery("SELECT * FROM clients WHERE id = :id AND org_id = :org")
                .bind("id", clientId).bind("org", actor.orgId())
                .map((rs, ctx) -> {
                    String id = rs.getString("id");
                    return new ClientFile(id, rs.getString("org_id"),
                            cipher.decrypt(rs.getString("display_name"), aad("display_name", id)),
                            cipher.decrypt(rs.getString("case_json"), aad("case_json", id)),
                            cipher.decrypt(rs.getString("notes"), aad("notes", id)),
                            rs.getLong("version"), Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")));
                })
                .findOne();
    }

    /** The AAD that binds an encrypted client column to its row: {@code "clients.<column>:<id>"}. */
    static String aad(String column, String id) { return EncryptedColumns.ALL.get(0).aad(column, id); }

    /** Lower case without accents, so "jose" finds "José". */
    static String fold(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private static String checkName(String displayName) {
        String name = displayName == null ? "" : displayName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            throw new IllegalArgumentException("displayName: expected a name of 1 to " + MAX_NAME + " characters");
        }
        return name;
    }

    private static void checkCase(String caseJson) {
        if (caseJson == null || caseJson.isBlank()) throw new IllegalArgumentException("caseJson: expected a JSON object (the pcr-case/1 document), got nothing");
        if (caseJson.length() > MAX_CASE_CHARS) throw new IllegalArgumentException("caseJson: expected at most " + MAX_CASE_CHARS + " characters");
        JsonNode node;
        try {
            node = JSON.readTree(caseJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("caseJson: expected a JSON object (the pcr-case/1 document), but it is not valid JSON: "
                    + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new IllegalArgumentException("caseJson: expected a JSON object (the pcr-case/1 document)");
    }

    private static String roleName(User u) { return u.role().name().toLowerCase(Locale.ROOT); }
}
