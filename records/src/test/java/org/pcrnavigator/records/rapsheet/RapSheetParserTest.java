package org.pcrnavigator.records.rapsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.PriorRelief;
import org.pcrnavigator.engine.casefile.Tri;

/**
 * The RAP sheet importer against synthetic sheets ({@code src/test/resources/rapsheets/}): every field of every
 * conviction drafted, every flag with its line, and every draft read back through {@link CaseFileReader}.
 */
class RapSheetParserTest {
    private static final LocalDate TODAY = LocalDate.parse("2026-11-28");

    /** What one drafted conviction must say; null is "left out of the draft" (unknown). */
    record Expect(String id, String county, String caseNumber, String statute, String level, String pleaDate, String judgmentDate,
                  Long confinementDays, Tri impositionSuspended, Tri executionSuspended, Tri statePrison, Long probationMonths,
                  List<String> relief) {}

    private static Expect c(String id, String county, String caseNumber, String statute, String level, String plea, String judgment,
                            Long days, Tri imp, Tri exec, Tri prison, Long probation, String... relief) {
        return new Expect(id, county, caseNumber, statute, level, plea, judgment, days, imp, exec, prison, probation, List.of(relief));
    }

    private static final Tri Y = Tri.YES;
    private static final Tri N = Tri.NO;
    private static final Tri U = Tri.UNKNOWN;

    static Stream<Arguments> sheets() {
        return Stream.of(
                Arguments.of("multi-count-17b-1203-4.txt",
                        List.of(c("c1", "Los Angeles", "BA301234", "PC 496(a)", "felony", "2006-05-02", "2006-05-02", 90L, U, Y, N, 36L,
                                        "pc17b 2008-01-15", "pc1203_4 2010-06-10"),
                                c("c2", "San Diego", "SCD245678", "PC 664/211", "felony", "2013-06-10", "2013-06-10", 730L, U, U, Y, null),
                                c("c3", "San Diego", "SCD245678", "VC 23152(a)", "misdemeanor", "2013-06-10", "2013-06-10", null, U, U, N, null)),
                        List.of("29 NOT_CONVICTED", "31 NO_COURT_EVENT", "52 SENTENCE_UNREADABLE")),
                Arguments.of("prop47-unreadable.txt",
                        List.of(c("c1", "Fresno", "F12904455", "HS 11377(a)", "felony", "2012-10-15", null, 30L, U, U, N, 36L,
                                        "pc1170_18 2015-03-12"),
                                c("c2", "Fresno", "F12904455", "HS 11350(a)", "misdemeanor", "2012-10-15", null, null, Y, U, N, 12L),
                                c("c3", "Fresno", "F12904455", "HS 11350(a)", "misdemeanor", "2012-10-15", null, null, Y, U, N, 12L),
                                c("c4", null, "6CJ01234", "VC 23152(b)", "misdemeanor", "2016-03", null, 4L, U, U, N, 36L),
                                c("c5", null, "6CJ01234", "VC 12500(a)", "infraction", "2016-03", null, null, U, U, U, null),
                                c("c6", "Riverside", "RIF1700123", "HS 11359", "felony", "2017-01-05", "2017-01-05", null, U, U, Y, null,
                                        "hs11361_8 2018-04-20")),
                        List.of("18 JUDGMENT_UNCLEAR", "26 NO_DISPOSITION", "30 UNREADABLE", "32 UNREADABLE", "35 PARTIAL_DATE",
                                "35 COUNTY_UNKNOWN", "40 JUDGMENT_UNCLEAR", "43 NOT_CONVICTED", "48 SENTENCE_UNREADABLE",
                                "56 SENTENCE_UNREADABLE", "60 STATUTE_UNREADABLE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sheets")
    void readsEveryFieldAndFlag(String sheet, List<Expect> expected, List<String> flags) throws IOException {
        RapSheetParser.Result r = RapSheetParser.parse(resource(sheet));
        assertThat(r.flags()).extracting(f -> f.line() + " " + f.kind()).as("flags").containsExactlyElementsOf(flags);
        assertThat(r.convictions()).isEqualTo(expected.size());
        CaseFile cf = CaseFileReader.read(sheet, r.draftYaml(), TODAY);
        assertThat(cf.convictions()).extracting(Conviction::id).containsExactlyElementsOf(expected.stream().map(Expect::id).toList());
        for (int i = 0; i < expected.size(); i++) {
            Expect e = expected.get(i);
            Conviction c = cf.convictions().get(i);
            String as = sheet + " " + e.id();
            assertThat(c.county()).as(as + " county").isEqualTo(e.county());
            assertThat(c.caseNumber()).as(as + " caseNumber").isEqualTo(e.caseNumber());
            assertThat(c.charge().display()).as(as + " statute").isEqualTo(e.statute());
            assertThat(c.level()).as(as + " level").isEqualTo(e.level());
            assertThat(c.disposition()).as(as + " disposition").isEqualTo("convicted");
            assertThat(c.court()).as(as + " court: not stated on the sheet").isNull();
            assertThat(c.offenseDate()).as(as + " offenseDate: an arrest date is not the offense date").isNull();
            assertThat(c.plea()).as(as + " plea").isNull();
            assertThat(str(c.pleaDate())).as(as + " pleaDate").isEqualTo(e.pleaDate());
            assertThat(str(c.judgmentDate())).as(as + " judgmentDate").isEqualTo(e.judgmentDate());
            assertThat(c.judgmentPending()).isFalse();
            assertThat(c.sentence().confinementDays()).as(as + " confinementDays").isEqualTo(e.confinementDays());
            assertThat(c.sentence().impositionSuspended()).as(as + " impositionSuspended").isEqualTo(e.impositionSuspended());
            assertThat(c.sentence().executionSuspended()).as(as + " executionSuspended").isEqualTo(e.executionSuspended());
            assertThat(c.sentence().statePrison()).as(as + " statePrison").isEqualTo(e.statePrison());
            assertThat(c.sentence().probationMonths()).as(as + " probationMonths").isEqualTo(e.probationMonths());
            assertThat(c.sentence().probationViolationDays()).isNull();
            assertThat(c.priorRelief()).extracting(p -> p.type() + " " + p.date()).as(as + " priorRelief").containsExactlyElementsOf(e.relief());
            assertThat(c.priorRelief()).allSatisfy(p -> {
                assertThat(p.filedDate()).isNull();
                assertThat(p.reliance()).isEqualTo(Tri.UNKNOWN);
            });
            assertThat(c.probationCompleted()).isEqualTo(Tri.UNKNOWN);
            assertThat(c.advisementGiven()).isNull();
            assertThat(c.recordFacts()).isEmpty();
        }
        // the flags travel with the draft, as comments
        for (RapSheetFlag f : r.flags()) assertThat(r.draftYaml()).contains("line " + f.line() + ": [" + f.kind().name().toLowerCase());
    }

    // --- single points, one small sheet each ------------------------------------------------------

    private static final String HEAD = "CII/A00000000\n* * * *\nCOURT: NAM:01\n";

    /** A one-court sheet: the court line, then the given count lines. */
    private static RapSheetParser.Result court(String courtLine, String... countLines) {
        return parse(HEAD + courtLine + "\n" + String.join("\n", countLines) + "\n* * * END OF MESSAGE * * *\n");
    }

    private static RapSheetParser.Result parse(String text) {
        RapSheetParser.Result r = RapSheetParser.parse(text);
        CaseFileReader.read("draft.yaml", r.draftYaml(), TODAY);   // every draft reads back
        return r;
    }

    private static Conviction only(RapSheetParser.Result r) {
        CaseFile cf = CaseFileReader.read("draft.yaml", r.draftYaml(), TODAY);
        assertThat(cf.convictions()).hasSize(1);
        return cf.convictions().get(0);
    }

    private static List<String> kinds(RapSheetParser.Result r) { return r.flags().stream().map(f -> f.line() + " " + f.kind()).toList(); }

    static Stream<Arguments> statutes() {
        return Stream.of(
                Arguments.of("496(A) PC-RECEIVE/ETC KNOWN STOLEN PROPERTY", "PC 496(a)"),
                Arguments.of("11377(A) HS-POSSESS CONTROLLED SUBSTANCE", "HS 11377(a)"),
                Arguments.of("23152(A) VC-DUI ALCOHOL/DRUGS", "VC 23152(a)"),
                Arguments.of("664-211 PC-ATTEMPTED ROBBERY", "PC 664/211"),
                Arguments.of("664/187(A) PC-ATTEMPTED MURDER", "PC 664/187(a)"),
                Arguments.of("245(A)(1) PC-ADW NOT FIREARM", "PC 245(a)(1)"),
                Arguments.of("273.5(A)PC-INFLICT CORPORAL INJ SPOUSE", "PC 273.5(a)"),
                Arguments.of("273A(B) PC-CHILD ENDANGERMENT", "PC 273a(b)"),
                Arguments.of("11359 H&S-POSSESS MARIJUANA FOR SALE", "HS 11359"),
                Arguments.of("4060 BP-POSSESS CONTROLLED SUBSTANCE W/O PRESCRIPTION", "BP 4060"),
                Arguments.of("10851(A) VC", "VC 10851(a)"),
                Arguments.of("182(A)(1) PC/11352(A) HS-CONSPIRACY TO SELL", "PC 182(a)(1)/HS 11352(a)"),
                Arguments.of("182 PC / 11360(A) HS-CONSPIRACY", "PC 182/HS 11360(a)"),
                Arguments.of("666 PC/484 PC-PETTY THEFT WITH PRIOR", "PC 666/484"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("statutes")
    void readsTheStatuteAsTheSheetWritesIt(String chargeLine, String statute) {
        Conviction c = only(court("20100101 CASC ORANGE", "CNT:01 #C1", "  " + chargeLine, "*DISPO:CONVICTED", "CONV STATUS:MISDEMEANOR",
                "SEN: 010 DAYS JAIL"));
        assertThat(c.charge().display()).isEqualTo(statute);
        assertThat(c.county()).isEqualTo("Orange");
    }

    static Stream<Arguments> courts() {
        return Stream.of(
                Arguments.of("CASC LOS ANGELES", "Los Angeles"),
                Arguments.of("CASC SAN FRANCISCO CO", "San Francisco"),
                Arguments.of("CASC MCSACRAMENTO", "Sacramento"),
                Arguments.of("CASC SAN LUIS OBISPO COUNTY", "San Luis Obispo"),
                Arguments.of("CAMC LOS ANGELES METRO", null),
                Arguments.of("CASC SN JOSE", null),
                Arguments.of("CAMC HAYWARD", null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("courts")
    void takesTheCountyFromTheCourtNameOnlyWhereItNamesOne(String name, String county) {
        RapSheetParser.Result r = court("20100101 " + name, "CNT:01", "  484 PC-THEFT", "*DISPO:CONVICTED", "CONV STATUS:MISDEMEANOR",
                "SEN: 010 DAYS JAIL");
        assertThat(only(r).county()).isEqualTo(county);
        assertThat(kinds(r)).isEqualTo(county == null ? List.of("4 COUNTY_UNKNOWN") : List.of());
    }

    static Stream<Arguments> sentences() {
        // text, confinementDays, imp, exec, prison, probationMonths, judgment pronounced, flags
        return Stream.of(
                Arguments.of("090 DAYS JAIL", 90L, U, U, N, null, true, List.of()),
                Arguments.of("001 YEARS PRISON", 365L, U, U, Y, null, true, List.of()),
                Arguments.of("012 MONTHS JAIL", 365L, U, U, N, null, true, List.of()),
                Arguments.of("3 YEARS PROBATION, 365 DAYS JAIL SS", 365L, U, Y, N, 36L, true, List.of()),
                Arguments.of("36 MONTHS PROBATION, 10 DAYS JAIL, FINE, RESTN, IMP SEN SS", 10L, Y, U, N, 36L, false, List.of()),
                Arguments.of("36 MONTHS PROBATION, FINE", null, U, U, N, 36L, false, List.of("9 JUDGMENT_UNCLEAR")),
                Arguments.of("FINE", null, U, U, N, null, true, List.of()),
                Arguments.of("6 MONTHS JAIL", null, U, U, N, null, true, List.of("9 SENTENCE_UNREADABLE")),
                Arguments.of("90 DAYS PROBATION, 10 DAYS JAIL", null, U, U, U, null, false, List.of("9 SENTENCE_UNREADABLE")),
                Arguments.of("36 MO PROB, 45 DAYS JAIL, 100 HRS COMMUNITY SERVICE", null, U, U, U, null, false, List.of("9 SENTENCE_UNREADABLE")),
                Arguments.of("36 MO PROB, IMP SEN SS, EXEC SEN SS", null, U, U, U, null, false, List.of("9 SENTENCE_UNREADABLE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void readsTheSentenceOrLeavesItUnknown(String text, Long days, Tri imp, Tri exec, Tri prison, Long probation, boolean judgment,
                                           List<String> flags) {
        RapSheetParser.Result r = court("20100101 CASC KERN", "CNT:01 #BF1", "  459 PC-BURGLARY", "*DISPO:CONVICTED", "CONV STATUS:FELONY",
                "SEN: " + text);
        Conviction c = only(r);
        assertThat(c.sentence().confinementDays()).isEqualTo(days);
        assertThat(c.sentence().impositionSuspended()).isEqualTo(imp);
        assertThat(c.sentence().executionSuspended()).isEqualTo(exec);
        assertThat(c.sentence().statePrison()).isEqualTo(prison);
        assertThat(c.sentence().probationMonths()).isEqualTo(probation);
        assertThat(c.pleaDate()).hasToString("2010-01-01");
        assertThat(c.judgmentDate() == null ? null : c.judgmentDate().toString()).isEqualTo(judgment ? "2010-01-01" : null);
        assertThat(kinds(r)).isEqualTo(flags);
    }

    static Stream<Arguments> updates() {
        return Stream.of(
                Arguments.of("DISPO:CONV SET ASIDE & DISM PER 1203.4 PC", "pc1203_4"),
                Arguments.of("DISPO:CONV SET ASIDE & DISM PER 1203.4A PC", "pc1203_4a"),
                Arguments.of("DISPO:DISMISSED PER 1203.41 PC", "pc1203_41"),
                Arguments.of("DISPO:DISMISSED PER 1203.425 PC", "pc1203_425"),
                Arguments.of("DISPO:CONVICTION REDUCED TO MISDEMEANOR PER 17(B) PC", "pc17b"),
                Arguments.of("DISPO:FEL REDUCED TO MISD 17 (B) PC", "pc17b"),
                Arguments.of("DISPO:REDESIGNATED AS MISDEMEANOR PER 1170.18 PC", "pc1170_18"),
                Arguments.of("DISPO:RESENTENCED PER 1170.18(B) PC", "pc1170_18"),
                Arguments.of("DISPO:DISMISSED AND SEALED PER 11361.8 HS", "hs11361_8"),
                Arguments.of("DISPO:DEJ PLEA WITHDRAWN PER 1203.43 PC", "pc1203_43"),
                Arguments.of("DISPO:PROBATION MODIFIED PER 1203.3 PC", "pc1203_3"),
                Arguments.of("DISPO:RECALLED AND RESENTENCED PER 1172.1 PC", "pc1172_1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("updates")
    void readsLaterRelief(String dispo, String type) {
        RapSheetParser.Result r = court("20100101 CASC ALAMEDA", "CNT:01 #H1", "  11377(A) HS-POSSESS", "*DISPO:CONVICTED",
                "CONV STATUS:FELONY", "SEN: 010 DAYS JAIL", "  20160105", "    " + dispo);
        List<PriorRelief> relief = only(r).priorRelief();
        assertThat(relief).extracting(PriorRelief::type).containsExactly(type);
        assertThat(relief.get(0).date()).hasToString("2016-01-05");
        assertThat(r.flags()).isEmpty();
    }

    @Test
    void flagsAnUpdateItDoesNotKnowAndLeavesItOut() {
        RapSheetParser.Result r = court("20100101 CASC ALAMEDA", "CNT:01 #H1", "  11377(A) HS-POSSESS", "*DISPO:CONVICTED",
                "CONV STATUS:FELONY", "SEN: 010 DAYS JAIL", "  20160105", "    DISPO:PROBATION REVOKED", "  20170105",
                "    DISPO:DISMISSED PER 1203.4 PC AND 17(B) PC", "  20180105", "    SEN: 020 DAYS JAIL", "  20190105");
        assertThat(only(r).priorRelief()).isEmpty();
        assertThat(kinds(r)).containsExactly("11 UPDATE_UNRECOGNISED", "13 UPDATE_UNRECOGNISED", "15 UPDATE_UNRECOGNISED",
                "16 UPDATE_UNRECOGNISED");
        assertThat(r.flags().get(1).message()).contains("more than one kind of relief");
    }

    @Test
    void dismissedAcquittedAndUndecidedCountsAreNotConvictions() {
        RapSheetParser.Result r = court("20100101 CASC MARIN", "CNT:01 #M1", "  242 PC-BATTERY", "*DISPO:DISMISSED",
                "  20120101", "    DISPO:DISMISSED PER 1203.4 PC",
                "CNT:02", "  243(E)(1) PC-BATTERY ON SPOUSE", "*DISPO:NOT GUILTY",
                "CNT:03", "  415 PC-DISTURB THE PEACE", "*DISPO:HELD TO ANSWER",
                "CNT:04", "  148(A)(1) PC-RESIST OFFICER", "CONV STATUS:MISDEMEANOR");
        assertThat(r.convictions()).isZero();
        assertThat(r.draftYaml()).contains("convictions: []");
        assertThat(kinds(r)).containsExactly("7 NOT_CONVICTED", "9 UPDATE_UNRECOGNISED", "12 NOT_CONVICTED", "15 UNKNOWN_DISPOSITION",
                "16 NO_DISPOSITION");
        assertThat(r.flags().get(0).message()).contains("count 1 (PC 242)").contains("not a conviction");
        assertThat(r.flags().get(3).message()).contains("HELD TO ANSWER");
    }

    static Stream<Arguments> deferred() {
        // dispo, later entry (or null), disposition drafted, plea date drafted, flags
        return Stream.of(
                Arguments.of("*DISPO:DEFERRED ENTRY OF JUDGMENT PER 1000 PC", "DISPO:DISMISSED PER 1000.3 PC", "dej_completed", true, List.of()),
                Arguments.of("*DISPO:DEJ", "DISPO:DEJ COMPLETED, CHARGES DISMISSED", "dej_completed", true, List.of()),
                Arguments.of("*DISPO:DEF ENTRY OF JUDG", "DISPO:DEJ PENDING", "dej_pending", true, List.of()),
                Arguments.of("*DISPO:DEFERRED ENTRY OF JUDGMENT", null, null, true, List.of("7 DEFERRED_OUTCOME_UNKNOWN")),
                Arguments.of("*DISPO:DEFERRED ENTRY OF JUDGMENT", "DISPO:DEJ TERMINATED, CRIMINAL PROCEEDINGS REINSTATED", null, true,
                        List.of("10 DEFERRED_OUTCOME_UNKNOWN")),
                Arguments.of("*DISPO:DEFERRED ENTRY OF JUDGMENT", "DISPO:DEJ NOT COMPLETED", null, true, List.of("10 DEFERRED_OUTCOME_UNKNOWN")),
                Arguments.of("*DISPO:DEFERRED ENTRY OF JUDGMENT", "DISPO:DISMISSED", null, true,
                        List.of("10 UPDATE_UNRECOGNISED", "7 DEFERRED_OUTCOME_UNKNOWN")),
                Arguments.of("*DISPO:DIVERTED PER 1001.36 PC", "DISPO:DIVERSION SUCCESSFULLY COMPLETED", "diversion_completed", false, List.of()),
                Arguments.of("*DISPO:DIVERSION PER 1001.95 PC", "DISPO:DISMISSED PER 1001.97 PC", "diversion_completed", false, List.of()),
                Arguments.of("*DISPO:DIVERTED", "DISPO:DIVERSION UNSUCCESSFUL", null, false, List.of("10 DEFERRED_OUTCOME_UNKNOWN")),
                Arguments.of("*DISPO:DIVERTED", "DISPO:DIVERSION PENDING", null, false, List.of("10 DEFERRED_OUTCOME_UNKNOWN")));
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("deferred")
    void dejAndDiversionTakeTheOutcomeOnlyWhereTheSheetStatesIt(String dispo, String later, String disposition, boolean plea,
                                                                List<String> flags) {
        List<String> lines = new java.util.ArrayList<>(List.of("CNT:01 #D1", "  11377(A) HS-POSSESS", dispo, "CONV STATUS:MISDEMEANOR"));
        if (later != null) lines.addAll(List.of("  20120301", "    " + later));
        RapSheetParser.Result r = court("20100101 CASC SONOMA", lines.toArray(String[]::new));
        Conviction c = only(r);
        assertThat(c.disposition()).isEqualTo(disposition);
        assertThat(c.pleaDate() == null ? null : c.pleaDate().toString()).isEqualTo(plea ? "2010-01-01" : null);
        assertThat(c.judgmentDate()).isNull();   // no judgment is pronounced on a DEJ or a diversion
        assertThat(c.sentence().confinementDays()).isNull();
        assertThat(kinds(r)).containsExactlyElementsOf(flags);
    }

    @Test
    void aSentenceChangeNamedByItsStatuteIsPriorReliefAndTheNewTermIsFlagged() {
        RapSheetParser.Result r = court("20100101 CASC TULARE", "CNT:01 #T1", "  273.5(A) PC-INFLICT CORP INJ", "*DISPO:CONVICTED",
                "CONV STATUS:MISDEMEANOR", "SEN: 365 DAYS JAIL", "  20170601", "    DISPO:SENTENCE MODIFIED PER 18.5 PC", "    SEN: 364 DAYS JAIL",
                "  20180601", "    DISPO:SENTENCE MODIFIED", "    SEN: 180 DAYS JAIL");
        Conviction c = only(r);
        assertThat(c.sentence().confinementDays()).isEqualTo(365L);   // the original term; the change is relief to weigh
        assertThat(c.priorRelief()).extracting(p -> p.type() + " " + p.date()).containsExactly("pc18_5b 2017-06-01");
        assertThat(kinds(r)).containsExactly("12 SENTENCE_CHANGED", "14 UPDATE_UNRECOGNISED", "15 UPDATE_UNRECOGNISED");
        assertThat(r.flags().get(0).message()).contains("'364 DAYS JAIL'");
        assertThat(r.flags().get(1).message()).contains("without naming the statute");
    }

    @Test
    void aLetterWithoutBracketsIsFlaggedNeverReadAsSectionOrSubdivision() {
        RapSheetParser.Result r = court("20100101 CASC NAPA", "CNT:01 #N1", "  273.5A PC-INFLICT CORP INJ", "*DISPO:CONVICTED",
                "CONV STATUS:MISDEMEANOR", "SEN: 010 DAYS JAIL", "CNT:02", "  273.5 A PC-INFLICT CORP INJ", "*DISPO:CONVICTED",
                "CONV STATUS:MISDEMEANOR", "SEN: 010 DAYS JAIL", "CNT:03", "  288A PC-ORAL COPULATION", "*DISPO:CONVICTED",
                "CONV STATUS:FELONY", "SEN: 010 DAYS JAIL");
        assertThat(r.convictions()).isZero();
        assertThat(kinds(r)).containsExactly("6 STATUTE_UNREADABLE", "11 STATUTE_UNREADABLE", "16 STATUTE_UNREADABLE");
        assertThat(r.flags().get(0).message()).contains("may name section 273.5a or section 273.5 subdivision (a)").contains("add it by hand");
        assertThat(r.flags().get(1).message()).contains("bare 'A'");
        assertThat(r.flags().get(2).message()).contains("section 288a or section 288 subdivision (a)");
    }

    @Test
    void aCountRangeMakesOneConvictionPerCount() {
        RapSheetParser.Result r = court("20100101 CASC YOLO", "CNT:01-03 #Y1", "  470(A) PC-FORGERY", "*DISPO:CONVICTED",
                "CONV STATUS:FELONY", "SEN: 016 MONTHS PRISON", "CNT:05-04", "  484 PC-THEFT", "*DISPO:CONVICTED",
                "CONV STATUS:MISDEMEANOR", "SEN: 001 DAYS JAIL");
        CaseFile cf = CaseFileReader.read("d", r.draftYaml(), TODAY);
        assertThat(cf.convictions()).extracting(Conviction::id).containsExactly("c1", "c2", "c3", "c4");
        assertThat(cf.convictions()).extracting(c -> c.charge().display())
                .containsExactly("PC 470(a)", "PC 470(a)", "PC 470(a)", "PC 484");
        assertThat(cf.convictions()).extracting(Conviction::caseNumber).containsOnly("Y1");
        assertThat(kinds(r)).containsExactly("10 UNREADABLE", "9 SENTENCE_UNREADABLE", "9 SENTENCE_UNREADABLE", "9 SENTENCE_UNREADABLE");
    }

    static Stream<Arguments> dates() {
        return Stream.of(
                Arguments.of("20100315", "2010-03-15", List.of()),
                Arguments.of("201003XX", "2010-03", List.of("4 PARTIAL_DATE")),
                Arguments.of("20100300", "2010-03", List.of("4 PARTIAL_DATE")),
                Arguments.of("2010XXXX", "2010", List.of("4 PARTIAL_DATE")),
                Arguments.of("20100230", null, List.of("4 PARTIAL_DATE")),
                Arguments.of("20101315", null, List.of("4 PARTIAL_DATE")),
                Arguments.of("20XX0315", null, List.of("4 PARTIAL_DATE")),
                Arguments.of("18000101", null, List.of("4 PARTIAL_DATE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dates")
    void writesAPartialDateAsFarAsItIsKnownAndFlagsIt(String date, String plea, List<String> flags) {
        RapSheetParser.Result r = court(date + " CASC NAPA", "CNT:01", "  484 PC-THEFT", "*DISPO:CONVICTED", "CONV STATUS:MISDEMEANOR",
                "SEN: 001 DAYS JAIL");
        Conviction c = only(r);
        assertThat(c.pleaDate() == null ? null : c.pleaDate().toString()).isEqualTo(plea);
        assertThat(c.judgmentDate() == null ? null : c.judgmentDate().toString()).isEqualTo(plea);
        assertThat(kinds(r)).isEqualTo(flags);
    }

    @Test
    void aLevelTheSheetDoesNotStateStaysUnknown() {
        RapSheetParser.Result r = court("20100101 CASC NAPA", "CNT:01", "  484 PC-THEFT", "*DISPO:CONVICTED", "SEN: 001 DAYS JAIL",
                "CNT:02", "  488 PC-PETTY THEFT", "*DISPO:CONVICTED", "CONV STATUS:WOBBLER", "SEN: 001 DAYS JAIL", "CNT:03",
                "  490.2 PC-PETTY THEFT", "*DISPO:CONVICTED");
        CaseFile cf = CaseFileReader.read("d", r.draftYaml(), TODAY);
        assertThat(cf.convictions()).extracting(Conviction::level).containsOnlyNulls();
        assertThat(cf.convictions().get(2).sentence().confinementDays()).isNull();
        assertThat(cf.convictions().get(2).judgmentDate()).isNull();
        assertThat(kinds(r)).containsExactly("7 LEVEL_UNKNOWN", "12 LEVEL_UNKNOWN", "16 LEVEL_UNKNOWN", "16 NO_SENTENCE");
    }

    @Test
    void anUnreadableCourtLineLeavesDatesAndCountyUnknown() {
        RapSheetParser.Result r = court("2O1OO1O1 ~~ C4SC ???", "CNT:01 #Z9", "  484 PC-THEFT", "*DISPO:CONVICTED",
                "CONV STATUS:MISDEMEANOR", "SEN: 001 DAYS JAIL", "GARBLED ~~ LINE");
        Conviction c = only(r);
        assertThat(c.pleaDate()).isNull();
        assertThat(c.judgmentDate()).isNull();
        assertThat(c.county()).isNull();
        assertThat(kinds(r)).containsExactly("4 UNREADABLE", "10 UNREADABLE");
    }

    @Test
    void aConvictionWithAnUnreadableChargeIsFlaggedNotDrafted() {
        RapSheetParser.Result r = court("20100101 CASC NAPA", "CNT:01", "  SEE COMMENT FOR CHARGE", "*DISPO:CONVICTED",
                "CNT:02", "  12345 ZZ-NO SUCH CODE", "*DISPO:CONVICTED", "CNT:03", "*DISPO:CONVICTED");
        assertThat(r.convictions()).isZero();
        assertThat(kinds(r)).containsExactly("6 STATUTE_UNREADABLE", "9 STATUTE_UNREADABLE", "11 STATUTE_UNREADABLE");
    }

    @Test
    void arrestsAloneMakeNoConvictions() {
        RapSheetParser.Result r = parse("CII/A1\n* * * *\nARR/DET/CITE: NAM:01\n20100101 CAPD NAPA\nCNT:01 #1\n  211 PC-ROBBERY\n"
                + "*DISPO:CONVICTED\n* * * *\nCUSTODY:JAIL\n20100101 CASO NAPA\n* * * END OF MESSAGE * * *\n");
        assertThat(r.convictions()).isZero();
        assertThat(kinds(r)).containsExactly("3 NO_COURT_EVENT");
    }

    @Test
    void theDraftIsAPcrCaseFileWithTheFlagsAsComments() {
        RapSheetParser.Result r = court("20100101 CAMC HAYWARD", "CNT:01", "  484 PC-THEFT \u0000\"\\", "*DISPO:CONVICTED",
                "CONV STATUS:MISDEMEANOR", "SEN: 001 DAYS JAIL", "\u2028 GARBLED \u0085");
        assertThat(r.draftYaml()).startsWith("# Draft case file").contains("\nformat: pcr-case/1\n")
                .contains("#   line 4: [county_unknown]");
        assertThat(r.draftYaml().lines().filter(l -> l.startsWith("#"))).allSatisfy(l -> assertThat(l).matches("[\\x20-\\x7e]*"));
        assertThat(only(r).charge().display()).isEqualTo("PC 484");
    }

    @Test
    void textThatIsNoRapSheetIsRejectedWithTheDocumentedException() {
        assertThatThrownBy(() -> RapSheetParser.parse(null)).isInstanceOf(RapSheetParser.NotARapSheet.class);
        assertThatThrownBy(() -> RapSheetParser.parse("")).isInstanceOf(RapSheetParser.NotARapSheet.class)
                .hasMessageContaining("no cycle or event found");
        assertThatThrownBy(() -> RapSheetParser.parse("Dear Sir,\nplease find my record attached.\n"))
                .isInstanceOf(RapSheetParser.NotARapSheet.class);
        assertThatThrownBy(() -> RapSheetParser.parse("x".repeat(RapSheetParser.MAX_CHARS + 1)))
                .isInstanceOf(RapSheetParser.NotARapSheet.class).hasMessageContaining("characters");
    }

    @Test
    void anEmptyCycleGivesAnEmptyDraft() {
        RapSheetParser.Result r = parse("* * * *\n");
        assertThat(r.convictions()).isZero();
        assertThat(r.flags()).isEmpty();
        assertThat(r.draftYaml()).contains("# Flags: none.");
    }

    private static String str(Object o) { return o == null ? null : o.toString(); }

    static String resource(String name) throws IOException {
        try (InputStream in = RapSheetParserTest.class.getResourceAsStream("/rapsheets/" + name)) {
            assertThat(in).as("test sheet %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
