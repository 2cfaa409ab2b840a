package org.sala;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Each top-level package of {@code org.sala} is a module: other modules use only its top-level types (and base's
 * named interfaces), never its sub-packages, and no two modules depend on each other in a cycle.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SalaApplication.class);
    static final Path GENERATED = Path.of("target/modules-docs");
    static final Path COMMITTED = Path.of("docs/modules");

    @Test
    void modulesOnlyUseEachOthersPublishedApi() {
        MODULES.verify();
    }

    /**
     * The module map in docs/modules, rewritten by every build so that it cannot drift from the code. The
     * Documenter lists relations in no fixed order, so a file is replaced only when its lines changed, not their order.
     */
    @Test
    void writesTheModuleMap() throws IOException {
        new Documenter(MODULES, Options.defaults().withOutputFolder(GENERATED.toString()))
                .writeModulesAsPlantUml(DiagramOptions.defaults())
                .writeIndividualModulesAsPlantUml(DiagramOptions.defaults())
                .writeModuleCanvases();
        Files.createDirectories(COMMITTED);
        try (Stream<Path> files = Files.list(GENERATED)) {
            for (Path generated : files.toList()) {
                Path committed = COMMITTED.resolve(generated.getFileName());
                if (!Files.exists(committed) || !sortedLines(committed).equals(sortedLines(generated))) {
                    Files.copy(generated, committed, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static List<String> sortedLines(Path file) throws IOException {
        // A canvas's list starts with "|* " on its first item, so the bar moves with the order too.
        return Files.readAllLines(file).stream().map(line -> line.startsWith("|* ") ? line.substring(1) : line)
                .sorted().toList();
    }
}
