package com.outsourcingledger.api.wire;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component added to an event record after events of its type were already stored. Stored events are never
 * rewritten, so the ones from before lack it: it reads as null, and the event catalog's schema does not require it.
 * Only a component that may be null can be added later.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AddedLater {
}
