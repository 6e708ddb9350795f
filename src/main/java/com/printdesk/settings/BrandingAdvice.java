package com.printdesk.settings;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the business name and logo flag into every page's model, for the headers. */
@ControllerAdvice
class BrandingAdvice {

    private final Settings settings;

    BrandingAdvice(Settings settings) {
        this.settings = settings;
    }

    @ModelAttribute("business")
    BusinessProfile business() {
        return settings.current();
    }
}
