package com.printdesk.messaging;

/** A reply typed into a conversation page. */
record MessageForm(String body) {

    static MessageForm empty() {
        return new MessageForm("");
    }
}
