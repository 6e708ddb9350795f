package com.printdesk.dashboard;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.ResultActions;

/** The visible text of an element of a rendered page, found by its id (pages are HTML, not XML). */
final class PageText {

    private PageText() {
    }

    /** The text inside the element with this id, tags removed and whitespace collapsed. */
    static String of(ResultActions page, String id) throws Exception {
        String html = page.andReturn().getResponse().getContentAsString();
        Matcher open = Pattern.compile("<(\\w+)[^>]*\\sid=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        if (!open.find()) {
            throw new AssertionError("No element with id " + id);
        }
        String tag = open.group(1);
        int depth = 1;
        Matcher tags = Pattern.compile("<(/?)" + tag + "(\\s[^>]*)?>").matcher(html);
        int from = open.end();
        tags.region(from, html.length());
        while (tags.find()) {
            depth += tags.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return text(html.substring(from, tags.start()));
            }
        }
        throw new AssertionError("Element " + id + " is not closed");
    }

    /** The href of the first link inside the element with this id whose text starts with {@code text}. */
    static String href(ResultActions page, String id, String text) throws Exception {
        String html = page.andReturn().getResponse().getContentAsString();
        int at = html.indexOf("id=\"" + id + "\"");
        Matcher link = Pattern.compile("<a[^>]*href=\"([^\"]*)\"[^>]*>([^<]*)</a>").matcher(html);
        link.region(Math.max(0, at), html.length());
        while (link.find()) {
            if (text(link.group(2)).startsWith(text)) {
                return link.group(1).replace("&amp;", "&");
            }
        }
        return null;
    }

    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&amp;", "&").replace("&#39;", "'").replace("&quot;", "\"")
                .replaceAll("\\s+", " ").strip();
    }
}
