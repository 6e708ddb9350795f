package com.printdesk.clients;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.printdesk.settings.Settings;

/** The admin client list (search, order, pages, archived filter) and its CSV export. */
@Controller
class ClientListController {

    static final int PAGE_SIZE = 25;
    private static final String[] CSV_HEADER = {"Name", "Company", "Email", "Phone", "ABN", "Billing address",
        "Payment terms (days)", "Notes", "Created", "Archived"};

    private final Clients clients;
    private final Settings settings;

    ClientListController(Clients clients, Settings settings) {
        this.clients = clients;
        this.settings = settings;
    }

    @GetMapping("/admin/clients")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(defaultValue = "false") boolean archived,
            @RequestParam(defaultValue = "1") int page, Model model) {
        ClientSearch search = ClientSearch.of(q, sort, dir, archived);
        Page<ClientSummary> found = clients.search(search, page - 1, PAGE_SIZE);
        model.addAttribute("search", search);
        model.addAttribute("clients", found.getContent());
        // only an empty result needs to know whether any client exists at all (for the right empty message)
        model.addAttribute("anyClients", !found.isEmpty() || clients.count() > 0);
        model.addAttribute("pages", PageWindow.of(found));
        model.addAttribute("links", new ClientListLinks(search));
        return "admin/clients/list";
    }

    /** Every client matching the list's search (not just one page), written as it is read. */
    @GetMapping("/admin/clients.csv")
    void export(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String dir, @RequestParam(defaultValue = "false") boolean archived,
            HttpServletResponse response) throws IOException {
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename("clients.csv").build().toString());
        ZoneId zone = settings.current().timeZone();
        Writer out = response.getWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(CSV_HEADER);
        clients.forEachMatching(ClientSearch.of(q, sort, dir, archived), client -> csv.row(
                client.name(), client.company(), client.email(), client.phone(), client.formattedAbn(),
                client.billingAddress(), client.paymentTermsDays() == null ? "" : client.paymentTermsDays().toString(),
                client.notes(), DateTimeFormatter.ISO_LOCAL_DATE.format(client.createdAt().atZone(zone)),
                client.archived() ? "yes" : "no"));
        out.flush();
    }
}
