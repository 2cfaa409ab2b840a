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

    /** For a field's own check that has no message of its own. */
    static final String GENERIC = "form.error.invalid";

    private final Component owner;

    public TranslatedErrors(Component owner) {
        this.owner = owner;
    }

    @Override
    public void handleError(HasValue<?, ?> field, ValidationResult result) {
        String key = result.getErrorMessage();
        super.handleError(field, ValidationResult.error(owner.getTranslation(
                key == null || key.isBlank() ? GENERIC : key)));
    }
}
