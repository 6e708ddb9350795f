package com.printdesk.slicing;

/**
 * An upload that cannot be printed or read (empty, malformed, not a mesh...). The reason is written
 * for the person who uploaded the file: it says what is wrong with it, not what the parser saw.
 */
public class ModelRejected extends RuntimeException {

    private final String fileName;
    private final String reason;

    public ModelRejected(String fileName, String reason) {
        super(fileName + ": " + reason);
        this.fileName = fileName;
        this.reason = reason;
    }

    public ModelRejected(String fileName, String reason, Throwable cause) {
        super(fileName + ": " + reason, cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public String fileName() {
        return fileName;
    }

    public String reason() {
        return reason;
    }
}
