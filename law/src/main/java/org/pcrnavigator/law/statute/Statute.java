package org.pcrnavigator.law.statute;

import java.util.List;

/**
 * One California code section with the subdivision path the record names, e.g. PC 273.5(a) or
 * HS 11377(a). Immutable.
 *
 * @param code the code
 * @param section the section number as written in the code ("273.5", "1203.4a", "273a")
 * @param subdivisions the subdivision path, outermost first ("a", "1"); empty where none was named
 */
public record Statute(Code code, String section, List<String> subdivisions) {
    public Statute {
        subdivisions = List.copyOf(subdivisions);
    }

    /** The canonical form: {@code PC 273.5(a)(1)}. */
    public String display() {
        StringBuilder s = new StringBuilder(code.name()).append(' ').append(section);
        for (String sub : subdivisions) s.append('(').append(sub).append(')');
        return s.toString();
    }

    /** The section alone, without subdivisions. */
    public Statute sectionOnly() { return new Statute(code, section, List.of()); }

    public Statute withSubdivisions(List<String> subs) { return new Statute(code, section, subs); }

    /** True where this names the same section and its subdivision path starts with {@code prefix}. */
    public boolean startsWith(Statute prefix) {
        if (code != prefix.code || !section.equalsIgnoreCase(prefix.section)) return false;
        if (prefix.subdivisions.size() > subdivisions.size()) return false;
        for (int i = 0; i < prefix.subdivisions.size(); i++) {
            if (!prefix.subdivisions.get(i).equalsIgnoreCase(subdivisions.get(i))) return false;
        }
        return true;
    }

    @Override
    public String toString() { return display(); }
}
