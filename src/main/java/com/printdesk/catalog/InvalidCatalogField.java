package com.printdesk.catalog;

/**
 * A value the form's annotations cannot judge alone (a taken printer name, an unknown slicer profile
 * or material, a field the pricing mode needs) was refused; nothing was saved. Pages show the message
 * next to {@link #field()}.
 */
public class InvalidCatalogField extends RuntimeException {

    private final String field;

    InvalidCatalogField(String field, String message) {
        super(message);
        this.field = field;
    }

    InvalidCatalogField(FieldProblem problem) {
        this(problem.field(), problem.message());
    }

    public String field() {
        return field;
    }
}
