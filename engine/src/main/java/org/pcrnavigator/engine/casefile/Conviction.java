package org.pcrnavigator.engine.casefile;

import java.util.List;
import java.util.Map;
import org.pcrnavigator.law.statute.Charge;

/**
 * One count of conviction (or disposition) as the case file states it. Null fields and {@link Tri#UNKNOWN}
 * are unknown; the reader never fills them in. Immutable.
 *
 * @param judgmentPending true where the file says {@code judgmentDate: pending}
 * @param recordFacts what the record of conviction establishes; the value {@code silent} means the record
 *     was read and does not establish it
 * @param newEvidence null where unknown, {@link NewEvidence#NONE} where none exists
 */
public record Conviction(String id, String court, String county, String caseNumber, Charge charge, String level,
                         String disposition, PartialDate offenseDate, PartialDate pleaDate, String plea,
                         PartialDate judgmentDate, boolean judgmentPending, Sentence sentence, Tri probationCompleted,
                         Tri inCriminalCustody, String advisementGiven, String counselAdvice,
                         Tri immigrationConcernAtPlea, Map<String, String> recordFacts, List<PriorRelief> priorRelief,
                         List<PriorMotion> priorMotions, NewEvidence newEvidence) {
    public Conviction {
        recordFacts = Map.copyOf(recordFacts);
        priorRelief = List.copyOf(priorRelief);
        priorMotions = List.copyOf(priorMotions);
    }

    /** The path prefix of this conviction's facts in questions: {@code convictions.c1}. */
    public String factPath(String field) { return "convictions." + id + "." + field; }

    /** A copy with another charge, level, sentence and record facts: the what-if of a different plea. */
    public Conviction withPlea(Charge newCharge, String newLevel, Sentence newSentence, Map<String, String> newFacts) {
        return new Conviction(id, court, county, caseNumber, newCharge, newLevel, disposition, offenseDate, pleaDate, plea,
                judgmentDate, judgmentPending, newSentence, probationCompleted, inCriminalCustody, advisementGiven,
                counselAdvice, immigrationConcernAtPlea, newFacts, priorRelief, priorMotions, newEvidence);
    }
}
