package org.pcrnavigator.records.screen;

/** How a bulk run went: cases screened, bad rows (or rejected people) skipped, and how many of those an earlier run had done. Immutable. */
public record ScreenResult(long screened, long badRows, long resumedAfter) {}
