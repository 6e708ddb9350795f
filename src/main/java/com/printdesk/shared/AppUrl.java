package com.printdesk.shared;

import java.net.URI;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The public base URL ({@code APP_URL}) used for links in pages, PDFs, emails and Stripe return URLs. */
@Component
public class AppUrl {

    private final URI uri;

    AppUrl(@Value("${printdesk.app-url}") String appUrl) {
        String trimmed = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
        this.uri = URI.create(trimmed);
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalStateException("APP_URL must be an absolute URL such as https://print.example.com, not "
                    + appUrl);
        }
    }

    public URI uri() {
        return uri;
    }

    public String link(String path) {
        return uri + (path.startsWith("/") ? path : "/" + path);
    }
}
