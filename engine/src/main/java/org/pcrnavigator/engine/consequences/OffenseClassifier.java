package org.pcrnavigator.engine.consequences;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.conviction.ConvictionDates;
import org.pcrnavigator.engine.conviction.SentenceImposed;
import org.pcrnavigator.engine.reasoning.Explainer;
import org.pcrnavigator.engine.reasoning.Finding;
import org.pcrnavigator.engine.reasoning.Result;
import org.pcrnavigator.law.KnowledgeBase;
import org.pcrnavigator.law.offense.Category;
import org.pcrnavigator.law.offense.Offense;
import org.pcrnavigator.law.offense.Rule;
import org.pcrnavigator.law.statute.Charge;
import org.pcrnavigator.law.substance.Substance;
import org.pcrnavigator.law.time.Timeline;

/**
 * Decides whether one conviction falls in one consequence category, from the catalog's rule for the
 * offense on the conviction date and the conviction's own facts: the sentence on the count, the loss,
 * and what the record of conviction establishes. A statute the catalog lacks is unknown, never "no".
 */
public final class OffenseClassifier {
    private final KnowledgeBase kb;
    private final Explainer say;
    private final LocalDate asOf;
    private final Burden burden;

    /** A classifier reading inconclusive records as {@code burden} requires. */
    public OffenseClassifier(KnowledgeBase kb, Explainer say, LocalDate asOf, Burden burden) {
        this.kb = kb;
        this.say = say;
        this.asOf = asOf;
        this.burden = burden;
    }

    /** An offense's heading or a conviction's statute, as last written: kept by identity, immutable once made. */
    private record Shown(Object of, String text) {}

    // A conviction is classified for every category, and each entry of its statute for each: the same heading
    // and statute are written into dozens of findings. The last one made is kept (a pure function of the
    // immutable offense or conviction; the volatile pair makes sharing the classifier between threads safe).
    private volatile Shown lastHeading;
    private volatile Shown lastStatute;

    private String heading(Offense o) {
        Shown s = lastHeading;
        if (s != null && s.of() == o) return s.text();
        String text = o.heading();
        lastHeading = new Shown(o, text);
        return text;
    }

    private String statute(Conviction c) {
        Shown s = lastStatute;
        if (s != null && s.of() == c) return s.text();
        String text = c.charge().display();
        lastStatute = new Shown(c, text);
        return text;
    }

    /**
     * Whether the burden could change any classification of {@code c}: only where the record of conviction
     * is silent on some fact (a subdivision, or a divisible statute's alternative) does a classifier read the
     * record as the burden requires. Elsewhere both burdens give the same finding, so it need be made once.
     */
    public static boolean burdenCanMatter(Conviction c) { return c.recordFacts().containsValue("silent"); }

    private static final String[] RULE_IDS = new String[Category.values().length];

    static {
        for (Category c : Category.values()) RULE_IDS[c.ordinal()] = "consequence." + c.id();
    }

    /** The rule id of a category's finding, e.g. {@code consequence.cimt}; made once, asked for every category of every case. */
    public static String ruleId(Category c) { return RULE_IDS[c.ordinal()]; }

    public Finding classify(Conviction c, Category category, CatalogMatch.Match match, SentenceImposed.Term term) {
        Finding.Builder f = say.finding(ruleId(category)).fact("statute", statute(c));
        if (!match.found()) {
            return f.missing(c.factPath("statute")).cite(categoryAuthority(category))
                    .conclude(Result.UNKNOWN, say.say("classify.not_in_catalog", "statute", statute(c), "category", category.id()));
        }
        List<Finding> perEntry = new ArrayList<>();
        for (Offense o : match.entries()) perEntry.add(classifyEntry(c, category, o, term));
        Finding combined;
        if (perEntry.size() == 1) {
            combined = perEntry.get(0);
        } else {
            // The statute named no subdivision and the catalog treats subdivisions differently.
            Result r = perEntry.get(0).result();
            boolean same = perEntry.stream().allMatch(x -> x.result() == r);
            for (Finding e : perEntry) f.because(e);
            f.cite("scotus.mathis_v_united_states_2016");
            if (same) {
                combined = f.conclude(r, say.say("classify.all_subdivisions_agree", "result", r.id()));
            } else if ("silent".equals(c.recordFacts().get("subdivision"))) {
                f.cite("scotus.pereida_v_wilkinson_2021");
                boolean harmlessOpen = perEntry.stream().anyMatch(x -> x.result() == Result.NO);
                combined = burden == Burden.GOVERNMENT && harmlessOpen
                        ? f.conclude(Result.NO, say.say("classify.subdivision_silent_government"))
                        : f.conclude(Result.UNSETTLED, say.say("classify.subdivision_silent"));
            } else {
                combined = f.missing(c.factPath("recordFacts.subdivision"))
                        .conclude(Result.UNKNOWN, say.say("classify.subdivision_unknown", "statute", statute(c)));
            }
        }
        return inchoate(c, category, combined);
    }

    private Finding inchoate(Conviction c, Category category, Finding target) {
        Charge.Form form = kb.formOf(c.charge());
        if (form != Charge.Form.ATTEMPT && form != Charge.Form.CONSPIRACY) return target;
        Finding.Builder f = say.finding(ruleId(category) + ".inchoate").fact("form", form.name().toLowerCase())
                .because(target).cite("ca.pc." + (form == Charge.Form.ATTEMPT ? "664" : "182"));
        if (category == Category.AGGRAVATED_FELONY) f.cite("us.ina.101_a_43");
        if (category == Category.CONTROLLED_SUBSTANCE) f.cite("us.ina.237_a_2", "us.ina.212_a_2");
        return f.conclude(target.result(), say.say("classify.inchoate", "form", form.name().toLowerCase()));
    }

    private Finding classifyEntry(Conviction c, Category category, Offense o, SentenceImposed.Term term) {
        Finding.Builder f = say.finding(ruleId(category) + "." + o.id()).fact("offense", heading(o));
        Timeline<Rule> rules = o.consequences().get(category);
        if (rules == null) {
            return f.missing(c.factPath("statute")).cite(categoryAuthority(category))
                    .conclude(Result.UNKNOWN, say.say("classify.category_missing", "offense", heading(o), "category", category.id()));
        }
        ConvictionDates.Lookup<Rule> lookup;
        try {
            lookup = ConvictionDates.lookup(rules, c);
        } catch (Timeline.NoValueInForce e) {
            return f.cite(categoryAuthority(category)).conclude(Result.UNKNOWN,
                    say.say("classify.no_rule_for_date", "offense", heading(o), "category", category.id()));
        }
        if (lookup.datesUnknown()) {
            return f.missing(c.factPath("pleaDate")).cite(categoryAuthority(category))
                    .conclude(Result.UNKNOWN, say.say("classify.date_needed", "offense", heading(o)));
        }
        if (!lookup.single()) {
            List<Finding> each = new ArrayList<>();
            for (Rule r : lookup.values()) each.add(apply(c, category, o, r, term, say.finding(ruleId(category) + "." + o.id())));
            Result first = each.get(0).result();
            for (Finding e : each) f.because(e);
            if (each.stream().allMatch(e -> e.result() == first)) {
                return f.conclude(first, say.say("classify.dates_agree"));
            }
            return f.conclude(Result.UNSETTLED, say.say("classify.dates_straddle", "offense", heading(o)));
        }
        return apply(c, category, o, lookup.value(), term, f);
    }

    private Finding apply(Conviction c, Category category, Offense o, Rule rule, SentenceImposed.Term term, Finding.Builder f) {
        return apply(c, category, o, rule, term, f, false);
    }

    /**
     * Applies one rule. {@code onRecord} marks a rule reached through the record's choice among a divisible
     * statute's alternatives: a fixed answer then holds on this record, not for every conviction.
     */
    private Finding apply(Conviction c, Category category, Offense o, Rule rule, SentenceImposed.Term term, Finding.Builder f,
                          boolean onRecord) {
        f.cite(rule.authorities());
        if (rule.note() != null) f.fact("note", rule.note());
        if (rule instanceof Rule.Fixed fixed) {
            return switch (fixed.verdict()) {
                case YES -> f.conclude(Result.YES, say.say(onRecord ? "classify.yes_on_record" : "classify.yes",
                        "offense", heading(o), "category", label(category)));
                case NO -> f.conclude(Result.NO, say.say(onRecord ? "classify.no_on_record" : "classify.no",
                        "offense", heading(o), "category", label(category)));
                case UNSETTLED -> f.fact("reason", fixed.reason()).conclude(Result.UNSETTLED,
                        say.say("classify.unsettled", "offense", heading(o), "category", label(category), "reason", fixed.reason()));
                case ARGUABLY_NO -> f.fact("reason", fixed.reason()).conclude(Result.UNSETTLED,
                        say.say("classify.arguably_no", "offense", heading(o), "category", label(category), "reason", fixed.reason()));
            };
        }
        if (rule instanceof Rule.SentenceAtLeastOneYear s) {
            long threshold = kb.parameter("us.sentence_one_year_days").at(asOf).asLong();
            f.because(term.finding()).fact("subparagraph", s.subparagraph()).fact("thresholdDays", threshold)
                    .cite(kb.parameter("us.sentence_one_year_days").at(asOf).authorities());
            if (term.days() == null) {
                return f.missing(c.factPath("sentence.confinementDays")).conclude(Result.UNKNOWN,
                        say.say("classify.sentence_unknown", "offense", heading(o), "subparagraph", s.subparagraph()));
            }
            f.fact("sentenceDays", term.days());
            boolean reached = term.days() >= threshold;
            return f.conclude(Result.of(reached), say.say(reached ? "classify.sentence_reached" : "classify.sentence_below",
                    "offense", heading(o), "days", term.days(), "subparagraph", s.subparagraph()));
        }
        if (rule instanceof Rule.LossOverTenThousand l) {
            long threshold = kb.parameter("us.fraud_loss_threshold_dollars").at(asOf).asLong();
            f.fact("subparagraph", l.subparagraph()).fact("thresholdDollars", threshold)
                    .cite(kb.parameter("us.fraud_loss_threshold_dollars").at(asOf).authorities());
            String loss = c.recordFacts().get("lossAmount");
            if (loss == null) {
                return f.missing(c.factPath("recordFacts.lossAmount")).conclude(Result.UNKNOWN,
                        say.say("classify.loss_unknown", "offense", heading(o)));
            }
            f.fact("lossAmount", loss);
            if (loss.equals("silent")) {
                return f.cite("scotus.nijhawan_v_holder_2009", "scotus.pereida_v_wilkinson_2021").conclude(Result.UNSETTLED,
                        say.say("classify.loss_silent", "offense", heading(o)));
            }
            boolean over = new BigDecimal(loss).compareTo(BigDecimal.valueOf(threshold)) > 0;
            return f.conclude(Result.of(over), say.say(over ? "classify.loss_over" : "classify.loss_not_over",
                    "offense", heading(o), "loss", loss, "threshold", threshold));
        }
        if (rule instanceof Rule.AnyOf any) {
            Result combined = Result.NO;
            for (Rule sub : any.rules()) {
                Finding part = apply(c, category, o, sub, term, say.finding(ruleId(category) + "." + o.id() + ".part"));
                f.because(part);
                combined = combined.or(part.result());
            }
            return f.conclude(combined, say.say("classify.any_of", "offense", heading(o), "result", combined.id()));
        }
        Rule.Divisible d = (Rule.Divisible) rule;
        String value = c.recordFacts().get(d.decider());
        if (d.decider().equals("subdivision")) {
            Rule named = subdivisionNamed(c, o, d);
            if (named != null) return apply(c, category, o, named, term, f.fact("subdivision", subdivisionPath(c, o)), true);
        }
        f.fact(d.decider(), value);
        if (value == null) {
            return f.missing(c.factPath("recordFacts." + d.decider())).conclude(Result.UNKNOWN,
                    say.say("classify.divisible_unknown", "offense", heading(o), "fact", d.decider()));
        }
        if (value.equals("silent")) {
            // A silent record leaves every alternative open: where they all give one answer, that is the
            // answer; otherwise the burden decides (Pereida v. Wilkinson) and it is a risk.
            List<Finding> alternatives = new ArrayList<>();
            for (Rule alternative : d.when().values()) {
                alternatives.add(apply(c, category, o, alternative, term, say.finding(ruleId(category) + "." + o.id() + ".alternative")));
            }
            boolean anyYes = alternatives.stream().anyMatch(a -> a.result() == Result.YES);
            boolean anyNo = alternatives.stream().anyMatch(a -> a.result() == Result.NO);
            boolean anyOpen = alternatives.stream().anyMatch(a -> a.result() == Result.UNSETTLED);
            boolean anyUnknown = alternatives.stream().anyMatch(a -> a.result() == Result.UNKNOWN);
            Result common = anyOpen || (anyYes && anyNo) ? Result.UNSETTLED
                    : anyUnknown ? Result.UNKNOWN : anyYes ? Result.YES : Result.NO;
            if (burden == Burden.GOVERNMENT && anyNo && common != Result.NO) {
                // The government must prove the worse alternative; a record that leaves a harmless one open does not.
                for (Finding a : alternatives) f.because(a);
                return f.cite("scotus.pereida_v_wilkinson_2021", "scotus.moncrieffe_v_holder_2013").conclude(Result.NO,
                        say.say("classify.divisible_silent_government", "offense", heading(o), "fact", d.decider()));
            }
            if (common == Result.UNKNOWN) {
                // A fact other than the silent one (the sentence, the loss) could still settle every alternative.
                for (Finding a : alternatives) f.because(a);
                return f.conclude(Result.UNKNOWN, say.say("classify.divisible_silent_needs_more", "offense", heading(o), "fact", d.decider()));
            }
            if (common == Result.YES || common == Result.NO) {
                return f.conclude(common, say.say("classify.divisible_silent_all_agree", "offense", heading(o),
                        "fact", d.decider(), "result", common.id()));
            }
            return f.cite("scotus.pereida_v_wilkinson_2021").conclude(Result.UNSETTLED,
                    say.say("classify.divisible_silent", "offense", heading(o), "fact", d.decider()));
        }
        String key = value;
        if (d.decider().equals("substance")) {
            Substance s = kb.substance(value);
            if (s == null) {
                return f.cite("us.usc.21.812").conclude(Result.UNSETTLED, say.say("classify.substance_unlisted", "substance", value));
            }
            f.cite(s.authorities());
            if (s.federallyControlled().equals("unsettled")) {
                return f.fact("reason", s.reason()).conclude(Result.UNSETTLED,
                        say.say("classify.substance_unsettled", "substance", value, "reason", s.reason()));
            }
            key = s.federallyControlled().equals("yes") ? "federally_controlled" : "not_federally_controlled";
        }
        Rule chosen = d.when().get(key);
        if (chosen == null) {
            return f.conclude(Result.UNSETTLED, say.say("classify.divisible_value_unlisted", "offense", heading(o),
                    "fact", d.decider(), "value", value));
        }
        return apply(c, category, o, chosen, term, f, true);
    }


    /**
     * The rule for the subdivision the statute itself names below the entry's own (PC 415(1) under an
     * entry for PC 415), trying the full path first and then shorter ones; null where the statute names
     * none the rule lists.
     */
    private static Rule subdivisionNamed(Conviction c, Offense o, Rule.Divisible d) {
        String path = subdivisionPath(c, o);
        while (path != null && !path.isEmpty()) {
            Rule r = d.when().get(path);
            if (r != null) return r;
            int cut = path.lastIndexOf('(');
            path = cut < 0 ? null : path.substring(0, cut);
        }
        return null;
    }

    /** The statute's subdivision path below the entry's, as "a(1)" or "1"; empty where it names none. */
    private static String subdivisionPath(Conviction c, Offense o) {
        java.util.List<String> subs = c.charge().offense().subdivisions();
        int skip = 0;
        for (var covered : o.covers()) {
            if (c.charge().offense().startsWith(covered)) skip = Math.max(skip, covered.subdivisions().size());
        }
        if (subs.size() <= skip) return "";
        StringBuilder p = new StringBuilder(subs.get(skip));
        for (int i = skip + 1; i < subs.size(); i++) p.append('(').append(subs.get(i)).append(')');
        return p.toString();
    }

    private static String label(Category c) { return c.id().replace('_', ' '); }

    /** The statute that defines a category, cited where the catalog cannot answer. */
    static String categoryAuthority(Category c) {
        return switch (c) {
            case AGGRAVATED_FELONY -> "us.ina.101_a_43";
            case CIMT, CONTROLLED_SUBSTANCE, PROSTITUTION -> "us.ina.212_a_2";
            default -> "us.ina.237_a_2";
        };
    }
}
