package org.pcrnavigator.records.screen;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.statute.Statute;

/**
 * Writes synthetic pcr-case/1 cases, one JSON object a line, for benchmarks and demos: people with one to
 * four convictions drawn from the catalog, plausible dates, sentences and statuses, and some facts left
 * unknown as real files leave them. Seeded, so the same seed gives the same cases. No real person.
 */
public final class Synth {
    private static final String[] STATUSES = {"lpr", "lpr", "lpr", "undocumented", "undocumented", "daca", "tps", "nonimmigrant"};
    private static final String[] RELATIONSHIPS = {"spouse", "cohabitant", "dating", "none", "silent"};
    private static final String[] SUBSTANCES = {"methamphetamine", "cocaine", "heroin", "marijuana", "silent"};

    private final List<Statute> statutes = new ArrayList<>();
    private final ObjectMapper json = new ObjectMapper();

    public Synth(KnowledgeBase kb) {
        for (Offense o : kb.offenses()) statutes.addAll(o.covers());
    }

    public void write(long people, long seed, Writer out) throws IOException {
        Random r = new Random(seed);
        for (long i = 0; i < people; i++) {
            out.write(json.writeValueAsString(person(i, r)));
            out.write('\n');
        }
        out.flush();
    }

    /** The mapping that reads {@link #writeCsv}'s export back into the same cases (pcr-csv-mapping/1). */
    public static final String CSV_MAPPING = """
            # Reads the CSV written by `pcr synth --format csv`: one conviction a row, a person's rows together.
            format: pcr-csv-mapping/1
            person: client_id
            case:
              asOf: as_of
              person.dateOfBirth: dob
              immigration.status: status
              immigration.enteredWithoutInspection: {column: ewi, values: {Y: yes, N: no}}
              immigration.admissionDate: admitted
              immigration.lprDate: lpr_since
              goals: {column: goals, split: ";"}
            conviction:
              id: count
              statute: charge
              level: {column: degree, values: {F: felony, M: misdemeanor}}
              disposition: disposition
              offenseDate: offense_date
              pleaDate: plea_date
              plea: {column: plea, values: {NC: no_contest, G: guilty, T: trial}}
              sentence.confinementDays: jail_days
              sentence.executionSuspended: {column: exec_suspended, values: {Y: yes, N: no}}
              inCriminalCustody: {column: in_custody, values: {Y: yes, N: no}}
              advisementGiven: advisement
              counselAdvice: counsel_advice
              recordFacts.victimRelationship: victim_relationship
              recordFacts.substance: substance
              recordFacts.lossAmount: loss
            """;

    private static final String CSV_HEADER = "client_id,as_of,dob,status,ewi,admitted,lpr_since,goals,count,charge,degree,disposition,"
            + "offense_date,plea_date,plea,jail_days,exec_suspended,in_custody,advisement,counsel_advice,victim_relationship,substance,loss";

    /**
     * Writes the same cases as {@link #write} (same seed, same people) as an office-style CSV export, one
     * conviction a row, to be read with {@link #CSV_MAPPING}.
     */
    @SuppressWarnings("unchecked")
    public void writeCsv(long people, long seed, Writer out) throws IOException {
        Random r = new Random(seed);
        out.write(CSV_HEADER);
        out.write('\n');
        for (long i = 0; i < people; i++) {
            Map<String, Object> p = person(i, r);
            Map<String, Object> imm = (Map<String, Object>) p.get("immigration");
            String[] personCells = {(String) p.get("id"), (String) p.get("asOf"), (String) ((Map<String, Object>) p.get("person")).get("dateOfBirth"),
                (String) imm.get("status"), yn(imm.get("enteredWithoutInspection")), cell(imm.get("admissionDate")), cell(imm.get("lprDate")),
                String.join(";", (List<String>) p.get("goals"))};
            for (Object o : (List<Object>) p.get("convictions")) {
                Map<String, Object> c = (Map<String, Object>) o;
                Map<String, Object> sentence = (Map<String, Object>) c.getOrDefault("sentence", Map.of());
                Map<String, Object> facts = (Map<String, Object>) c.getOrDefault("recordFacts", Map.of());
                List<String> row = new ArrayList<>(List.of(personCells));
                row.addAll(java.util.Arrays.asList((String) c.get("id"), (String) c.get("statute"),
                        c.get("level").equals("felony") ? "F" : "M", (String) c.get("disposition"), (String) c.get("offenseDate"),
                        (String) c.get("pleaDate"), Map.of("no_contest", "NC", "guilty", "G", "trial", "T").get((String) c.get("plea")),
                        cell(sentence.get("confinementDays")), yn(sentence.get("executionSuspended")), yn(c.get("inCriminalCustody")),
                        cell(c.get("advisementGiven")), cell(c.get("counselAdvice")), cell(facts.get("victimRelationship")),
                        cell(facts.get("substance")), cell(facts.get("lossAmount"))));
                out.write(String.join(",", row));
                out.write('\n');
            }
        }
        out.flush();
    }

    private static String cell(Object v) { return v == null ? "" : v.toString(); }

    private static String yn(Object v) { return v == null ? "" : (Boolean) v ? "Y" : "N"; }

    Map<String, Object> person(long n, Random r) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("format", "pcr-case/1");
        p.put("id", "synth-" + n);
        p.put("asOf", "2026-11-28");
        String status = STATUSES[r.nextInt(STATUSES.length)];
        LocalDate born = LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28));
        p.put("person", Map.of("dateOfBirth", born.toString()));
        Map<String, Object> imm = new LinkedHashMap<>();
        imm.put("status", status);
        boolean ewi = status.equals("undocumented") || (status.equals("daca") && r.nextBoolean());
        imm.put("enteredWithoutInspection", ewi);
        LocalDate entry = born.plusYears(5 + r.nextInt(20)).plusDays(r.nextInt(365));
        if (!ewi) imm.put("admissionDate", entry.toString());
        if (status.equals("lpr")) imm.put("lprDate", entry.plusYears(r.nextInt(8)).toString());
        p.put("immigration", imm);
        p.put("goals", switch (status) {
            case "lpr" -> List.of("naturalization", "avoid_deportability");
            case "undocumented" -> List.of("non_lpr_cancellation", "avoid_inadmissibility");
            case "daca" -> List.of("daca");
            case "tps" -> List.of("tps", "adjustment_of_status");
            default -> List.of("adjustment_of_status");
        });
        List<Object> convictions = new ArrayList<>();
        int count = 1 + r.nextInt(4);
        for (int c = 0; c < count; c++) convictions.add(conviction(c, entry, r));
        p.put("convictions", convictions);
        return p;
    }

    private Map<String, Object> conviction(int c, LocalDate entry, Random r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "c" + (c + 1));
        m.put("statute", statutes.get(r.nextInt(statutes.size())).display());
        m.put("level", r.nextInt(3) == 0 ? "felony" : "misdemeanor");
        m.put("disposition", "convicted");
        LocalDate offense = entry.plusDays(365L + r.nextInt(365 * 20));
        if (offense.isAfter(LocalDate.of(2026, 6, 1))) offense = LocalDate.of(2025, 1, 1 + r.nextInt(28));
        m.put("offenseDate", offense.toString());
        m.put("pleaDate", offense.plusDays(30 + r.nextInt(120)).toString());
        m.put("plea", r.nextInt(10) == 0 ? "trial" : "no_contest");
        if (r.nextInt(5) > 0) {
            m.put("sentence", Map.of("confinementDays", new int[] {0, 30, 90, 180, 364, 365, 730}[r.nextInt(7)],
                    "executionSuspended", r.nextBoolean()));
        }
        m.put("inCriminalCustody", r.nextInt(6) == 0);
        if (r.nextBoolean()) m.put("advisementGiven", new String[] {"yes", "partial", "no"}[r.nextInt(3)]);
        if (r.nextBoolean()) m.put("counselAdvice", new String[] {"none", "generic", "incorrect", "accurate"}[r.nextInt(4)]);
        Map<String, Object> facts = new LinkedHashMap<>();
        if (r.nextBoolean()) facts.put("victimRelationship", RELATIONSHIPS[r.nextInt(RELATIONSHIPS.length)]);
        if (r.nextBoolean()) facts.put("substance", SUBSTANCES[r.nextInt(SUBSTANCES.length)]);
        if (r.nextInt(4) == 0) facts.put("lossAmount", r.nextInt(20000));
        if (!facts.isEmpty()) m.put("recordFacts", facts);
        return m;
    }
}
