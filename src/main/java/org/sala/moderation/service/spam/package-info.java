/** The moderation module's private spam filter: features, the classifier, its models in the database. */
@NullMarked
package org.sala.moderation.service.spam;

import org.jspecify.annotations.NullMarked;
