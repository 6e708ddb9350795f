package com.printdesk.ordering;

/** How a byte limit reads in a message: "100 MB". */
final class OrderingLimits {

    private OrderingLimits() {
    }

    static String describe(long bytes) {
        long mb = 1024 * 1024;
        if (bytes >= mb && bytes % mb == 0) {
            return bytes / mb + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
