package org.pcrnavigator.records.rapsheet;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.statute.StatuteParser;

/**
 * Reads the text of a California DOJ RAP sheet (criminal history transcript) into a draft {@code pcr-case/1}
 * case file and a list of {@link RapSheetFlag}s: everything the sheet leaves unclear. It never guesses: a
 * fact the sheet does not state plainly stays out of the draft (unknown) and is flagged with its line.
 *
 * <p>What it reads: cycles separated by {@code * * * *}; events separated by {@code - - - -} and opened by
 * {@code ARR/DET/CITE:}, {@code COURT:}, {@code CUSTODY:} and the like; in a court event the line
 * {@code YYYYMMDD COURT NAME}, counts ({@code CNT:01 #CASE}, ranges {@code CNT:02-03}), the charge line
 * ({@code 496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY}, attempts {@code 664-211 PC}, across codes
 * {@code 182(A)(1) PC/11352(A) HS}), {@code DISPO:}, {@code CONV STATUS:}, {@code SEN:}, and later updates under a
 * count (a date line, then {@code DISPO:} naming 1203.4, 1203.43, 17(b), 1170.18, 11361.8, or a sentence change
 * under 18.5, 1203.3 or 1172.1, which is recorded as prior relief with the original sentence kept). A DEJ or
 * diversion count is drafted with the outcome a later entry states plainly (dismissed under PC 1000.3, completed,
 * pending), or with no disposition and a flag. A letter written after a section without brackets ({@code 273.5A},
 * {@code 273.5 A}) may be a section letter or a subdivision: the count is flagged, never read either way. Only
 * court events make convictions; arrests and custody are skipped.
 *
 * <p>Stateless and thread-safe.
 */
public final class RapSheetParser {
    /** The longest text read; a RAP sheet is far shorter. */
    public static final int MAX_CHARS = 2_000_000;
    /** Lines longer than this are not matched (flagged unreadable): no sheet line is anywhere near it. */
    static final int MAX_LINE = 400;
    /** The most counts one {@code CNT:} range may name. */
    static final int MAX_RANGE = 99;

    /**
     * The only exception {@link #parse} throws: the text is null, too long, or has no RAP sheet cycle or event
     * at all. The message says what was expected.
     */
    public static final class NotARapSheet extends IllegalArgumentException {
        public NotARapSheet(String message) { super(message); }
    }

    /**
     * What the import produced.
     *
     * @param draftYaml a {@code pcr-case/1} case file (YAML) holding the convictions read; flags as comments
     * @param flags what the advocate must confirm, in sheet order
     * @param convictions how many convictions the draft holds
     */
    public record Result(String draftYaml, List<RapSheetFlag> flags, int convictions) {
        public Result {
            flags = List.copyOf(flags);
        }
    }

    private static final Pattern CYCLE_SEP = Pattern.compile("^\\s*(?:\\*\\s*){4,}\\s*$");
    private static final Pattern END = Pattern.compile("^\\s*(?:\\*\\s*)+END OF MESSAGE.*$");
    private static final Pattern EVENT_SEP = Pattern.compile("^\\s*(?:-\\s*){4,}\\s*$");
    private static final Pattern EVENT_HEAD = Pattern.compile(
            "^\\s*(?<type>ARR/DET/CITE|ARR/DET|ARR|SUPPLEMENTAL ARR|COURT|CUSTODY|PROBATION|REGISTRATION|APPLICANT|DECEASED)\\s*:(?<rest>.*)$");
    private static final Pattern NAM = Pattern.compile("\\bNAM\\s*:\\s*\\d*");
    private static final Pattern COURT_LINE = Pattern.compile("^\\s*(?<date>[0-9X]{4,8})\\s+(?<name>[A-Z][A-Z0-9 .'&/-]*?)\\s*$");
    private static final Pattern COUNT = Pattern.compile(
            "^\\s*\\*?\\s*CNT\\s*:\\s*(?<from>\\d{1,3})(?:\\s*-\\s*(?<to>\\d{1,3}))?\\s*(?:#\\s*(?<case>[A-Z0-9][A-Z0-9-]{0,29}))?\\s*$");
    private static final String SECTION = "\\d{1,6}(?:\\.\\d{1,4})?[A-Z]?(?:\\s?\\(\\s?[0-9A-Z]{1,4}\\s?\\))*";
    private static final Pattern CHARGE = Pattern.compile("^\\s*(?<s1>" + SECTION + ")(?:\\s?[-/]\\s?(?<s2>" + SECTION + "))?"
            + "\\s*(?<code>PC|HS|H&S|VC|BP|B&P|WI|W&I|UI)(?![A-Z0-9&])\\s*(?:-.*)?$");
    private static final String CODE = "(?:PC|HS|H&S|VC|BP|B&P|WI|W&I|UI)(?![A-Z0-9&])";
    /** Conspiracy and the like across two codes: {@code 182(A)(1) PC/11352(A) HS}. */
    private static final Pattern CHARGE_CROSS = Pattern.compile("^\\s*(?<s1>" + SECTION + ")\\s*(?<c1>" + CODE + ")\\s*/\\s*(?<s2>"
            + SECTION + ")\\s*(?<c2>" + CODE + ")\\s*(?:-.*)?$");
    /** A section followed by a bare letter: {@code 273.5 A PC}, which may name a subdivision. */
    private static final Pattern CHARGE_LOOSE = Pattern.compile("^\\s*(?<s>\\d{1,6}(?:\\.\\d{1,4})?)\\s+(?<l>[A-Z])\\s*(?<code>" + CODE + ")\\s*(?:-.*)?$");
    /** A section number ending in a letter with no bracketed subdivision after it: {@code 273.5A}. */
    private static final Pattern BARE_LETTER = Pattern.compile("^(?<n>\\d{1,6}(?:\\.\\d{1,4})?)(?<l>[A-Z])$");
    private static final Pattern DISPO = Pattern.compile("^\\s*\\*?\\s*DISPO\\s*:\\s*(?<text>.*)$");
    private static final Pattern STATUS = Pattern.compile("^\\s*CONV\\s+STATUS\\s*:\\s*(?<text>.*)$");
    private static final Pattern SEN = Pattern.compile("^\\s*SEN\\s*:\\s*(?<text>.*)$");
    private static final Pattern DATE_LINE = Pattern.compile("^\\s*(?<date>[0-9X]{8})\\s*$");
    private static final Pattern IGNORED = Pattern.compile("^\\s*(?:COM|DCN|NAM|TOC|CRT|CII|FBI|ORI|SID|DOB|RPT AGENCY)\\b.*$");
    private static final Pattern TERM = Pattern.compile(
            "^(?<n>\\d{1,4})\\s*(?<unit>DAYS?|DYS|MONTHS?|MOS?|YEARS?|YRS?)\\s+(?<what>PROBATION|PROB|JAIL|JL WORK|JL|PRISON)(?<ss>\\s+SS)?$");
    private static final Pattern IMP_SS = Pattern.compile("^IMP(?:OSITION)?\\s+(?:OF\\s+)?SEN(?:TENCE)?\\s+(?:SS|SUSP|SUSPENDED)$");
    private static final Pattern EXEC_SS = Pattern.compile("^(?:EXEC(?:UTION)?\\s+(?:OF\\s+)?)?SEN(?:TENCE)?\\s+(?:SS|SUSP|SUSPENDED)$");
    private static final Pattern MONEY = Pattern.compile("^(?:FINE|RESTN|RSTN|RESTITUTION|PENALTY ASSESSMENT)(?:\\s+SS)?(?:\\s+\\$?[0-9,.]+)?$");
    private static final Pattern RELIEF_1203 = Pattern.compile("1203\\.(?<sub>425|42|41|4A|4)(?![0-9A-Z])");
    private static final Pattern RELIEF_17B = Pattern.compile("(?<![0-9.])17\\s?\\(\\s?B\\s?\\)");
    private static final Pattern RELIEF_P47 = Pattern.compile("(?<![0-9.])1170\\.18(?![0-9])");
    private static final Pattern RELIEF_P64 = Pattern.compile("(?<![0-9.])11361\\.8(?![0-9])");
    private static final Pattern RELIEF_1203_43 = Pattern.compile("(?<![0-9.])1203\\.43(?![0-9])");
    private static final Pattern RELIEF_18_5 = Pattern.compile("(?<![0-9.])18\\.5(?![0-9])");
    private static final Pattern RELIEF_1203_3 = Pattern.compile("(?<![0-9.])1203\\.3(?![0-9])");
    private static final Pattern RELIEF_1172_1 = Pattern.compile("(?<![0-9.])1172\\.1(?![0-9])");
    /** Deferred entry of judgment as the sheet writes it; PC 1000 alone is not enough (it also names diversion). */
    private static final Pattern DEJ = Pattern.compile("\\bDEJ\\b|DEF(?:ERRED|D)?\\.?\\s+ENTRY\\s+(?:OF\\s+)?JUDG(?:E?MENT)?\\b");
    /** Diversion as the sheet writes it, with the statute where named (PC 1000, 1001.36, 1001.95 ...). */
    private static final Pattern DIVERSION = Pattern.compile("\\bDIVER(?:TED|SION)\\b");
    /** The sheet saying a DEJ or diversion ended well: completed, or charges dismissed under PC 1000.3 / 1001.x. */
    private static final Pattern COMPLETED = Pattern.compile("\\bCOMPLETED\\b|\\bSUCCESSFUL(?:LY)?\\b|DISM(?:ISSED)?\\b.*(?<![0-9.])(?:1000\\.3|1001\\.\\d{1,2})(?![0-9])");
    /** The sheet saying a DEJ or diversion failed: terminated, revoked, judgment entered, reinstated. */
    private static final Pattern FAILED = Pattern.compile("\\bNOT\\s+COMPLETED\\b|\\bFAIL|\\bTERMINATED\\b|\\bREVOKED\\b|\\bJUDG(?:E?MENT)?\\s+ENTERED\\b|\\bREINSTATED\\b|\\bUNSUCCESSFUL");

    private RapSheetParser() {}

    /**
     * Reads a RAP sheet's text.
     *
     * @throws NotARapSheet where the text is null, longer than {@link #MAX_CHARS}, or holds no cycle or event
     */
    public static Result parse(String text) {
        if (text == null) throw new NotARapSheet("no text; expected the text of a California DOJ RAP sheet");
        if (text.length() > MAX_CHARS) {
            throw new NotARapSheet("the text has " + text.length() + " characters, more than any RAP sheet (at most " + MAX_CHARS + ")");
        }
        return new Reader(text.split("\r\n|\r|\n", -1)).read();
    }

    // ------------------------------------------------------------------------------------------------

    private enum Event { NONE, COURT, ARREST, OTHER, UNREADABLE }

    /** One {@code CNT:} block of a court event (a range names several counts with one charge). */
    private static final class CountBlock {
        int line;
        int from;
        int to;
        String caseNumber;
        Integer chargeLine;
        String chargeText;
        Charge charge;
        String statuteError;
        String dispo;
        int dispoLine;
        String level;
        String levelText;
        int levelLine;
        String sentenceText;
        int sentenceLine;
        final List<Relief> relief = new ArrayList<>();
        // a DEJ's or diversion's outcome as a later entry states it: completed, pending or failed
        String outcome;
        int outcomeLine;
        PartialDate outcomeDate;
        boolean outcomeConflict;
    }

    private record Relief(String type, PartialDate date, int line) {}

    /** A court event being read. */
    private static final class Court {
        int line;
        boolean courtLineRead;
        PartialDate date;
        int dateLine;
        String courtName;
        String county;
        final List<CountBlock> counts = new ArrayList<>();
    }

    private static final class Reader {
        final String[] lines;
        final List<RapSheetFlag> flags = new ArrayList<>();
        final StringBuilder convictions = new StringBuilder();
        int convictionCount;
        boolean sawCycleOrEvent;

        int cycle;
        boolean cycleHasArrest;
        int cycleArrestLine;
        boolean cycleHasCourt;
        Event event = Event.NONE;
        Court court;
        CountBlock count;
        // an update under a count: its date line, and whether it has been read
        Integer updateLine;
        PartialDate updateDate;
        boolean expectCharge;

        Reader(String[] lines) { this.lines = lines; }

        Result read() {
            for (int i = 0; i < lines.length; i++) line(i + 1, lines[i]);
            endEvent();
            endCycle();
            if (!sawCycleOrEvent) {
                throw new NotARapSheet("no cycle or event found; expected a California DOJ RAP sheet with cycles separated by "
                        + "'* * * *' and events such as 'ARR/DET/CITE:' and 'COURT:'");
            }
            return new Result(yaml(), flags, convictionCount);
        }

        void flag(int line, RapSheetFlag.Kind kind, String message) { flags.add(new RapSheetFlag(line, kind, message)); }

        void line(int no, String raw) {
            String l = raw.toUpperCase(Locale.ROOT);
            if (l.isBlank()) return;
            if (l.length() > MAX_LINE) {
                if (event != Event.NONE || cycle > 0) {
                    flag(no, RapSheetFlag.Kind.UNREADABLE, "a line of " + l.length() + " characters could not be read; confirm against the sheet");
                }
                return;
            }
            if (CYCLE_SEP.matcher(l).matches() || END.matcher(l).matches()) {
                endEvent();
                endCycle();
                if (CYCLE_SEP.matcher(l).matches()) {
                    cycle++;
                    sawCycleOrEvent = true;
                }
                return;
            }
            if (EVENT_SEP.matcher(l).matches()) {
                endEvent();
                event = cycle > 0 ? Event.UNREADABLE : Event.NONE;
                eventHeaderExpected = cycle > 0;
                return;
            }
            Matcher head = EVENT_HEAD.matcher(l);
            if (head.matches()) {
                endEvent();
                eventHeaderExpected = false;
                if (cycle == 0) cycle = 1;
                sawCycleOrEvent = true;
                String type = head.group("type");
                if (type.equals("COURT")) {
                    event = Event.COURT;
                    cycleHasCourt = true;
                    court = new Court();
                    court.line = no;
                    String rest = NAM.matcher(head.group("rest")).replaceAll(" ").trim();
                    if (!rest.isEmpty()) courtLine(no, rest);
                } else if (type.startsWith("ARR") || type.startsWith("SUPPLEMENTAL")) {
                    event = Event.ARREST;
                    if (!cycleHasArrest) cycleArrestLine = no;
                    cycleHasArrest = true;
                } else {
                    event = Event.OTHER;
                }
                return;
            }
            if (cycle == 0) return;   // the header: name, CII number, description
            if (eventHeaderExpected) {
                eventHeaderExpected = false;
                event = Event.UNREADABLE;
                flag(no, RapSheetFlag.Kind.UNREADABLE, "an event whose heading could not be read ('" + excerpt(raw)
                        + "'); nothing in it is in the draft: read this part of the sheet by hand");
                return;
            }
            switch (event) {
                case COURT -> courtEventLine(no, raw, l);
                case UNREADABLE -> {
                    if (DISPO.matcher(l).matches() && l.contains("CONV")) {
                        flag(no, RapSheetFlag.Kind.UNREADABLE, "a conviction may be recorded in the unreadable event above ('"
                                + excerpt(raw) + "'); it is not in the draft: confirm it from the court record");
                    }
                }
                case NONE -> {
                    if (!IGNORED.matcher(l).matches()) {
                        event = Event.UNREADABLE;
                        flag(no, RapSheetFlag.Kind.UNREADABLE, "a section whose heading could not be read ('" + excerpt(raw)
                                + "'); nothing in it is in the draft: read this part of the sheet by hand");
                    }
                }
                default -> { /* arrests, custody, probation, registration: not convictions */ }
            }
        }

        boolean eventHeaderExpected;

        void courtLine(int no, String text) {
            court.courtLineRead = true;
            Matcher m = COURT_LINE.matcher(text.toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                flag(no, RapSheetFlag.Kind.UNREADABLE, "the court's date and name could not be read ('" + excerpt(text)
                        + "'); the plea date, judgment date and county of this court event are left unknown: confirm them");
                return;
            }
            court.dateLine = no;
            court.date = date(no, m.group("date"), "court event date");
            court.courtName = m.group("name").replaceAll("\\s+", " ");
            court.county = Counties.fromCourtName(court.courtName);
            if (court.county == null) {
                flag(no, RapSheetFlag.Kind.COUNTY_UNKNOWN, "the court name '" + court.courtName
                        + "' does not name a county; the county is left unknown: confirm it");
            }
        }

        void courtEventLine(int no, String raw, String l) {
            if (!court.courtLineRead && court.counts.isEmpty() && !COUNT.matcher(l).matches()) {
                courtLine(no, raw.trim());
                return;
            }
            Matcher m;
            if ((m = COUNT.matcher(l)).matches()) {
                endUpdate();
                count = new CountBlock();
                count.line = no;
                count.from = Integer.parseInt(m.group("from"));
                count.to = m.group("to") == null ? count.from : Integer.parseInt(m.group("to"));
                if (count.to < count.from || count.to - count.from >= MAX_RANGE) {
                    flag(no, RapSheetFlag.Kind.UNREADABLE, "the count range '" + excerpt(raw.trim()) + "' could not be read; read as count "
                            + count.from + " alone: confirm how many counts it names");
                    count.to = count.from;
                }
                count.caseNumber = m.group("case");
                if (count.caseNumber == null && !court.counts.isEmpty()) count.caseNumber = court.counts.get(0).caseNumber;
                court.counts.add(count);
                expectCharge = true;
                return;
            }
            if (count == null) {
                if (!IGNORED.matcher(l).matches()) {
                    flag(no, RapSheetFlag.Kind.UNREADABLE, "a line before the first count could not be read ('" + excerpt(raw)
                            + "'); confirm it does not change a count");
                }
                return;
            }
            if ((m = DATE_LINE.matcher(l)).matches()) {
                endUpdate();
                updateLine = no;
                updateDate = date(no, m.group("date"), "update date");
                expectCharge = false;
                return;
            }
            if (expectCharge) {
                expectCharge = false;
                if (!DISPO.matcher(l).matches() && !STATUS.matcher(l).matches() && !SEN.matcher(l).matches()) {
                    charge(no, raw, l);
                    return;
                }
            }
            if ((m = DISPO.matcher(l)).matches()) {
                String text = m.group("text").trim();
                if (updateLine != null) {
                    update(no, raw, text);
                } else if (count.dispo != null) {
                    flag(no, RapSheetFlag.Kind.UNKNOWN_DISPOSITION, "a second disposition ('" + excerpt(text) + "') for count "
                            + countName(count) + " with no date line before it; confirm which disposition is final");
                } else {
                    count.dispo = text;
                    count.dispoLine = no;
                }
                return;
            }
            if ((m = STATUS.matcher(l)).matches()) {
                count.levelText = m.group("text").trim();
                count.levelLine = no;
                count.level = level(count.levelText);
                return;
            }
            if ((m = SEN.matcher(l)).matches()) {
                if (updateLine != null && updateRelief != null && SENTENCE_CHANGES.contains(updateRelief)) {
                    flag(no, RapSheetFlag.Kind.SENTENCE_CHANGED, "the sentence after the " + updateRelief + " change reads '"
                            + excerpt(m.group("text").trim()) + "'; the draft keeps the original sentence and records the change as "
                            + "prior relief: confirm the new term from the order");
                    return;
                }
                if (updateLine != null) {
                    flag(no, RapSheetFlag.Kind.UPDATE_UNRECOGNISED, "a later sentence ('" + excerpt(m.group("text").trim()) + "') for count "
                            + countName(count) + "; the draft shows the original sentence: confirm which applies");
                    updateSeen = true;
                    return;
                }
                count.sentenceText = m.group("text").trim();
                count.sentenceLine = no;
                return;
            }
            if (IGNORED.matcher(l).matches()) return;
            flag(no, RapSheetFlag.Kind.UNREADABLE, "this line could not be read ('" + excerpt(raw)
                    + "'); it may change count " + countName(count) + ": confirm against the court record");
        }

        boolean updateSeen;

        void charge(int no, String raw, String l) {
            count.chargeLine = no;
            count.chargeText = raw.trim();
            Matcher c = CHARGE.matcher(l);
            String written;
            List<String> sections = new ArrayList<>();
            if (c.matches()) {
                sections.add(c.group("s1"));
                if (c.group("s2") != null) sections.add(c.group("s2"));
                String code = c.group("code").replace("&", "");
                written = code + " " + compact(c.group("s1")) + (c.group("s2") == null ? "" : "/" + compact(c.group("s2")));
            } else if ((c = CHARGE_CROSS.matcher(l)).matches()) {
                sections.add(c.group("s1"));
                sections.add(c.group("s2"));
                written = c.group("c1").replace("&", "") + " " + compact(c.group("s1")) + "/" + c.group("c2").replace("&", "") + " "
                        + compact(c.group("s2"));
            } else if ((c = CHARGE_LOOSE.matcher(l)).matches()) {
                String letter = c.group("l").toLowerCase(Locale.ROOT);
                count.statuteError = "the charge '" + excerpt(raw.trim()) + "' writes section " + c.group("s") + " followed by a bare '"
                        + c.group("l") + "', which may or may not be subdivision (" + letter + ")";
                return;
            } else {
                count.statuteError = "the charge '" + excerpt(raw.trim()) + "' could not be read";
                return;
            }
            for (String section : sections) {
                // A letter with no brackets after the number: section 273a is written 273A, and so is, on some
                // sheets, subdivision (a) of 273. The sheet does not say which.
                Matcher bare = BARE_LETTER.matcher(section.replace(" ", ""));
                if (bare.matches()) {
                    String n = bare.group("n");
                    String letter = bare.group("l").toLowerCase(Locale.ROOT);
                    count.statuteError = "the charge '" + excerpt(raw.trim()) + "' may name section " + n + letter + " or section " + n
                            + " subdivision (" + letter + ")";
                    return;
                }
            }
            try {
                count.charge = StatuteParser.parse(written);
            } catch (StatuteParser.StatuteSyntaxError e) {
                count.statuteError = "the charge '" + excerpt(raw.trim()) + "' could not be read as a statute (" + e.getMessage() + ")";
            }
        }

        void update(int no, String raw, String text) {
            updateSeen = true;
            if (count.dispo != null && deferredKind(count.dispo) != null && outcome(no, text)) return;
            List<String> types = new ArrayList<>();
            Matcher m = RELIEF_1203.matcher(text);
            while (m.find()) {
                String t = "pc1203_" + m.group("sub").toLowerCase(Locale.ROOT);
                if (!types.contains(t)) types.add(t);
            }
            if (RELIEF_17B.matcher(text).find()) types.add("pc17b");
            if (RELIEF_P47.matcher(text).find()) types.add("pc1170_18");
            if (RELIEF_P64.matcher(text).find()) types.add("hs11361_8");
            if (RELIEF_1203_43.matcher(text).find()) types.add("pc1203_43");
            if (RELIEF_18_5.matcher(text).find()) types.add("pc18_5b");
            if (RELIEF_1203_3.matcher(text).find()) types.add("pc1203_3");
            if (RELIEF_1172_1.matcher(text).find()) types.add("pc1172_1");
            if (types.size() != 1) {
                boolean modified = text.contains("MODIF");
                flag(no, RapSheetFlag.Kind.UPDATE_UNRECOGNISED, "a later disposition for count " + countName(count) + " ('" + excerpt(text)
                        + "') " + (types.size() > 1 ? "names more than one kind of relief"
                                   : modified ? "changes the sentence without naming the statute it rests on (PC 1203.3, 18.5, 1172.1 ...)"
                                   : "is not one the importer knows")
                        + "; it is not in the draft: confirm what the court ordered");
                return;
            }
            count.relief.add(new Relief(types.get(0), updateDate, no));
            updateRelief = types.get(0);
        }

        /** The relief an update under the current count recorded, if any: a later SEN line belongs to it. */
        String updateRelief;

        /**
         * Reads a later entry under a DEJ or diversion count as its outcome, where it plainly states one: true
         * if it did (completed, pending, or failed: terminated, revoked, judgment entered).
         */
        boolean outcome(int no, String text) {
            boolean completed = COMPLETED.matcher(text).find();
            boolean failed = FAILED.matcher(text).find();
            boolean pending = text.contains("PENDING");
            int said = (completed ? 1 : 0) + (failed ? 1 : 0) + (pending ? 1 : 0);
            if (said != 1) {
                if (said > 1) {
                    count.outcomeConflict = true;
                    count.outcomeLine = no;
                    return true;
                }
                return false;
            }
            String o = completed ? "completed" : failed ? "failed" : "pending";
            if (count.outcome != null && !count.outcome.equals(o)) count.outcomeConflict = true;
            count.outcome = o;
            count.outcomeLine = no;
            count.outcomeDate = updateDate;
            return true;
        }

        void endUpdate() {
            if (updateLine != null && !updateSeen) {
                flag(updateLine, RapSheetFlag.Kind.UPDATE_UNRECOGNISED, "a dated entry under count " + countName(count)
                        + " says nothing the importer can read; confirm what happened on that date");
            }
            updateLine = null;
            updateDate = null;
            updateSeen = false;
            updateRelief = null;
        }

        PartialDate date(int no, String text, String what) {
            String y = text.substring(0, 4);
            String mo = text.length() >= 6 ? text.substring(4, 6) : "XX";
            String d = text.length() >= 8 ? text.substring(6, 8) : "XX";
            if (text.length() != 4 && text.length() != 6 && text.length() != 8 || y.contains("X")) {
                flag(no, RapSheetFlag.Kind.PARTIAL_DATE, "the " + what + " '" + text + "' could not be read; it is left unknown: confirm it");
                return null;
            }
            boolean noMonth = mo.equals("XX") || mo.equals("00");
            boolean noDay = d.equals("XX") || d.equals("00");
            try {
                int year = Integer.parseInt(y);
                if (year < 1900 || year > 2100 || mo.contains("X") && !noMonth || d.contains("X") && !noDay) throw new DateTimeException(text);
                if (noMonth) {
                    flag(no, RapSheetFlag.Kind.PARTIAL_DATE, "the " + what + " '" + text + "' gives only the year; the draft says "
                            + year + ": confirm the full date");
                    return new PartialDate(year, null, null);
                }
                int month = Integer.parseInt(mo);
                if (noDay) {
                    PartialDate p = new PartialDate(year, month, null);
                    flag(no, RapSheetFlag.Kind.PARTIAL_DATE, "the " + what + " '" + text + "' gives only the year and month; the draft says "
                            + p + ": confirm the full date");
                    return p;
                }
                return PartialDate.of(LocalDate.of(year, month, Integer.parseInt(d)));
            } catch (DateTimeException | IllegalArgumentException e) {
                flag(no, RapSheetFlag.Kind.PARTIAL_DATE, "the " + what + " '" + text + "' is not a date; it is left unknown: confirm it");
                return null;
            }
        }

        void endEvent() {
            if (event == Event.COURT && court != null) {
                endUpdate();
                finishCourt();
            }
            event = Event.NONE;
            eventHeaderExpected = false;
            court = null;
            count = null;
            expectCharge = false;
        }

        void endCycle() {
            if (cycle > 0 && cycleHasArrest && !cycleHasCourt) {
                flag(cycleArrestLine, RapSheetFlag.Kind.NO_COURT_EVENT, "an arrest with no court event in its cycle; "
                        + "confirm whether charges were filed and how they ended");
            }
            cycleHasArrest = false;
            cycleHasCourt = false;
        }

        void finishCourt() {
            if (!court.courtLineRead) {
                flag(court.line, RapSheetFlag.Kind.UNREADABLE, "a court event with no date or court name; the plea date, "
                        + "judgment date and county are left unknown: confirm them");
            }
            if (court.counts.isEmpty()) {
                flag(court.line, RapSheetFlag.Kind.NO_DISPOSITION, "a court event with no counts; confirm what the court decided");
            }
            for (CountBlock b : court.counts) {
                for (int n = b.from; n <= b.to; n++) finishCount(b, n);
            }
        }

        void finishCount(CountBlock b, int n) {
            String name = "count " + n + (b.charge != null ? " (" + b.charge.display() + ")" : "");
            if (b.dispo == null) {
                flag(b.line, RapSheetFlag.Kind.NO_DISPOSITION, name + " has no disposition; it is not in the draft: "
                        + "confirm how it ended");
                reliefOnNonConviction(b, name);
                return;
            }
            String d = b.dispo.replaceAll("\\s+", " ");
            String deferred = deferredKind(d);
            if (deferred != null) {
                deferredCount(b, n, name, deferred);
                return;
            }
            if (!d.matches("CONVICTED\\b.*|CONV\\b.*") || d.matches("CONV\\w* SET ASIDE.*")) {
                boolean not = d.matches("(?:DISM|DISMISSED|ACQUITTED|ACQUITTAL|NOT GUILTY|PROS REL|PROSECUTION REL|REJECTED|COMPLAINT DENIED|CHARGES? DROPPED)\\b.*");
                flag(b.dispoLine, not ? RapSheetFlag.Kind.NOT_CONVICTED : RapSheetFlag.Kind.UNKNOWN_DISPOSITION, name
                        + (not ? " ended '" + excerpt(b.dispo) + "': not a conviction, not in the draft; confirm from the court record"
                               : " has the disposition '" + excerpt(b.dispo) + "', which the importer does not know; "
                                 + "it is not in the draft: confirm whether it is a conviction, diversion or DEJ"));
                reliefOnNonConviction(b, name);
                return;
            }
            if (b.charge == null) {
                flag(b.chargeLine != null ? b.chargeLine : b.line, RapSheetFlag.Kind.STATUTE_UNREADABLE, "count " + n + " is a conviction but "
                        + (b.statuteError != null ? b.statuteError : "no charge is shown") + "; it is not in the draft: add it by hand");
                return;
            }
            draft(b, n, name, "convicted", true);
        }

        /**
         * A DEJ or diversion count: in the draft (the plea behind a DEJ is a conviction for immigration purposes
         * whatever became of it), with the disposition the sheet states, or none and a flag.
         */
        void deferredCount(CountBlock b, int n, String name, String kind) {
            if (b.charge == null) {
                flag(b.chargeLine != null ? b.chargeLine : b.line, RapSheetFlag.Kind.STATUTE_UNREADABLE, "count " + n + " ("
                        + (kind.equals("dej") ? "deferred entry of judgment" : "diversion") + ") has "
                        + (b.statuteError != null ? b.statuteError : "no charge shown") + "; it is not in the draft: add it by hand");
                return;
            }
            String what = kind.equals("dej") ? "deferred entry of judgment" : "diversion";
            String disposition = null;
            if (b.outcomeConflict) {
                flag(b.outcomeLine, RapSheetFlag.Kind.DEFERRED_OUTCOME_UNKNOWN, name + ": the later entries about its " + what
                        + " disagree; the disposition is left unknown: confirm the outcome from the court record");
            } else if ("completed".equals(b.outcome)) {
                disposition = kind.equals("dej") ? "dej_completed" : "diversion_completed";
            } else if ("pending".equals(b.outcome) && kind.equals("dej")) {
                disposition = "dej_pending";
            } else if ("failed".equals(b.outcome)) {
                flag(b.outcomeLine, RapSheetFlag.Kind.DEFERRED_OUTCOME_UNKNOWN, name + ": its " + what + " ended without completion"
                        + (b.outcomeDate != null ? " on " + b.outcomeDate : "") + "; the disposition, judgment and sentence are left "
                        + "unknown: confirm them from the court record");
            } else {
                flag(b.outcome != null ? b.outcomeLine : b.dispoLine, RapSheetFlag.Kind.DEFERRED_OUTCOME_UNKNOWN, name + ": " + what
                        + " ('" + excerpt(b.dispo) + "') with no outcome the sheet states; the disposition is left unknown: confirm "
                        + "whether it is pending, completed or ended without completion");
            }
            draft(b, n, name, disposition, kind.equals("dej"));
        }

        /**
         * Writes one count into the draft. {@code convicted}: a plain conviction, whose sentence and judgment are
         * read; otherwise (DEJ, diversion) no judgment was pronounced and no sentence is drafted.
         */
        void draft(CountBlock b, int n, String name, String disposition, boolean pleaded) {
            boolean convicted = "convicted".equals(disposition);
            convictionCount++;
            String id = "c" + convictionCount;
            StringBuilder y = convictions;
            y.append("  - id: ").append(id).append('\n');
            y.append("    # count ").append(n).append(", RAP sheet line ").append(b.line).append('\n');
            if (court.county != null) y.append("    county: ").append(quote(court.county)).append('\n');
            if (b.caseNumber != null) y.append("    caseNumber: ").append(quote(b.caseNumber)).append('\n');
            y.append("    statute: ").append(quote(b.charge.display())).append('\n');
            if (b.level != null) {
                y.append("    level: ").append(b.level).append('\n');
            } else {
                flag(b.levelText == null ? b.dispoLine : b.levelLine, RapSheetFlag.Kind.LEVEL_UNKNOWN, id + " (" + name + "): "
                        + (b.levelText == null ? "the sheet does not say felony or misdemeanor"
                                              : "the level '" + excerpt(b.levelText) + "' could not be read")
                        + "; the level is left unknown: confirm it");
            }
            if (disposition != null) y.append("    disposition: ").append(disposition).append('\n');
            if (court.date != null && pleaded) y.append("    pleaDate: ").append(quote(court.date.toString())).append('\n');
            Sentence s = convicted ? sentence(b, id, name) : null;
            if (court.date != null && s != null && s.judgmentPronounced) {
                y.append("    judgmentDate: ").append(quote(court.date.toString())).append('\n');
            }
            if (s != null) {
                y.append("    sentence:\n");
                if (s.days != null) y.append("      confinementDays: ").append(s.days).append('\n');
                if (s.impSs != null) y.append("      impositionSuspended: ").append(s.impSs).append('\n');
                if (s.execSs != null) y.append("      executionSuspended: ").append(s.execSs).append('\n');
                if (s.prison != null) y.append("      statePrison: ").append(s.prison).append('\n');
                if (s.probationMonths != null) y.append("      probationMonths: ").append(s.probationMonths).append('\n');
            }
            if (!b.relief.isEmpty()) {
                y.append("    priorRelief:\n");
                for (Relief r : b.relief) {
                    y.append("      - type: ").append(r.type()).append('\n');
                    if (r.date() != null) y.append("        date: ").append(quote(r.date().toString())).append('\n');
                }
            }
        }

        void reliefOnNonConviction(CountBlock b, String name) {
            for (Relief r : b.relief) {
                flag(r.line(), RapSheetFlag.Kind.UPDATE_UNRECOGNISED, "relief (" + r.type() + ") is recorded on " + name
                        + ", which is not in the draft; confirm which conviction it belongs to");
            }
        }

        /** The sentence as read, or null (unknown) with a flag. */
        Sentence sentence(CountBlock b, String id, String name) {
            if (b.sentenceText == null) {
                flag(b.dispoLine, RapSheetFlag.Kind.NO_SENTENCE, id + " (" + name + "): no sentence is shown; the sentence and "
                        + "judgment date are left unknown: confirm them from the court record");
                return null;
            }
            Sentence s = new Sentence();
            boolean readable = true;
            long days = 0;
            boolean anyTerm = false;
            boolean daysKnown = true;
            for (String part : b.sentenceText.split(",")) {
                String p = part.trim().replaceAll("\\s+", " ");
                if (p.isEmpty()) continue;
                Matcher m = TERM.matcher(p);
                if (m.matches()) {
                    long n = Long.parseLong(m.group("n"));
                    String unit = m.group("unit");
                    String what = m.group("what");
                    if (what.startsWith("PROB")) {
                        if (unit.startsWith("M")) s.probationMonths = add(s.probationMonths, n);
                        else if (unit.startsWith("Y")) s.probationMonths = add(s.probationMonths, n * 12);
                        else {
                            readable = false;
                            flag(b.sentenceLine, RapSheetFlag.Kind.SENTENCE_UNREADABLE, id + ": probation of " + n + " days cannot be written "
                                    + "in months without rounding; confirm the term");
                        }
                        continue;
                    }
                    anyTerm = true;
                    if (what.equals("PRISON")) s.prison = "true";
                    if (m.group("ss") != null) s.execSs = "true";
                    if (unit.startsWith("D")) days += n;
                    else if (unit.startsWith("Y")) days += n * 365;
                    else if (n % 12 == 0) days += n / 12 * 365;
                    else {
                        daysKnown = false;
                        flag(b.sentenceLine, RapSheetFlag.Kind.SENTENCE_UNREADABLE, id + ": '" + p + "' is not a whole number of days "
                                + "or years; confinementDays is left unknown: confirm the term in days");
                    }
                    continue;
                }
                if (IMP_SS.matcher(p).matches()) { s.impSs = "true"; continue; }
                if (EXEC_SS.matcher(p).matches()) { s.execSs = "true"; continue; }
                if (MONEY.matcher(p).matches()) continue;
                readable = false;
                flag(b.sentenceLine, RapSheetFlag.Kind.SENTENCE_UNREADABLE, id + ": the sentence item '" + excerpt(p)
                        + "' could not be read; the whole sentence is left unknown: confirm it from the court record");
            }
            if (!readable) return null;
            if (s.impSs != null && s.execSs != null) {
                flag(b.sentenceLine, RapSheetFlag.Kind.SENTENCE_UNREADABLE, id + ": the sentence says both imposition and execution "
                        + "suspended; the sentence is left unknown: confirm it");
                return null;
            }
            if (anyTerm && daysKnown) s.days = days;
            if (s.prison == null) s.prison = "false";
            if (s.impSs != null) {
                s.judgmentPronounced = false;
            } else if (s.probationMonths != null && s.execSs == null) {
                s.judgmentPronounced = false;
                flag(b.sentenceLine, RapSheetFlag.Kind.JUDGMENT_UNCLEAR, id + ": probation was granted but the sheet does not say whether "
                        + "imposition or execution of sentence was suspended; judgmentDate is left unknown: confirm from the minute order");
            } else {
                s.judgmentPronounced = true;
            }
            return s;
        }

        String yaml() {
            StringBuilder y = new StringBuilder();
            y.append("# Draft case file imported from a California DOJ RAP sheet (pcr import rapsheet).\n");
            y.append("# A RAP sheet is not the record of conviction: confirm every field from the court record,\n");
            y.append("# and resolve every flag below, before relying on an analysis of this file.\n");
            if (flags.isEmpty()) {
                y.append("# Flags: none.\n");
            } else {
                y.append("# Flags (").append(flags.size()).append("):\n");
                for (RapSheetFlag f : flags) y.append("#   ").append(comment(f.describe())).append('\n');
            }
            y.append("format: ").append("pcr-case/1").append('\n');
            if (convictionCount == 0) y.append("convictions: []\n");
            else y.append("convictions:\n").append(convictions);
            return y.toString();
        }
    }

    private static final class Sentence {
        Long days;
        String impSs;
        String execSs;
        String prison;
        Long probationMonths;
        boolean judgmentPronounced;
    }

    /** Later changes to a sentence: a SEN line after one of them is the new term. */
    private static final java.util.Set<String> SENTENCE_CHANGES = java.util.Set.of("pc18_5b", "pc1203_3", "pc1172_1");

    /** "dej" or "diversion" where a disposition says so plainly, else null. */
    private static String deferredKind(String dispo) {
        if (DEJ.matcher(dispo).find()) return "dej";
        if (DIVERSION.matcher(dispo).find()) return "diversion";
        return null;
    }

    private static Long add(Long a, long b) { return a == null ? b : a + b; }

    private static String level(String text) {
        String t = text.replaceAll("[^A-Z]", "");
        return switch (t) {
            case "FELONY", "FEL", "F" -> "felony";
            case "MISDEMEANOR", "MISD", "MISDEMEANANT", "M" -> "misdemeanor";
            case "INFRACTION", "INFRAC", "INF" -> "infraction";
            default -> null;
        };
    }

    private static String countName(CountBlock b) {
        if (b == null) return "?";
        return b.from == b.to ? String.valueOf(b.from) : b.from + "-" + b.to;
    }

    /** A section with its subdivisions, lower case, no spaces: {@code 496(A)} becomes {@code 496(a)}. */
    private static String compact(String section) { return section.replace(" ", "").toLowerCase(Locale.ROOT); }

    /** Sheet text for a message: trimmed, control characters replaced, at most 60 characters. */
    static String excerpt(String text) {
        StringBuilder b = new StringBuilder();
        String t = text.trim();
        for (int i = 0; i < t.length() && b.length() < 60; i++) {
            char c = t.charAt(i);
            b.append(Character.isISOControl(c) || Character.isSurrogate(c) || c == '\u2028' || c == '\u2029' || c == '\uFEFF' ? '?' : c);
        }
        if (t.length() > 60) b.append("...");
        return b.toString();
    }

    /** A YAML comment's text: printable ASCII only, so no line break or odd character can end the comment. */
    private static String comment(String text) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            b.append(c >= 0x20 && c < 0x7F ? c : '?');
        }
        return b.toString();
    }

    /** A double-quoted YAML scalar (values here are generated: statute, dates, county, case number). */
    private static String quote(String text) {
        return "\"" + comment(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
