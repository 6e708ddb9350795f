package com.printdesk.jobs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.files.OrderFiles;
import com.printdesk.shared.BusinessRuleViolation;

/** The admin's jobs list and job page with the actions on a job. */
@Controller
@RequestMapping("/admin/jobs")
class AdminJobController {

    static final int PAGE_SIZE = 25;

    private final PrintJobs jobs;
    private final JobWork work;
    private final JobPages pages;
    private final OrderFiles orderFiles;

    AdminJobController(PrintJobs jobs, JobWork work, JobPages pages, OrderFiles orderFiles) {
        this.orderFiles = orderFiles;
        this.jobs = jobs;
        this.work = work;
        this.pages = pages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) JobStatus status,
            @RequestParam(required = false) Long materialId, @RequestParam(required = false) Long clientId,
            @RequestParam(required = false) Long printerId, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
        JobFilter filter = new JobFilter(q, status, materialId, clientId, printerId, overdue, sort);
        Page<JobView> results = jobs.search(filter, PageRequest.of(Math.max(0, page), PAGE_SIZE));
        model.addAttribute("page", results);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", JobStatus.values());
        model.addAttribute("sorts", JobFilter.SORTS);
        model.addAttribute("materials", pages.materials());
        model.addAttribute("clients", pages.clientsWithJobs());
        model.addAttribute("printerNames", pages.printerNames(results.getContent()));
        return "admin/jobs/list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        JobView job = jobs.view(id);
        model.addAttribute("job", job);
        model.addAttribute("history", jobs.history(id));
        model.addAttribute("nextStatuses", steps(job.status()));
        model.addAttribute("printers", pages.printers());
        model.addAttribute("printerNames", pages.printerNames(List.of(job)));
        model.addAttribute("orderFiles", orderFiles.forInvoice(job.invoiceId()));
        model.addAttribute("delivery", pages.delivery(job));
        return "admin/jobs/detail";
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam JobStatus status, @RequestParam(required = false) String reason,
            @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "Job moved to " + status.displayName() + ".",
                () -> work.changeStatus(id, status, reason, version));
    }

    @PostMapping("/{id}/resume")
    String resume(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "Job resumed.", () -> work.resume(id, version));
    }

    @PostMapping("/{id}/assign")
    String assign(@PathVariable long id, @RequestParam(required = false) Long printerId, @RequestParam long version,
            RedirectAttributes redirect) {
        return act(id, redirect, printerId == null ? "Job unassigned." : "Printer assigned.",
                () -> work.assign(id, printerId, null, version));
    }

    @PostMapping("/{id}/plan")
    String plan(@PathVariable long id, @RequestParam int priority,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueDate,
            @RequestParam(required = false) String notes, @RequestParam long version, RedirectAttributes redirect) {
        return act(id, redirect, "Saved.", () -> work.plan(id, priority, dueDate, notes, version));
    }

    @PostMapping("/{id}/complete")
    String complete(@PathVariable long id, @RequestParam(required = false) Integer actualMinutes,
            @RequestParam(required = false) BigDecimal actualGrams, @RequestParam long version,
            RedirectAttributes redirect) {
        return act(id, redirect, "Actual usage recorded.", () -> {
            if (actualMinutes == null || actualGrams == null) {
                throw new BusinessRuleViolation("Enter both the actual print time (minutes) and the grams used");
            }
            work.complete(id, actualMinutes, actualGrams, version);
        });
    }

    /** The plain steps offered as buttons (hold and cancel have their own forms, with a reason). */
    static Set<JobStatus> steps(JobStatus from) {
        Set<JobStatus> next = JobStatusPolicy.next(from);
        next.remove(JobStatus.ON_HOLD);
        next.remove(JobStatus.CANCELLED);
        return next;
    }

    private String act(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("notice", done);
        }
        catch (BusinessRuleViolation ex) {
            redirect.addFlashAttribute("problem", ex.getMessage());
        }
        return "redirect:/admin/jobs/" + id;
    }
}
