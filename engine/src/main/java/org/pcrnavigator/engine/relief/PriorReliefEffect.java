package org.pcrnavigator.engine.relief;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.CaseFileReader;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.PriorRelief;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.consequences.CatalogMatch;
import org.pcrnavigator.engine.conviction.ConvictionDates;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.engine.report.Report;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.Level;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.OffenseLevel;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.time.Timeline;

/**
 * Decides the immigration effect of relief already granted on a conviction (the case file's
 * {@code priorRelief}): whether the order removes the conviction, or changes the sentence or level, for
 * immigration purposes.
 *
 * <ul>
 *   <li>Expungement-type dismissals are rehabilitative and do not count (Roldan; Murillo-Espinoza), except
 *       for a first simple drug possession sentenced on or before the Nunez-Reyes date in the Ninth
 *       Circuit (Lujan-Armendariz): never answered {@code effective} here, because the case file cannot
 *       show the exception's conditions; the boundary day is unsettled (ERRATA row 22).</li>
 *   <li>Vacaturs count only where the order names a legal defect (Pickering); an order that names none
 *       does not meet a respondent's burden (Azrag); a 1473.7 order with no subdivision, or under (a)(2)
 *       or (a)(3), is unsettled (De Jesus-Platon).</li>
 *   <li>Sentence changes count only if defect-based (Thomas & Thompson), or under the 8 CFR 1003.55
 *       carve-outs for requests filed, or pleas relied on, by the cutoff date (EOIR only).</li>
 *   <li>17(b) reductions, Prop 47 and Prop 64 redesignations, and 1203.43 withdrawals: as the research
 *       and ERRATA rows 11, 13, 24 and 25 say.</li>
 * </ul>
 *
 * <p>Effects: {@code effective} (finding YES), {@code not_effective} (NO), {@code uncertain} (UNKNOWN where a
 * fact is missing and a question names it, UNSETTLED where the law is divided). Never removes the
 * conviction from the analysis itself. A pure function; dates come from
 * {@code law/kb/parameters/prior_relief.yaml}.
 */
public final class PriorReliefEffect {
    public static final String RULE = "prior_relief";

    static final String LUJAN_LAST_DAY = "prior_relief.lujan_armendariz.last_conviction_date";
    static final String THOMAS_THOMPSON_CUTOFF = "prior_relief.thomas_thompson.cutoff_date";
    static final String MISDEMEANOR_364_FROM = "prior_relief.pc18_5.misdemeanor_364_days_from";
    static final String PROP47_FROM = "prior_relief.prop47.effective_date";
    static final String PROP64_FROM = "prior_relief.prop64.effective_date";

    private PriorReliefEffect() {}

    public static Report.PriorReliefResult decide(Conviction c, PriorRelief r, CaseFile cf, KnowledgeBase kb, Explainer say) {
        Finding.Builder f = say.finding(ruleId(r.type())).fact("type", r.type()).fact("date", r.date())
                .fact("filedDate", r.filedDate()).fact("ground", r.ground()).fact("reliance", r.reliance().id());
        String statute = statuteAuthority(r.type());
        if (statute != null && kb.hasAuthority(statute)) f.cite(statute);
        Finding finding = switch (r.type()) {
            case "pc1203_4", "pc1203_4a", "pc1203_41", "pc1203_42", "pc1203_425", "pc1210_1", "pc1203_49" ->
                    expungement(f, c, kb, cf.asOf(), say);
            case "pc1473_7_a1", "pc1016_5", "habeas", "pc1018", "coram_nobis", "pc1473_6" -> vacatur(f, c, r, say);
            case "pc1473_7" -> f.cite("bia.de_jesus_platon_2025", "bia.azrag_2024", "bia.pickering_2003")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc1473_7.no_subdivision"));
            case "pc1473_7_a2", "pc1473_7_a3" -> f.cite("bia.de_jesus_platon_2025", "bia.pickering_2003")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc1473_7.a2_a3"));
            case "pc18_5b", "pc1203_3", "pc1172_1", "pc1170_91" -> sentenceChange(f, c, r, kb, cf.asOf(), say);
            case "pc17b" -> pc17b(f, c, kb, cf.asOf(), say);
            case "pc1170_18" -> redesignation(f, c, kb, cf.asOf(), say, PROP47_FROM);
            case "hs11361_8" -> redesignation(f, c, kb, cf.asOf(), say, PROP64_FROM);
            case "pc1203_43" -> f.cite("bia.pickering_2003", "guide.ilrc.calchart_update_2020_09", "scotus.pereida_v_wilkinson_2021")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc1203_43"));
            case "pc236_14", "pc236_15" -> f.cite("bia.pickering_2003")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc236"));
            case "pc1172_6" -> f.cite("bia.pickering_2003", "ca9.prado_v_barr_2019")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc1172_6"));
            case "pc1385" -> f.cite("cal.chavez_2018", "bia.roldan_1999", "bia.pickering_2003")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc1385"));
            default -> f.cite("bia.pickering_2003", "bia.roldan_1999")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.unrecognised", "type", r.type()));
        };
        return new Report.PriorReliefResult(r.type(), effect(finding.result()), finding);
    }

    /** The report's word for a finding's result. */
    public static String effect(Result r) {
        return switch (r) {
            case YES -> "effective";
            case NO -> "not_effective";
            case UNKNOWN, UNSETTLED -> "uncertain";
        };
    }

    /** The fact path of a prior-relief field in questions: {@code convictions.c1.priorRelief.ground}. */
    public static String factPath(Conviction c, String field) { return c.factPath("priorRelief." + field); }

    // --- expungement-type (rehabilitative) relief -------------------------------------------------

    private static Finding expungement(Finding.Builder f, Conviction c, KnowledgeBase kb, LocalDate asOf, Explainer say) {
        f.cite("bia.roldan_1999", "ca9.murillo_espinoza_v_ins_2001", "ca9.nunez_reyes_v_holder_2011");
        LocalDate last = date(kb, asOf, LUJAN_LAST_DAY);
        Result drug = possiblyDrugOffense(kb, c);
        f.fact("controlledSubstanceOffense", drug.id());
        if (drug == Result.NO) {
            return f.conclude(Result.NO, say.say("prior_relief.expungement.not_drug"));
        }
        Window w = lujanWindow(c, last);
        Long violation = c.sentence() == null ? null : c.sentence().probationViolationDays();
        if (w != Window.AFTER && violation != null && violation > 0) {
            return f.cite("ca9.lujan_armendariz_v_ins_2000", "guide.ilrc.naturalization_hot_topics_2020")
                    .fact("probationViolationDays", violation)
                    .conclude(Result.NO, say.say("prior_relief.expungement.probation_violation", "date", last));
        }
        f.fact("sentenceImposed", c.judgmentDate()).fact("lujanWindow", w.name().toLowerCase(Locale.ROOT));
        switch (w) {
            case AFTER:
                return f.conclude(Result.NO, say.say("prior_relief.expungement.after_window", "date", last));
            case BOUNDARY: {
                Finding lujan = lujan(c, say, Result.UNSETTLED, say.say("prior_relief.lujan.boundary", "date", last));
                return f.because(lujan).missing(factPath(c, "lujanReview"))
                        .conclude(Result.UNSETTLED, say.say("prior_relief.expungement.lujan_boundary", "date", last));
            }
            case WITHIN: {
                Finding lujan = lujan(c, say, Result.UNKNOWN,
                        say.say("prior_relief.lujan.within", "date", last, "sentenced", c.judgmentDate()));
                return f.because(lujan).missing(factPath(c, "lujanReview"))
                        .conclude(Result.UNKNOWN, say.say("prior_relief.expungement.lujan_possible", "date", last));
            }
            default: {
                Finding lujan = lujan(c, say, Result.UNKNOWN, say.say("prior_relief.lujan.date_unknown", "date", last));
                return f.because(lujan).missing(factPath(c, "lujanReview"))
                        .conclude(Result.UNKNOWN, say.say("prior_relief.expungement.lujan_date_unknown", "date", last));
            }
        }
    }

    private static Finding lujan(Conviction c, Explainer say, Result result, String text) {
        return say.finding(RULE + ".lujan_armendariz").cite("ca9.lujan_armendariz_v_ins_2000", "ca9.nunez_reyes_v_holder_2011",
                        "guide.ilrc.naturalization_hot_topics_2020")
                .fact("judgmentDate", c.judgmentDate()).fact("pleaDate", c.pleaDate())
                .fact("probationViolationDays", c.sentence() == null ? null : c.sentence().probationViolationDays())
                .missing(factPath(c, "lujanReview")).conclude(result, text);
    }

    /** Where the day sentence was imposed falls against the last day of the Lujan-Armendariz window. */
    enum Window { WITHIN, BOUNDARY, AFTER, UNKNOWN }

    static Window lujanWindow(Conviction c, LocalDate last) {
        PartialDate sentenced = c.judgmentDate();
        if (sentenced == null) {
            // No judgment date (imposition suspended, or not stated): sentence or probation came on or after the plea.
            if (c.pleaDate() != null && c.pleaDate().earliest().isAfter(last)) return Window.AFTER;
            return Window.UNKNOWN;
        }
        if (sentenced.earliest().isAfter(last)) return Window.AFTER;
        if (sentenced.latest().isBefore(last)) return Window.WITHIN;
        if (last.equals(sentenced.exact())) return Window.BOUNDARY;
        return Window.UNKNOWN;
    }

    /**
     * Whether the conviction could be a controlled-substance offense, from the catalog: NO only where every
     * entry the conviction matches says no for the category; UNKNOWN where the catalog lacks the statute.
     */
    static Result possiblyDrugOffense(KnowledgeBase kb, Conviction c) {
        CatalogMatch.Match m = CatalogMatch.find(kb, c);
        if (!m.found()) return Result.UNKNOWN;
        for (Offense o : m.entries()) {
            Timeline<Rule> rules = o.consequences().get(Category.CONTROLLED_SUBSTANCE);
            if (rules == null) return Result.UNKNOWN;
            for (Timeline.Entry<Rule> e : rules.entries()) {
                if (!(e.value() instanceof Rule.Fixed fixed) || fixed.verdict() != Rule.Verdict.NO) return Result.YES;
            }
        }
        return Result.NO;
    }

    // --- vacaturs ----------------------------------------------------------------------------------

    private static Finding vacatur(Finding.Builder f, Conviction c, PriorRelief r, Explainer say) {
        f.cite("bia.pickering_2003");
        if ("pc1016_5".equals(r.type())) f.cite("bia.adamiak_2006");
        if ("pc1473_7_a1".equals(r.type())) f.cite("bia.de_jesus_platon_2025");
        Result defect = namesDefect(r.ground());
        if (defect == Result.UNKNOWN) {
            return f.missing(factPath(c, "ground")).conclude(Result.UNKNOWN, say.say("prior_relief.vacatur.ground_unknown"));
        }
        if (defect == Result.NO) {
            return f.cite("bia.azrag_2024", "bia.chavez_martinez_2007", "ca9.nath_v_gonzales_2006")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.vacatur.no_ground"));
        }
        return f.conclude(Result.YES, say.say("prior_relief.vacatur.defect", "ground", r.ground().trim()));
    }

    /** Whether the order names a legal defect: unknown where the file does not say, no where it says {@code none}. */
    static Result namesDefect(String ground) {
        if (ground == null || ground.isBlank()) return Result.UNKNOWN;
        return ground.trim().equalsIgnoreCase("none") ? Result.NO : Result.YES;
    }

    // --- sentence changes (Thomas & Thompson; 8 CFR 1003.55) -----------------------------------------

    private static Finding sentenceChange(Finding.Builder f, Conviction c, PriorRelief r, KnowledgeBase kb, LocalDate asOf, Explainer say) {
        f.cite("ag.thomas_thompson_2019");
        Result defect = namesDefect(r.ground());
        if (defect == Result.YES) {
            return f.conclude(Result.YES, say.say("prior_relief.sentence.defect", "ground", r.ground().trim()));
        }
        LocalDate cutoff = date(kb, asOf, THOMAS_THOMPSON_CUTOFF);
        LocalDate dayAfter = cutoff.plusDays(1);
        Finding.Builder cfr = say.finding(RULE + ".cfr_1003_55").cite("us.cfr.8.1003_55", "bia.cota_vargas_2005", "bia.song_2001",
                "bia.estrada_2016").fact("cutoff", cutoff).fact("filedDate", r.filedDate()).fact("granted", r.date())
                .fact("reliance", r.reliance().id()).fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate());
        // (a)(1)(i): the request was filed on or before the cutoff (a grant by then means it was filed by then).
        Result filedBy;
        if (r.filedDate() != null) filedBy = r.filedDate().isBefore(dayAfter);
        else if (r.date() != null && r.date().isBefore(dayAfter) == Result.YES) filedBy = Result.YES;
        else filedBy = Result.UNKNOWN;
        // (a)(1)(ii): reliance when pleading, being convicted or sentenced on or before the cutoff.
        Result pleadedBy = pleadedOrSentencedBy(c, dayAfter);
        Result relied = switch (r.reliance()) {
            case YES -> pleadedBy;
            case NO -> Result.NO;
            case UNKNOWN -> pleadedBy == Result.NO ? Result.NO : Result.UNKNOWN;
        };
        Result exception = filedBy.or(relied);
        Result counts = defect.or(exception);
        if (counts == Result.YES) {
            String key = filedBy == Result.YES ? "prior_relief.sentence.filed_before" : "prior_relief.sentence.reliance";
            String text = say.say(key, "date", cutoff);
            return f.because(cfr.conclude(Result.YES, text)).conclude(Result.YES, text);
        }
        if (counts == Result.NO) {
            String text = say.say("prior_relief.sentence.not_effective", "date", cutoff);
            return f.because(cfr.conclude(Result.NO, text)).conclude(Result.NO, text);
        }
        if (defect == Result.UNKNOWN) f.missing(factPath(c, "ground"));
        if (filedBy == Result.UNKNOWN) cfr.missing(factPath(c, "filedDate"));
        if (relied == Result.UNKNOWN) {
            if (r.reliance() == Tri.UNKNOWN) cfr.missing(factPath(c, "reliance"));
            if (pleadedBy == Result.UNKNOWN) cfr.missing(c.factPath("pleaDate"));
        }
        String text = say.say("prior_relief.sentence.unknown", "date", cutoff);
        return f.because(cfr.conclude(Result.UNKNOWN, text)).conclude(Result.UNKNOWN, text);
    }

    /** Whether the plea, or else the judgment, came before {@code day}: the earliest of the dates the file gives. */
    private static Result pleadedOrSentencedBy(Conviction c, LocalDate day) {
        Result plea = c.pleaDate() == null ? Result.UNKNOWN : c.pleaDate().isBefore(day);
        Result judgment = c.judgmentDate() == null ? Result.UNKNOWN : c.judgmentDate().isBefore(day);
        if (plea == Result.YES || judgment == Result.YES) return Result.YES;
        // A plea after the day means the conviction and sentence came after it too.
        if (plea == Result.NO) return Result.NO;
        if (judgment == Result.NO && c.pleaDate() != null) return Result.NO;
        return Result.UNKNOWN;
    }

    // --- PC 17(b) -----------------------------------------------------------------------------------

    private static Finding pc17b(Finding.Builder f, Conviction c, KnowledgeBase kb, LocalDate asOf, Explainer say) {
        LocalDate from = date(kb, asOf, MISDEMEANOR_364_FROM);
        f.cite("ag.thomas_thompson_2019", "ca9.garcia_lopez_v_ashcroft_2003", "guide.ilrc.california_sentences_2020")
                .fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate());
        Side side = side(c, from);
        f.fact("convictedFrom", side.name().toLowerCase(Locale.ROOT));
        return switch (side) {
            case BEFORE -> f.cite("ca9.ceron_v_holder_2014", "bia.velasquez_rios_2018", "ca9.velasquez_rios_v_wilkinson_2021")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc17b.pre_2015", "date", from));
            case ON_OR_AFTER -> f.cite("ca.pc.18_5").conclude(Result.UNSETTLED, say.say("prior_relief.pc17b.post_2014", "date", from));
            case UNKNOWN -> f.cite("ca9.ceron_v_holder_2014").missing(c.factPath("pleaDate"))
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc17b.date_unknown", "date", from));
            case BOTH -> f.cite("ca9.ceron_v_holder_2014", "bia.velasquez_rios_2018")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.pc17b.date_unknown", "date", from));
        };
    }

    /** Where the conviction's dates (plea and judgment, each as precise as known) fall against {@code day}. */
    enum Side { BEFORE, ON_OR_AFTER, BOTH, UNKNOWN }

    static Side side(Conviction c, LocalDate day) {
        List<LocalDate> days = ConvictionDates.candidateDays(c);
        if (days.isEmpty()) return Side.UNKNOWN;
        boolean before = days.stream().anyMatch(d -> d.isBefore(day));
        boolean after = days.stream().anyMatch(d -> !d.isBefore(day));
        if (before && after) return Side.BOTH;
        return before ? Side.BEFORE : Side.ON_OR_AFTER;
    }

    // --- Prop 47 / Prop 64 redesignation --------------------------------------------------------------

    private static Finding redesignation(Finding.Builder f, Conviction c, KnowledgeBase kb, LocalDate asOf, Explainer say,
                                         String changeParameter) {
        LocalDate change = date(kb, asOf, changeParameter);
        f.cite("ca9.prado_v_barr_2019", "ca9.united_states_v_diaz_2016", "bia.velasquez_rios_2018")
                .fact("change", change).fact("pleaDate", c.pleaDate()).fact("judgmentDate", c.judgmentDate());
        Side side = side(c, change);
        f.fact("convictedFrom", side.name().toLowerCase(Locale.ROOT));
        if (side == Side.UNKNOWN) {
            return f.missing(c.factPath("pleaDate")).conclude(Result.UNKNOWN, say.say("prior_relief.redesignation.not_before", "date", change));
        }
        if (side != Side.BEFORE) {
            return f.conclude(Result.UNSETTLED, say.say("prior_relief.redesignation.not_before", "date", change));
        }
        Result wobbler = wobblerWhenConvicted(kb, c);
        f.fact("wobbler", wobbler.id());
        if (wobbler == Result.YES) {
            return f.cite("guide.ilrc.california_sentences_2020", "guide.ilrc.calchart")
                    .conclude(Result.UNSETTLED, say.say("prior_relief.redesignation.wobbler", "date", change));
        }
        if (wobbler == Result.UNKNOWN) {
            return f.cite("guide.ilrc.california_sentences_2020")
                    .conclude(Result.NO, say.say("prior_relief.redesignation.level_unknown", "date", change));
        }
        return f.conclude(Result.NO, say.say("prior_relief.redesignation.not_effective", "date", change));
    }

    /** Whether the catalog lists the offense as a wobbler on any day the conviction could date from. */
    static Result wobblerWhenConvicted(KnowledgeBase kb, Conviction c) {
        CatalogMatch.Match m = CatalogMatch.find(kb, c);
        List<LocalDate> days = ConvictionDates.candidateDays(c);
        if (!m.found() || days.isEmpty()) return Result.UNKNOWN;
        boolean known = true;
        for (Offense o : m.entries()) {
            for (LocalDate d : days) {
                if (!o.levels().covers(d)) {
                    known = false;
                    continue;
                }
                OffenseLevel level = o.levels().valueAt(d);
                if (level.level() == Level.WOBBLER || level.level() == Level.WOBBLETTE) return Result.YES;
            }
        }
        return known ? Result.NO : Result.UNKNOWN;
    }

    // --- helpers -------------------------------------------------------------------------------------

    /** A dated parameter read as a date on the evaluation date. */
    private static LocalDate date(KnowledgeBase kb, LocalDate asOf, String id) { return kb.parameter(id).at(asOf).asDate(); }

    /**
     * The statute and rule ids of the relief types a vehicle can name, made once: every vehicle asks for the
     * effect of its order, so a bulk run would otherwise build and hash these strings millions of times.
     */
    private static final IdsByType STATUTES = IdsByType.of(PriorReliefEffect::statuteAuthorityOf);
    private static final IdsByType RULE_IDS = IdsByType.of(type -> RULE + "." + type);

    /** Ids made from a relief type: those of the vehicles' types made once, any other type's when asked. */
    private record IdsByType(Map<String, String> made, java.util.function.Function<String, String> make) {
        static IdsByType of(java.util.function.Function<String, String> make) {
            Map<String, String> m = new HashMap<>();
            for (String type : CaseFileReader.VEHICLES) {
                String id = make.apply(type);
                if (id != null) m.put(type, id);
            }
            return new IdsByType(Map.copyOf(m), make);
        }

        /** The id for {@code type}, or null where none is made. */
        String of(String type) {
            String id = made.get(type);
            return id != null ? id : make.apply(type);
        }
    }

    /** The rule id of the effect of relief of {@code type}, e.g. {@code prior_relief.pc17b}. */
    private static String ruleId(String type) { return RULE_IDS.of(type); }

    /** The authority id of the statute a relief type rests on, or null. */
    static String statuteAuthority(String type) { return STATUTES.of(type); }

    private static String statuteAuthorityOf(String type) {
        return switch (type) {
            case "habeas" -> "ca.pc.1473";
            case "coram_nobis" -> "cal.kim_2009";
            case "pc1473_7", "pc1473_7_a1", "pc1473_7_a2", "pc1473_7_a3" -> "ca.pc.1473_7";
            case "pc17b" -> "ca.pc.17";
            case "pc18_5b" -> "ca.pc.18_5";
            default -> type.startsWith("pc") ? "ca.pc." + type.substring(2)
                    : type.startsWith("hs") ? "ca.hs." + type.substring(2) : null;
        };
    }
}
