package org.pcrnavigator.engine.casefile;

/** Relief already granted on a conviction. Null is unknown. Immutable. */
public record PriorRelief(String type, PartialDate date, PartialDate filedDate, String ground, Tri reliance) {}
