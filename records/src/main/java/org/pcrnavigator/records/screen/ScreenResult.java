package org.pcrnavigator.records.screen;

/** How a bulk run went: cases screened, bad rows skipped, lines resumed past. Immutable. */
public record ScreenResult(long screened, long badRows, long resumedAfterLine) {}
