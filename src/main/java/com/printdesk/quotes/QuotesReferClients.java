package com.printdesk.quotes;

import org.springframework.stereotype.Component;

import com.printdesk.clients.ClientReferences;

/** A client with quotes is archived, never deleted. */
@Component
class QuotesReferClients implements ClientReferences {

    private final QuoteRepository quotes;

    QuotesReferClients(QuoteRepository quotes) {
        this.quotes = quotes;
    }

    @Override
    public boolean isReferenced(long clientId) {
        return quotes.existsByClientId(clientId);
    }
}
