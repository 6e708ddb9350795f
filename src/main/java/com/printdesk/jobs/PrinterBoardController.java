package com.printdesk.jobs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.printdesk.catalog.PrinterView;
import com.printdesk.shared.BusinessRuleViolation;

/**
 * The printer board: a column per active printer plus "Unassigned". htmx polls the board fragment and
 * posts moves (drag and drop, or the move controls on each card); without JavaScript the same forms post
 * and redirect back. A move based on an old version of the card is refused with a "reload" message.
 */
@Controller
@RequestMapping("/admin/jobs/board")
class PrinterBoardController {

    private final PrintJobs jobs;
    private final JobQueries queries;
    private final JobWork work;
    private final JobPages pages;

    PrinterBoardController(PrintJobs jobs, JobQueries queries, JobWork work, JobPages pages) {
        this.jobs = jobs;
        this.queries = queries;
        this.work = work;
        this.pages = pages;
    }

    @GetMapping
    String board(@RequestParam(required = false) Long materialId, @RequestParam(required = false) Long clientId,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        fill(model, filter(materialId, clientId, overdue));
        model.addAttribute("materials", pages.materials());
        model.addAttribute("clients", pages.clientsWithJobs());
        return "admin/jobs/board";
    }

    @GetMapping("/fragment")
    String fragment(@RequestParam(required = false) Long materialId, @RequestParam(required = false) Long clientId,
            @RequestParam(defaultValue = "false") boolean overdue, Model model) {
        fill(model, filter(materialId, clientId, overdue));
        return "admin/jobs/board :: board";
    }

    /** Assigns (empty printer: "Unassigned") and optionally re-prioritises a card. */
    @PostMapping("/{id}/move")
    String move(@PathVariable long id, @RequestParam(required = false) String printerId,
            @RequestParam(required = false) Integer priority, @RequestParam long version,
            @RequestParam(required = false) Long materialId, @RequestParam(required = false) Long clientId,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        Long printer = printerId == null || printerId.isBlank() ? null : Long.valueOf(printerId);
        return act(() -> work.assign(id, printer, priority, version), filter(materialId, clientId, overdue), htmx,
                model, redirect);
    }

    @PostMapping("/{id}/status")
    String status(@PathVariable long id, @RequestParam JobStatus status, @RequestParam(required = false) String reason,
            @RequestParam long version, @RequestParam(required = false) Long materialId,
            @RequestParam(required = false) Long clientId, @RequestParam(defaultValue = "false") boolean overdue,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model,
            RedirectAttributes redirect) {
        return act(() -> work.changeStatus(id, status, reason, version), filter(materialId, clientId, overdue), htmx,
                model, redirect);
    }

    private String act(Runnable action, JobFilter filter, String htmx, Model model, RedirectAttributes redirect) {
        String problem = null;
        try {
            action.run();
        }
        catch (BusinessRuleViolation ex) {
            problem = ex.getMessage();
        }
        if (htmx == null) {
            if (problem != null) {
                redirect.addFlashAttribute("problem", problem);
            }
            redirect.addAttribute("overdue", filter.overdueOnly());
            if (filter.materialId() != null) {
                redirect.addAttribute("materialId", filter.materialId());
            }
            if (filter.clientId() != null) {
                redirect.addAttribute("clientId", filter.clientId());
            }
            return "redirect:/admin/jobs/board";
        }
        model.addAttribute("boardProblem", problem);
        fill(model, filter);
        return "admin/jobs/board :: board";
    }

    private void fill(Model model, JobFilter filter) {
        List<JobView> cards = queries.board(filter, jobs.today());
        Map<Long, Long> printing = jobs.printingPerPrinter();
        List<BoardColumn> columns = new ArrayList<>();
        columns.add(new BoardColumn(null, "Unassigned", null, cardsOf(cards, null)));
        List<PrinterView> active = pages.printers();
        for (PrinterView printer : active) {
            String state = printing.containsKey(printer.id()) ? "Printing" : printer.status().displayName();
            columns.add(new BoardColumn(printer.id(), printer.name(), state, cardsOf(cards, printer.id())));
        }
        // a printer deactivated while jobs were on it keeps a column until they are moved off
        pages.printerNames(cards).forEach((id, name) -> {
            if (active.stream().noneMatch(printer -> printer.id() == id)) {
                columns.add(new BoardColumn(id, name, "Deactivated", cardsOf(cards, id)));
            }
        });
        Map<Long, String> printerNames = new LinkedHashMap<>();
        pages.printers().forEach(printer -> printerNames.put(printer.id(), printer.name()));
        model.addAttribute("columns", columns);
        model.addAttribute("printerNames", printerNames);
        model.addAttribute("filter", filter);
        model.addAttribute("policy", new BoardSteps());
    }

    private static List<JobView> cardsOf(List<JobView> cards, Long printerId) {
        return cards.stream().filter(card -> Objects.equals(card.printerId(), printerId)).toList();
    }

    private static JobFilter filter(Long materialId, Long clientId, boolean overdue) {
        return new JobFilter(null, null, materialId, clientId, null, overdue, "priority");
    }

    /** One column: a printer (null ID: unassigned) with its state ("Printing", "Idle", "Maintenance"…). */
    record BoardColumn(Long printerId, String name, String state, List<JobView> cards) {
    }

    /** The steps a card offers, for the template. */
    static final class BoardSteps {

        public Set<JobStatus> next(JobStatus from) {
            return AdminJobController.steps(from);
        }
    }
}
