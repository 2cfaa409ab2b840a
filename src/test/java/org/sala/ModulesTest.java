package org.sala;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter.DiagramOptions;
import org.springframework.modulith.docs.Documenter.Options;
import org.springframework.modulith.docs.Documenter;

/**
 * Each top-level package of {@code org.sala} is a module: other modules use only its top-level types (and base's
 * named interfaces), never its sub-packages, and no two modules depend on each other in a cycle.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(SalaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublishedApi() {
        MODULES.verify();
    }

    /** The module map in docs/modules, rewritten by every build so that it cannot drift from the code. */
    @Test
    void writesTheModuleMap() {
        new Documenter(MODULES, Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml(DiagramOptions.defaults())
                .writeIndividualModulesAsPlantUml(DiagramOptions.defaults())
                .writeModuleCanvases();
    }
}
