package org.pcrnavigator.engine.casefile;

/** An earlier motion on a conviction, granted or not. Null is unknown. Immutable. */
public record PriorMotion(String vehicle, PartialDate filedDate, String result, String ground) {}
