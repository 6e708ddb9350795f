package com.printdesk.catalog;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The catalog page: materials, printers and product templates, deactivated ones included. */
@Controller
class CatalogController {

    private final MaterialAdmin materials;
    private final PrinterAdmin printers;
    private final ProductTemplateAdmin templates;

    CatalogController(MaterialAdmin materials, PrinterAdmin printers, ProductTemplateAdmin templates) {
        this.materials = materials;
        this.printers = printers;
        this.templates = templates;
    }

    @GetMapping("/admin/catalog")
    String show(Model model) {
        var allMaterials = materials.all();
        Map<Long, MaterialView> materialsById = allMaterials.stream()
                .collect(Collectors.toMap(MaterialView::id, Function.identity()));
        model.addAttribute("materials", allMaterials);
        model.addAttribute("materialsById", materialsById);
        model.addAttribute("printers", printers.all());
        model.addAttribute("templates", templates.all());
        return "admin/catalog/index";
    }
}
