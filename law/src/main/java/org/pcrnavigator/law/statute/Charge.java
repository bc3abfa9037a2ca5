package org.pcrnavigator.law.statute;

/**
 * What a conviction's statute string names: one section, or California's slash notation that puts a
 * modifying section before the offense (PC 664/187(a), PC 182(a)(1)/HS 11352(a), PC 666/484(a),
 * PC 459/460(a)). What the prefix means comes from the knowledge base's notation table
 * ({@code KnowledgeBase.formOf}). Immutable.
 *
 * @param written the string as the record gave it
 * @param offense the section after the slash, or the only section
 * @param prefix the section before the slash, or null
 */
public record Charge(String written, Statute offense, Statute prefix) {
    /** How the section before the slash relates to the one after it. */
    public enum Form {
        /** No slash: one section. */
        COMPLETED,
        /** An attempt to commit the offense after the slash. */
        ATTEMPT,
        /** A conspiracy to commit the offense after the slash. */
        CONSPIRACY,
        /** The prefix is itself the offense, charged with a prior conviction (PC 666/484). */
        WITH_PRIOR,
        /** The prefix is the offense; the section after the slash sets its degree or punishment (PC 459/460(a)). */
        DEGREE_OR_PUNISHMENT
    }

    /** The canonical form, e.g. {@code PC 664/187(a)}. */
    public String display() {
        if (prefix == null) return offense.display();
        String after = offense.code() == prefix.code() ? offense.display().substring(offense.code().name().length() + 1) : offense.display();
        return prefix.display() + "/" + after;
    }
}
