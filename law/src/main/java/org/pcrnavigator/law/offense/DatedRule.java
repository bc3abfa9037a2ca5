package org.pcrnavigator.law.offense;

import org.pcrnavigator.law.time.DateRange;

/** A rule with the conviction dates it governs. Immutable. */
public record DatedRule(DateRange convicted, Rule rule) {}
