package com.printdesk.catalog;

import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text where a number belongs ("abc" as a density) would otherwise show Spring's conversion message
 * ("Failed to convert property value of type...") next to the field. This says what to type instead.
 */
@ControllerAdvice(assignableTypes = {MaterialController.class, PrinterController.class,
        ProductTemplateController.class})
class CatalogFormBinding {

    @InitBinder("form")
    void friendlyConversionErrors(WebDataBinder binder) {
        binder.setBindingErrorProcessor(new DefaultBindingErrorProcessor() {
            @Override
            public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
                String field = ex.getPropertyName();
                String[] codes = result.resolveMessageCodes(ex.getErrorCode(), field);
                result.addError(new FieldError(result.getObjectName(), field, ex.getValue(), true, codes, null,
                        messageFor(ex)));
            }
        });
    }

    private static String messageFor(PropertyAccessException ex) {
        Class<?> type = ex instanceof TypeMismatchException mismatch ? mismatch.getRequiredType() : null;
        if (type != null && (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class))) {
            return "Enter a number";
        }
        return "Choose a value from the list";
    }
}
