package org.anxin;

import java.util.Comparator;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * Test classes in the order that finishes the suite soonest: the {@link ProcessWide} ones, which run one at a time and
 * take longer together than all the others, are handed out first, so that one core works through them from the start
 * while the other takes the rest.
 */
public final class ProcessWideFirst implements ClassOrderer {

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor c) -> !c.isAnnotated(ProcessWide.class)));
    }
}
