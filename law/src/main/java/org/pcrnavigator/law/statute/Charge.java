package org.pcrnavigator.law.statute;

/**
 * What a conviction's statute string names: one section, or California's slash notation that puts an
 * attempt (PC 664), a conspiracy (PC 182) or a prior-conviction statute (PC 666) before the offense.
 * Immutable.
 *
 * @param written the string as the record gave it
 * @param offense the substantive offense (after the slash, or the only section)
 * @param prefix the section before the slash, or null
 */
public record Charge(String written, Statute offense, Statute prefix) {
    /** How the prefix modifies the offense. */
    public enum Form { COMPLETED, ATTEMPT, CONSPIRACY, WITH_PRIOR }

    public Form form() {
        if (prefix == null) return Form.COMPLETED;
        if (prefix.code() == Code.PC && prefix.section().equals("664")) return Form.ATTEMPT;
        if (prefix.code() == Code.PC && prefix.section().equals("182")) return Form.CONSPIRACY;
        return Form.WITH_PRIOR;
    }

    /** The canonical form, e.g. {@code PC 664/187(a)}. */
    public String display() {
        return prefix == null ? offense.display() : prefix.display() + "/" + offense.display();
    }
}
