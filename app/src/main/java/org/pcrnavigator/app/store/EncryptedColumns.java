package org.pcrnavigator.app.store;

import java.util.List;

/**
 * Which columns hold {@link org.pcrnavigator.app.security.FieldCipher} values, table by table, with the key column
 * whose value is part of their AAD ({@code "table.column:id"}). Key rotation and restore walk this list; a new
 * encrypted column must be added here.
 */
record EncryptedColumns(String table, String idColumn, List<String> columns) {
    static final List<EncryptedColumns> ALL = List.of(
            new EncryptedColumns("clients", "id", List.of("display_name", "case_json", "notes")));

    String aad(String column, String id) { return table + "." + column + ":" + id; }
}
