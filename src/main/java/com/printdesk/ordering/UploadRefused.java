package com.printdesk.ordering;

import org.springframework.http.HttpStatus;

/**
 * An upload request the shop refuses as a whole; nothing of it is kept. The message is written for
 * the client and names the file when one file is the reason.
 */
class UploadRefused extends RuntimeException {

    private final HttpStatus status;
    private final String fileName;

    private UploadRefused(HttpStatus status, String fileName, String message) {
        super(message);
        this.status = status;
        this.fileName = fileName;
    }

    static UploadRefused noFiles() {
        return new UploadRefused(HttpStatus.BAD_REQUEST, null, "Choose at least one STL or 3MF file to upload.");
    }

    static UploadRefused tooManyFiles(int sent, int max) {
        return new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, null,
                "At most " + max + " files can be uploaded at once; " + sent + " were sent.");
    }

    static UploadRefused fileTooLarge(String fileName, String max) {
        return new UploadRefused(HttpStatus.CONTENT_TOO_LARGE, fileName,
                fileName + " is larger than the " + max + " a model may be.");
    }

    static UploadRefused unprintable(String fileName, String reason) {
        return new UploadRefused(HttpStatus.UNPROCESSABLE_CONTENT, fileName, fileName + ": " + reason);
    }

    HttpStatus status() {
        return status;
    }

    /** The file that caused the refusal, or null when the request as a whole is wrong. */
    String fileName() {
        return fileName;
    }
}
