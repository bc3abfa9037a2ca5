package org.pcrnavigator.app.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.engine.vehicles.VehicleAssessment;

/**
 * The tasks and deadlines the planner implies for one client: each vehicle that is open now but closes on
 * a date (PC 1018's six months, habeas while in custody, PC 1473.6's year) is a deadline; each plan step
 * is a task; open questions are a task. Nothing here decides law: the dates are the report's.
 */
public final class Tasks {
    private Tasks() {}

    /**
     * One task; {@code due} is null where nothing closes. {@code what} is a message key of the pages
     * ({@code task.file_before}, {@code task.fix}, {@code task.questions}) and {@code args} its arguments.
     */
    public record Task(String clientId, String clientName, LocalDate due, String conviction, String what, List<String> args) {
        public Task { args = List.copyOf(args); }

        /** The task in words, in {@code lang}. */
        public String describe(Messages m, String lang) { return m.get(lang, what, args.toArray()); }
    }

    /** The tasks for one client's report, deadlines first by date. */
    public static List<Task> of(String clientId, String clientName, Report report) {
        List<Task> out = new ArrayList<>();
        for (Report.ConvictionResult c : report.convictions()) {
            for (VehicleAssessment v : c.vehicles()) {
                if (v.availableUntil() != null && !v.availability().equals("not_available")) {
                    out.add(new Task(clientId, clientName, v.availableUntil(), c.id(), "task.file_before",
                            List.of(v.vehicle(), c.id(), c.statute())));
                }
            }
        }
        for (Report.PlanStep s : report.plan()) {
            if (s.vehicles().isEmpty()) continue;
            out.add(new Task(clientId, clientName, null, s.conviction(), s.alternative() != null ? "task.re_plead" : "task.fix",
                    s.alternative() != null ? List.of(s.conviction(), s.alternative(), s.vehicles().get(0))
                            : List.of(s.conviction(), s.fix(), s.vehicles().get(0))));
        }
        if (!report.questions().isEmpty()) {
            out.add(new Task(clientId, clientName, null, null, "task.questions", List.of(String.valueOf(report.questions().size()))));
        }
        out.sort(Comparator.comparing(Task::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    /**
     * The dated tasks as an iCalendar (RFC 5545) feed. Events carry the client file's id, never the
     * client's name: a calendar feed is read by calendar services outside the office.
     */
    public static String icalendar(List<Task> tasks, Messages messages, Instant now) {
        StringBuilder s = new StringBuilder();
        s.append("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//PCR Navigator//Workbench//EN\r\nCALSCALE:GREGORIAN\r\n");
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC).format(now);
        DateTimeFormatter day = DateTimeFormatter.BASIC_ISO_DATE;
        for (Task t : tasks) {
            if (t.due() == null) continue;
            s.append("BEGIN:VEVENT\r\n");
            s.append("UID:").append(uid(t)).append("@pcr-navigator\r\n");
            s.append("DTSTAMP:").append(stamp).append("\r\n");
            s.append("DTSTART;VALUE=DATE:").append(day.format(t.due())).append("\r\n");
            s.append("DTEND;VALUE=DATE:").append(day.format(t.due().plusDays(1))).append("\r\n");
            s.append(fold("SUMMARY:" + escape(messages.get("en", "task.ical", t.clientId(), t.describe(messages, "en"))))).append("\r\n");
            s.append("END:VEVENT\r\n");
        }
        s.append("END:VCALENDAR\r\n");
        return s.toString();
    }

    private static String uid(Task t) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((t.clientId() + "|" + t.conviction() + "|" + t.what() + "|" + t.args())
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    /** Folds a content line at 75 octets, as RFC 5545 §3.1 requires. */
    static String fold(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= 75) return line;
        StringBuilder out = new StringBuilder();
        int count = 0;
        int limit = 75;                 // a continuation line's leading space is one of its 75 octets
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (count + len > limit) {
                out.append("\r\n ");
                count = 0;
                limit = 74;
            }
            out.appendCodePoint(cp);
            count += len;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
