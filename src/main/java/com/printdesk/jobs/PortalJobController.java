package com.printdesk.jobs;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.printdesk.accounts.AccountPrincipal;
import com.printdesk.files.OrderFiles;

/** A client's own jobs. Every read is scoped by the signed-in client: anyone else's job is a 404. */
@Controller
@RequestMapping("/portal/jobs")
class PortalJobController {

    private final PrintJobs jobs;
    private final OrderFiles orderFiles;

    private final JobPages pages;

    PortalJobController(PrintJobs jobs, OrderFiles orderFiles, JobPages pages) {
        this.jobs = jobs;
        this.orderFiles = orderFiles;
        this.pages = pages;
    }

    @GetMapping
    String list(@AuthenticationPrincipal AccountPrincipal me, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", jobs.forClient(me.clientId(), PageRequest.of(Math.max(0, page), 25)));
        return "portal/jobs/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        JobView job = jobs.viewForClient(id, me.clientId());
        model.addAttribute("job", job);
        model.addAttribute("orderFiles", orderFiles.forClient(job.invoiceId(), me.clientId()));
        model.addAttribute("history", jobs.history(id));
        model.addAttribute("delivery", pages.delivery(job));
        return "portal/jobs/detail";
    }
}
