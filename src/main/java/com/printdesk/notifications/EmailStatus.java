package com.printdesk.notifications;

/** QUEUED until sent; FAILED after the last attempt (an admin may resend it). */
public enum EmailStatus {
    QUEUED, SENT, FAILED
}
