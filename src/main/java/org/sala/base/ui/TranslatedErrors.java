package org.sala.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.DefaultBinderValidationErrorHandler;
import com.vaadin.flow.data.binder.ValidationResult;

/**
 * Shows a field's error in the reader's language: validation messages are translation keys
 * (as in the Bean Validation constraints of form beans), looked up in the interface bundles.
 */
public class TranslatedErrors extends DefaultBinderValidationErrorHandler {

    private final Component owner;

    public TranslatedErrors(Component owner) {
        this.owner = owner;
    }

    @Override
    public void handleError(HasValue<?, ?> field, ValidationResult result) {
        super.handleError(field, ValidationResult.error(owner.getTranslation(result.getErrorMessage())));
    }
}
