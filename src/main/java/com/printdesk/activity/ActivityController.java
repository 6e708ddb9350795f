package com.printdesk.activity;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.printdesk.settings.Settings;

@Controller
@RequestMapping("/admin/activity")
class ActivityController {

    private final ActivityLog log;
    private final Settings settings;

    ActivityController(ActivityLog log, Settings settings) {
        this.log = log;
        this.settings = settings;
    }

    @GetMapping
    String list(@RequestParam(required = false) String entityType, @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ZoneId zone = settings.current().timeZone();
        ActivityLog.Filter filter = new ActivityLog.Filter(entityType, actor, action,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant());
        model.addAttribute("page", log.search(filter, page));
        model.addAttribute("entityTypes", log.entityTypes());
        model.addAttribute("filter", filter);
        model.addAttribute("fromDate", from);
        model.addAttribute("toDate", to);
        return "admin/activity/list";
    }

    /** The activity of one record, for embedding on its page ({@code hx-get}). */
    @GetMapping("/{entityType}/{entityId}")
    String about(@PathVariable String entityType, @PathVariable long entityId, Model model) {
        model.addAttribute("entries", log.about(entityType, entityId));
        return "admin/activity/about :: entries";
    }
}
