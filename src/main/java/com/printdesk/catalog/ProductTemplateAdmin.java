package com.printdesk.catalog;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.printdesk.shared.NotFound;

/**
 * Adds, changes, deactivates and reactivates product templates. A template priced by material needs an
 * active material, except the one it already has: deactivating a material must not lock its templates.
 * Forms are validated here as well as on the page, so every caller gets the same field rules.
 */
@Service
@Validated
public class ProductTemplateAdmin {

    private final ProductTemplates templates;
    private final Materials materials;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProductTemplateAdmin(ProductTemplates templates, Materials materials, ApplicationEventPublisher events,
            Clock clock) {
        this.templates = templates;
        this.materials = materials;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public ProductTemplateView create(@Valid ProductTemplateForm form) {
        check(form, null);
        ProductTemplate template = templates.save(new ProductTemplate(form, clock.instant()));
        return published(template, "created");
    }

    @Transactional
    public ProductTemplateView update(long id, @Valid ProductTemplateForm form) {
        ProductTemplate template = find(id);
        StaleEdits.refuseIfChanged(form.version(), template.version());
        check(form, template.materialId());
        template.change(form, clock.instant());
        return published(template, "updated");
    }

    @Transactional
    public void deactivate(long id) {
        ProductTemplate template = find(id);
        if (template.activate(false, clock.instant())) {
            published(template, "deactivated");
        }
    }

    @Transactional
    public void reactivate(long id) {
        ProductTemplate template = find(id);
        if (template.activate(true, clock.instant())) {
            published(template, "reactivated");
        }
    }

    @Transactional(readOnly = true)
    List<ProductTemplateView> all() {
        return templates.findAllByOrderByNameAsc().stream().map(ProductTemplate::view).toList();
    }

    @Transactional(readOnly = true)
    ProductTemplateForm form(long id) {
        return find(id).form();
    }

    private void check(ProductTemplateForm form, Long currentMaterialId) {
        form.missingForPricing().stream().findFirst().ifPresent(problem -> {
            throw new InvalidCatalogField(problem);
        });
        if (form.mode() != PricingMode.BY_MATERIAL || Objects.equals(form.materialId(), currentMaterialId)) {
            return;
        }
        boolean usable = form.materialId() != null
                && materials.findById(form.materialId()).map(Material::isActive).orElse(false);
        if (!usable) {
            throw new InvalidCatalogField("materialId", "Choose an active material from the list");
        }
    }

    private ProductTemplate find(long id) {
        return templates.findById(id).orElseThrow(() -> new NotFound("Product template"));
    }

    private ProductTemplateView published(ProductTemplate template, String action) {
        StaleEdits.flush(templates);
        ProductTemplateView view = template.view();
        events.publishEvent(ProductTemplateSaved.now(action, view.id(),
                "Product template " + view.name() + " " + action, clock));
        return view;
    }
}
