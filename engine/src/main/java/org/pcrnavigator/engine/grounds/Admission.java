package org.pcrnavigator.engine.grounds;

import java.time.LocalDate;
import org.pcrnavigator.engine.casefile.CaseFile;
import org.pcrnavigator.engine.casefile.Conviction;
import org.pcrnavigator.engine.casefile.Immigration;
import org.pcrnavigator.engine.casefile.PartialDate;
import org.pcrnavigator.engine.casefile.Tri;
import org.pcrnavigator.engine.reasoning.Result;

/**
 * Whether and when the person was admitted, which the deportability grounds of INA 237(a)(2) require: a
 * person who entered without inspection and never adjusted was never admitted (the inadmissibility
 * grounds apply instead); for one who entered without inspection and later adjusted, the adjustment is
 * the admission (Matter of Alyazji).
 */
public final class Admission {
    private Admission() {}

    /** Whether the person was ever admitted: unknown where the file does not say how they entered. */
    public static Result admitted(CaseFile cf) {
        Immigration imm = cf.immigration();
        if ("citizen".equals(imm.status())) return Result.NO;
        if ("lpr".equals(imm.status())) return Result.YES;
        if (imm.enteredWithoutInspection() == Tri.NO) return Result.YES;
        if (imm.enteredWithoutInspection() == Tri.YES) return Result.NO;
        return Result.UNKNOWN;
    }

    /** The date of the admission that counts, or null where unknown. */
    public static PartialDate date(CaseFile cf) {
        Immigration imm = cf.immigration();
        if (imm.enteredWithoutInspection() == Tri.YES) return imm.lprDate();
        return imm.admissionDate() != null ? imm.admissionDate() : imm.lprDate();
    }

    /** The fact to ask for where the admission date is unknown. */
    public static String dateFact(CaseFile cf) {
        return cf.immigration().enteredWithoutInspection() == Tri.YES ? "immigration.lprDate" : "immigration.admissionDate";
    }

    /** Whether the conviction came after the admission: unknown where either date is missing or too vague. */
    public static Result convictedAfter(Conviction c, PartialDate admission) {
        PartialDate convicted = c.judgmentDate() != null ? c.judgmentDate() : c.pleaDate();
        if (convicted == null || admission == null) return Result.UNKNOWN;
        if (admission.certainlyBefore(convicted)) return Result.YES;
        if (convicted.certainlyBefore(admission)) return Result.NO;
        return Result.UNKNOWN;
    }

    /** Whether {@code day} falls in {@code [start, start + years)}: unknown where partial dates straddle an edge. */
    public static Result within(PartialDate day, PartialDate start, long years) {
        if (day == null || start == null) return Result.UNKNOWN;
        LocalDate earliestEnd = start.earliest().plusYears(years);
        LocalDate latestEnd = start.latest().plusYears(years);
        boolean surelyAfterStart = !day.earliest().isBefore(start.latest());
        boolean surelyBeforeStart = day.latest().isBefore(start.earliest());
        boolean surelyBeforeEnd = day.latest().isBefore(earliestEnd);
        boolean surelyAfterEnd = !day.earliest().isBefore(latestEnd);
        if (surelyBeforeStart || surelyAfterEnd) return Result.NO;
        if (surelyAfterStart && surelyBeforeEnd) return Result.YES;
        return Result.UNKNOWN;
    }
}
