package com.printdesk.settings;

/** The business settings were saved (the logo included); caches of them are stale. */
public record BusinessSettingsChanged(long version) {
}
