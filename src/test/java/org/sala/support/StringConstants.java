package org.sala.support;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * The string literals in a class's bytecode, for rules about values ArchUnit does not see (an
 * attribute name passed to {@code setAttribute}, say). javac copies a constant into every class
 * that uses it, so a name hidden behind another class's constant is still found.
 */
public final class StringConstants {

    private StringConstants() {
    }

    public static Set<String> of(JavaClass javaClass) {
        String resource = javaClass.getName().replace('.', '/') + ".class";
        ClassLoader loader = StringConstants.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No class file for " + javaClass.getName());
            }
            Set<String> found = new TreeSet<>();
            new ClassReader(in).accept(new Collector(found), ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Holds a string literal the predicate accepts; meant for {@code noClasses().should(...)},
     * which reports every class that does, with the literal.
     */
    public static ArchCondition<JavaClass> holdAStringConstantThatIs(DescribedPredicate<String> forbidden) {
        return new ArchCondition<>("hold a string constant that is " + forbidden.getDescription()) {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Set<String> held = of(javaClass).stream().filter(forbidden).collect(Collectors.toCollection(TreeSet::new));
                if (held.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName() + " holds none"));
                }
                held.forEach(constant -> events.add(SimpleConditionEvent.satisfied(
                        javaClass, javaClass.getName() + " holds \"" + constant + "\"")));
            }
        };
    }

    private static final class Collector extends ClassVisitor {

        private final Set<String> found;

        Collector(Set<String> found) {
            super(Opcodes.ASM9);
            this.found = found;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            if (value instanceof String text) {
                found.add(text);
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public void visitLdcInsn(Object value) {
                    if (value instanceof String text) {
                        found.add(text);
                    }
                }
            };
        }
    }
}
