package com.printdesk.notifications;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import com.printdesk.settings.BusinessProfile;
import com.printdesk.settings.Settings;
import com.printdesk.shared.AppUrl;

/**
 * Renders an outbox email: {@code templates/mail/{template}.html} through the application's engine
 * (HTML mode, so {@code th:text} escapes whatever a client typed) and {@code templates/mail/{template}.txt}
 * in TEXT mode for the plain-text alternative. Branding comes from the settings at the time of sending.
 */
@Component
class MailRenderer {

    private final ITemplateEngine html;
    private final SpringTemplateEngine text;
    private final Settings settings;
    private final AppUrl appUrl;

    MailRenderer(ITemplateEngine html, Settings settings, AppUrl appUrl) {
        this.html = html;
        this.settings = settings;
        this.appUrl = appUrl;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/mail/");
        resolver.setSuffix(".txt");
        resolver.setTemplateMode(TemplateMode.TEXT);
        resolver.setCharacterEncoding("UTF-8");
        this.text = new SpringTemplateEngine();
        this.text.setTemplateResolver(resolver);
    }

    RenderedMail render(String subject, String template, Map<String, String> model) {
        Context context = new Context(Locale.forLanguageTag("en-AU"), variables(subject, model));
        return new RenderedMail(subject, html.process("mail/" + template, context), text.process(template, context));
    }

    private Map<String, Object> variables(String subject, Map<String, String> model) {
        BusinessProfile business = settings.current();
        Map<String, Object> variables = new HashMap<>(model);
        variables.put("subject", subject);
        variables.put("business", business);
        variables.put("appUrl", appUrl.link("/"));
        variables.put("logoUrl", business.hasLogo() ? appUrl.link("/branding/logo") : null);
        return variables;
    }

    record RenderedMail(String subject, String html, String text) {
    }
}
