package com.printdesk.files;

/** What storage knows of an object: its key, size in bytes and content type. */
public record StoredObject(String key, long size, String contentType) {
}
