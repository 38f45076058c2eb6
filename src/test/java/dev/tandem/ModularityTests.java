package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.EventType;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /**
     * Exposed types that no other module uses yet, each with the reason it is part of its module's API all the same.
     */
    private static final Map<String, String> EXPOSED_FOR_A_REASON = Map.ofEntries(
            // what every page's template reads (model attributes), though no module's code names them
            Map.entry("dev.tandem.shared.web.CurrentUrl", "read by templates"),
            Map.entry("dev.tandem.shared.web.Menu", "read by templates"),
            // the figures of the sites' top-5 roadmaps, for the directors' KPIs (DESIGN.md §1) that come next
            Map.entry("dev.tandem.risk.Roadmaps", "the roadmaps' figures for KPIs"),
            Map.entry("dev.tandem.risk.RoadmapFigures", "the roadmaps' figures for KPIs"),
            Map.entry("dev.tandem.risk.TopRisks", "what the choice of the top-5 risks answers"),
            // the share of critical controls verified on time, per site and quarter, for the directors' KPIs
            Map.entry("dev.tandem.risk.ControlFigures", "the critical controls' figure for KPIs"),
            // the training records' Excel import, used by its web code
            Map.entry("dev.tandem.training.TrainingImport", "the training records' own import, for its pages and API"),
            // CSV as the bulk imports stream it, which shared.web's upload of small tables reads too
            Map.entry("dev.tandem.shared.imports.CsvRows", "the one CSV reader, used by shared.web's TableUpload"),
            // where a person stands in a competence: part of the clearance answer the contractor module is to read
            Map.entry("dev.tandem.training.Standing", "the clearance answer for the contractor module"));

    private final ApplicationModules modules = ApplicationModules.of(TandemApplication.class);

    @Test
    void modulesKeepTheirBoundariesAndHaveNoCycles() {
        modules.verify();
    }

    /**
     * A module's exposed API (its base package and its named interfaces) holds what other modules use, the commands
     * its facades take (records passed to a public method of an exposed type that another module uses) and the events
     * it publishes (marked {@code @DomainEvent}, as Modulith reads them); what only the module itself and its web code
     * use lives in its sub-packages, which Modulith keeps internal. Modules that no module may depend on (the demo,
     * the start page, notifications) expose nothing anyone could use, so they are left out.
     */
    @Test
    void modulesExposeOnlyWhatOtherModulesUseAndTheEventsTheyPublish() {
        var users = usersOfEachType();
        var unused = new ArrayList<String>();
        for (var module : modules) {
            if (mayBeUsed(module)) {
                var published = module.getPublishedEvents().stream()
                        .map(EventType::getType)
                        .collect(Collectors.toSet());
                var commands = signaturesOfFacades(module, users);
                usableTypes(module)
                        .filter(type -> !users.containsKey(type.getName()) && !published.contains(type))
                        .filter(type -> !commands.contains(type))
                        .filter(type -> !EXPOSED_FOR_A_REASON.containsKey(type.getName()))
                        .forEach(type -> unused.add(module.getIdentifier() + ": " + type.getSimpleName()));
            }
        }
        assertThat(unused)
                .as("exposed types that no other module uses (move them to an internal sub-package)")
                .isEmpty();
        assertThat(EXPOSED_FOR_A_REASON.keySet())
                .as("types kept exposed for a reason although another module now uses them (take them off the list)")
                .doesNotContainAnyElementsOf(users.keySet());
    }

    /** An event a module publishes is one the module itself makes, not a type of another module marked as one. */
    @Test
    void modulesPublishOnlyEventsTheyMake() {
        for (var module : modules) {
            for (var event : module.getPublishedEvents()) {
                var type = event.getType();
                var makers = java.util.stream.Stream.concat(
                                type.getConstructorCallsToSelf().stream(),
                                type.getConstructorReferencesToSelf().stream())
                        .map(access -> access.getOriginOwner())
                        .filter(module::contains)
                        .toList();
                assertThat(makers)
                        .as("%s is made in %s", event.getType().getSimpleName(), module.getIdentifier())
                        .isNotEmpty();
            }
        }
    }

    /** Writes to target/ so that a test run leaves tracked files alone; the README says how to refresh docs/modules. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("target/spring-modulith-docs"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    /** For each type (nested types count as their top-level type), the other modules whose code uses it. */
    private Map<String, Set<String>> usersOfEachType() {
        var users = new java.util.HashMap<String, Set<String>>();
        for (var module : modules) {
            module.getDirectDependencies(modules).stream().forEach(dependency -> users.computeIfAbsent(
                            topLevel(dependency.getTargetType()).getName(), name -> new TreeSet<>())
                    .add(module.getIdentifier().toString()));
        }
        return users;
    }

    /**
     * The exposed types other modules may use: all of them, unless every module allowed to depend on this one is
     * allowed only some of its named interfaces ({@code "audit :: events"}), which are then all that is exposed.
     */
    private java.util.stream.Stream<JavaClass> usableTypes(ApplicationModule module) {
        var allowed = modules.stream()
                .flatMap(other -> other.getAllowedDependencies(modules).stream())
                .filter(dependency -> dependency.getTargetModule().equals(module))
                .map(dependency -> dependency.getTargetNamedInterface())
                .toList();
        if (modules.getSharedModules().contains(module)
                || allowed.stream().anyMatch(named -> named == null || named.isUnnamed())) {
            return exposedTypes(module);
        }
        return publicTypes(allowed.stream());
    }

    private java.util.stream.Stream<JavaClass> exposedTypes(ApplicationModule module) {
        return publicTypes(module.getNamedInterfaces().stream());
    }

    private static java.util.stream.Stream<JavaClass> publicTypes(java.util.stream.Stream<NamedInterface> interfaces) {
        return interfaces
                .flatMap(NamedInterface::asJavaClasses)
                .filter(type -> type.isTopLevelClass() && type.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(type -> !type.getSimpleName().equals("package-info"))
                .distinct();
    }

    /**
     * The module's types that the public methods of its exposed types used by other modules take or give (a command, a
     * record answered, the values of that record), followed through those types' own public methods in turn.
     */
    private Set<JavaClass> signaturesOfFacades(ApplicationModule module, Map<String, Set<String>> users) {
        var found = new java.util.HashSet<JavaClass>();
        var next = new java.util.ArrayDeque<JavaClass>(exposedTypes(module)
                .filter(type -> users.containsKey(type.getName()))
                .toList());
        while (!next.isEmpty()) {
            next.poll().getMethods().stream()
                    .filter(method -> method.getModifiers().contains(JavaModifier.PUBLIC))
                    .flatMap(method -> java.util.stream.Stream.concat(
                            method.getReturnType().getAllInvolvedRawTypes().stream(),
                            method.getParameterTypes().stream()
                                    .flatMap(parameter -> parameter.getAllInvolvedRawTypes().stream())))
                    .map(ModularityTests::topLevel)
                    .filter(module::contains)
                    .filter(found::add)
                    .forEach(next::add);
        }
        return found;
    }

    private boolean mayBeUsed(ApplicationModule module) {
        return modules.getSharedModules().contains(module)
                || modules.stream()
                        .flatMap(other -> other.getAllowedDependencies(modules).stream())
                        .anyMatch(allowed -> allowed.getTargetModule().equals(module));
    }

    private static JavaClass topLevel(JavaClass type) {
        var top = type;
        while (top.getEnclosingClass().isPresent()) {
            top = top.getEnclosingClass().get();
        }
        return top;
    }
}
