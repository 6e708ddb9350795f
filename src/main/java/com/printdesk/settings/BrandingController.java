package com.printdesk.settings;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the business logo (public: it also appears on the login page, PDFs and emails). */
@Controller
class BrandingController {

    private final Settings settings;

    BrandingController(Settings settings) {
        this.settings = settings;
    }

    @GetMapping("/branding/logo")
    ResponseEntity<byte[]> logo() {
        return settings.logo()
                .map(logo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(logo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                        .eTag(Integer.toHexString(logo.key().hashCode()))
                        .body(logo.bytes()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
