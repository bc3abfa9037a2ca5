package org.pcrnavigator.records.screen;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * The per-person summary row of a bulk run and the HTML page a program manager reads. The page is built by
 * streaming the summary rows once at the end, so a resumed run counts exactly what the rows say.
 */
final class Summary {
    private Summary() {}

    static final String HEADER = "line,id,goals_barred,goals_at_risk,best_vehicles,priority";

    /**
     * One person: which goals are barred or at risk, the best vehicle per conviction (available and
     * effective first), and a priority: high where a goal is barred and an effective vehicle is open,
     * medium where a goal is barred or at risk, review where no goal is barred or at risk but some goal is
     * unknown (facts are missing: not a sign of safety), low only where every goal is clear.
     */
    static String row(CaseFile cf, Report r, long line) {
        List<String> barred = new ArrayList<>();
        List<String> atRisk = new ArrayList<>();
        boolean unknown = false;
        for (Report.GoalResult g : r.goals()) {
            if (g.status().equals("unknown")) unknown = true;
            if (g.status().equals("barred")) barred.add(g.goal());
            if (g.status().equals("at_risk")) atRisk.add(g.goal());
        }
        List<String> best = new ArrayList<>();
        boolean openEffective = false;
        for (Report.ConvictionResult c : r.convictions()) {
            VehicleAssessment top = null;
            for (VehicleAssessment v : c.vehicles()) {
                if (v.availability().equals("not_available") || v.immigrationEffect().equals("not_effective")) continue;
                if (v.explanation().rule().startsWith("vehicle.")) continue;
                if (top == null || rank(v) < rank(top)) top = v;
            }
            if (top != null) {
                best.add(c.id() + ":" + top.vehicle());
                if (top.availability().equals("available") && top.immigrationEffect().equals("effective")) openEffective = true;
            }
        }
        String priority = !barred.isEmpty() && openEffective ? "high" : !barred.isEmpty() || !atRisk.isEmpty() ? "medium"
                : unknown ? "review" : "low";
        return line + "," + csv(cf.id() == null ? "" : cf.id()) + "," + csv(String.join(" ", barred)) + ","
                + csv(String.join(" ", atRisk)) + "," + csv(String.join(" ", best)) + "," + priority;
    }

    private static int rank(VehicleAssessment v) {
        return (v.availability().equals("available") ? 0 : 2) + (v.immigrationEffect().equals("effective") ? 0 : 1);
    }

    /** A CSV field, quoted where it holds a comma, a quote or a line break. */
    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n")) return "\"" + s.replace("\"", "\"\"").replace("\n", " ") + "\"";
        return s;
    }

    /** Reads the summary rows and writes the HTML page with its charts (inline SVG bars, no scripts). */
    static void writeHtml(Path summaryCsv, Path html, long screened, long badRows) throws IOException {
        Map<String, Long> barredGoals = new TreeMap<>();
        Map<String, Long> atRiskGoals = new TreeMap<>();
        Map<String, Long> vehicles = new TreeMap<>();
        Map<String, Long> priority = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(summaryCsv, StandardCharsets.UTF_8)) {
            in.readLine();
            String l;
            while ((l = in.readLine()) != null) {
                List<String> f = fields(l);
                if (f.size() < 6) continue;
                for (String g : f.get(2).split(" ")) if (!g.isBlank()) barredGoals.merge(g, 1L, Long::sum);
                for (String g : f.get(3).split(" ")) if (!g.isBlank()) atRiskGoals.merge(g, 1L, Long::sum);
                for (String v : f.get(4).split(" ")) if (!v.isBlank()) vehicles.merge(v.substring(v.indexOf(':') + 1), 1L, Long::sum);
                priority.merge(f.get(5), 1L, Long::sum);
            }
        }
        StringBuilder h = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>PCR Navigator screening summary</title>
                <style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
                h2{margin-top:2rem}svg text{font-size:12px}table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left}</style>
                </head><body><h1>Screening summary</h1>
                """);
        h.append("<p>").append(screened).append(" people screened; ").append(badRows)
                .append(" rows could not be read (see errors.csv). Each person's full reasons are in reports.jsonl; "
                        + "run <code>pcr analyze</code> on a case for its memo and plan.</p>\n");
        chart(h, "Priority", priority);
        chart(h, "Goals barred", barredGoals);
        chart(h, "Goals at risk", atRiskGoals);
        chart(h, "Best vehicle per conviction", vehicles);
        h.append("<p><small>A tool for practitioners; it does not replace counsel's judgement.</small></p></body></html>\n");
        Files.writeString(html, h.toString(), StandardCharsets.UTF_8);
    }

    private static void chart(StringBuilder h, String title, Map<String, Long> counts) {
        h.append("<h2>").append(escape(title)).append("</h2>\n");
        if (counts.isEmpty()) {
            h.append("<p>None.</p>\n");
            return;
        }
        long max = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        int rowHeight = 22;
        h.append("<svg role=\"img\" aria-label=\"").append(escape(title)).append("\" width=\"640\" height=\"")
                .append(counts.size() * rowHeight + 4).append("\">\n");
        int y = 0;
        for (Map.Entry<String, Long> e : counts.entrySet()) {
            long w = Math.max(1, e.getValue() * 380 / max);
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(escape(e.getKey().replace('_', ' '))).append("</text>")
                    .append("<rect x=\"200\" y=\"").append(y + 3).append("\" width=\"").append(w).append("\" height=\"16\" fill=\"#3a6ea5\"/>")
                    .append("<text x=\"").append(205 + w).append("\" y=\"").append(y + 15).append("\">").append(e.getValue()).append("</text>\n");
            y += rowHeight;
        }
        h.append("</svg>\n");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Splits one CSV line written by {@link #csv}. */
    static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cur.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(ch);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
