package com.printdesk.slicing.geometry;

/**
 * Guards for reading a 3MF (ZIP) upload without trusting it: a small file can declare or inflate
 * to gigabytes. Legitimate 3MF XML compresses about 5–10×; bombs compress 1000× and more.
 */
record ZipLimits(int maxEntries, long maxTotalUncompressed, long ratioCheckedAbove, int maxRatio) {

    static final ZipLimits DEFAULT = new ZipLimits(10_000, 1L << 30, 1L << 20, 100);
}
