package com.printdesk.jobs;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Quoted vs actual usage: per job, and averaged per material and per printer (aggregated in SQL). */
@Controller
class JobReportController {

    private final JobFigures figures;
    private final JobPages pages;

    JobReportController(JobFigures figures, JobPages pages) {
        this.figures = figures;
        this.pages = pages;
    }

    @GetMapping("/admin/jobs/report")
    String report(Model model) {
        List<JobView> measured = figures.measured(200);
        model.addAttribute("jobs", measured);
        model.addAttribute("byMaterial", figures.byMaterial());
        model.addAttribute("byPrinter", figures.byPrinter());
        model.addAttribute("printerNames", pages.printerNames(measured));
        return "admin/jobs/report";
    }
}
